import type { Page } from 'playwright-core'

/** Syntax of fuwari's Markdown extensions and other generators that must never be seen as text on a page or a slide. */
export const rawSyntax: Record<string, RegExp> = {
  admonition: /:::/g,
  'github card': /::github\{/g,
  spoiler: /:spoiler\[/g,
  'GitHub alert': /\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]/gi,
  'display math': /\$\$/g,
  'inline math': /\$[^$\n]*\\[a-zA-Z]+[^$\n]*\$|\\\(|\\\[/g,
  'code marker': /\[!code\b/g,
  // `{{}}`: a call with no space after `{{<`, its tag read as HTML and the braces left.
  'Hugo shortcode': /\{\{[<%]|\{\{\s*\}\}/g,
  'table-of-contents marker': /\[\[_?toc_?\]\]/gi,
  'attribute list': /\{[.#][\w-]+[^}\n]*\}/g,
  'site mention': /\{@[\w-]+\}/g,
}

/**
 * Count each kind of raw syntax in the text of `page`: prose, speaker notes
 * and hidden slides included, but not code blocks and inline code (where
 * authors show the syntax on purpose), except for `[!code` markers, which
 * must be gone from code too.
 */
export async function countRawSyntax(page: Page): Promise<Record<string, number>> {
  // Note: a string, so the test transform adds no helper the page lacks.
  const { prose, code } = (await page.evaluate(`(() => {
    const root = document.querySelector('.post, .reveal') ?? document.body
    const copy = root.cloneNode(true)
    for (const element of copy.querySelectorAll('.katex, .mermaid, script, style')) element.remove()
    const code = [...copy.querySelectorAll('pre, code')].map((element) => element.textContent).join('\\n')
    for (const element of copy.querySelectorAll('pre, code')) element.remove()
    return { prose: copy.textContent ?? '', code }
  })()`)) as { prose: string; code: string }
  const counts: Record<string, number> = {}
  for (const [name, pattern] of Object.entries(rawSyntax)) {
    const text = name === 'code marker' ? `${prose}\n${code}` : prose
    counts[name] = text.match(pattern)?.length ?? 0
  }
  return counts
}
