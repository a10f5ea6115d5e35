import type { Html, Text } from 'mdast'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'

/** A Liquid variable printed by the site (`{{ site.baseurl }}`), not Hugo's `{{< x >}}` or `{{% x %}}`. */
export const liquidOutput = /\{\{-?\s*[\w.]+(?:\s*\|[^}]*)?\s*-?\}\}/g
/** A Liquid variable's name and filters: `page.title`, `post.url | relative_url`. */
const variableParts = /^\{\{-?\s*([\w.]+)\s*((?:\|[^}]*)?)-?\}\}$/
/** Filters that leave a value as a page shows it. */
const plainFilters = /^(?:\|\s*(?:escape|xml_escape|escape_once|strip|strip_html|smartify)\s*)*$/

/** The values of Jekyll's `page.` variables that the post's front matter sets, by name. */
export function pageVariables(file: VFile): Map<string, string> {
  const values = new Map<string, string>()
  const frontMatter: Record<string, unknown> = file.data.frontMatter ?? {}
  for (const [key, value] of Object.entries(frontMatter)) {
    if (typeof value === 'string' || typeof value === 'number') values.set(key, String(value))
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      values.set(key, value.join(', '))
  }
  const published = values.get('published')
  if (published !== undefined && !values.has('date')) values.set('date', published)
  return values
}

/** Where `{% raw %}` … `{% endraw %}` enclose text Liquid prints as written, as source offsets. */
export function rawRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const tags = /\{%-?\s*(raw|endraw)\s*-?%\}/g
  let start: number | undefined
  for (const match of source.matchAll(tags)) {
    if (match[1] === 'raw' && start === undefined) start = match.index
    else if (match[1] === 'endraw' && start !== undefined) {
      ranges.push([start, match.index])
      start = undefined
    }
  }
  return ranges
}

/**
 * The value of a text or HTML node with its Liquid variables printed: a
 * `page.` variable of the front matter as its value (escaped in HTML), any
 * other left out with a warning; those between `{% raw %}` tags are named in
 * a warning and kept as written.
 */
export function printVariables(
  node: Text | Html,
  values: ReadonlyMap<string, string>,
  file: VFile,
  kept: ReadonlyArray<[number, number]>,
  html: boolean,
): string {
  const start = node.position?.start.offset
  return node.value.replace(liquidOutput, (written: string, at: number) => {
    const place = placeOf(node, at)
    const offset = start === undefined ? undefined : start + at
    if (offset !== undefined && kept.some(([from, to]) => offset > from && offset < to)) {
      reportWarning(
        file,
        `Liquid variable \`${written}\` is inside \`raw\`: it is shown as written`,
        place,
        ruleIds.foreignSyntax,
      )
      return written
    }
    const [, name = '', filters = ''] = variableParts.exec(written) ?? []
    const value = name.startsWith('page.') ? values.get(name.slice(5)) : undefined
    if (value !== undefined && plainFilters.test(filters.trim())) {
      return html ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : value
    }
    reportWarning(
      file,
      `Liquid variable \`${written}\` has no value outside its Jekyll site: it is left out`,
      place,
      ruleIds.foreignSyntax,
    )
    return ''
  })
}

/** Where the character at `offset` of a text node's value was written (its lines as in the source). */
export function placeOf(node: Text | Html, offset: number): Text['position'] {
  const start = node.position?.start
  if (!start) return node.position
  const before = node.value.slice(0, offset).split('\n')
  const line = start.line + before.length - 1
  const column = before.length === 1 ? start.column + offset : (before.at(-1)?.length ?? 0) + 1
  const point = { line, column }
  return { start: point, end: point }
}
