import type { Code, Image, Paragraph, Parent, Root, RootContent, Text } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'
import { readHexoNote } from './hexo-notes.js'
import { kramdownFenceLanguage, pandocFenceLanguage } from './kramdown-fence-classes.js'
import { readLiquidAddresses } from './liquid-addresses.js'
import {
  liquidOutput,
  pageVariables,
  placeOf,
  printVariables,
  rawRanges,
} from './liquid-variables.js'

/** Hugo's speaker-notes shortcode of reveal-hugo, opening and closing: `{{% note %}}`, `{{< /note >}}`. */
const noteOpen = /^\{\{[<%]\s*note\s*[>%]\}\}[ \t]*\n?/
const noteClose = /\n?[ \t]*\{\{[<%]\s*\/note\s*[>%]\}\}$/
/** reveal-hugo's slide attributes (`{{< slide background-image="…" >}}`): a deck setting, nothing to read. */
const slideShortcode = /^\{\{[<%]\s*slide\b(?:[^}]|\}(?!\}))*[>%]\}\}$/
/** A Markdown link to another post through Hugo's `ref`/`relref`: `[text]({{< ref "/posts/x" >}})`. */
const refLink = /\[([^\]\n]+)\]\(\{\{[<%]\s*(?:rel)?ref\s+(?:"[^"]*"|'[^']*'|\S+)\s*[>%]\}\}\)/g
/**
 * A Markdown link to another post through Jekyll's `link` or `post_url` tag:
 * `[text]({% link _posts/x.md %})`, `[text]({%post_url 2020-01-01-x%}#part)`.
 */
const jekyllLink = /\[([^\]\n]+)\]\(\{%-?\s*(?:link|post_url)\s+[^%\n]*?\s*-?%\}(?:#[^)\s]*)?\)/g
/** Liquid's code block (Jekyll): `{% highlight python linenos %}` … `{% endhighlight %}`. */
const highlightOpen = /^\{%-?\s*highlight\s+([\w+#.-]+)[^%]*-?%\}[ \t]*\n?/
const highlightClose = /\{%-?\s*endhighlight\s*-?%\}\s*$/
/** Hexo's image of the post's asset folder: `{% asset_img [class] slug [width] [height] [title [alt]] %}`. */
const assetImage = /^\{%\s*asset_img\s+((?:[^%]|%(?!\}))*?)\s*%\}$/
/** A kramdown attribute list on a line of its own (`{: .center}`, `{:toc}`), or ending a paragraph. */
const attributeList = /^\{:[^}\n]*\}$/
const trailingAttributeList = /\n\{:[^}\n]*\}\s*$/
/** Any other Liquid or Hexo tag (`{% include x %}`, `{% post_url y %}`), not Hugo's `{{% x %}}`. */
const liquidTag = /(?<!\{)\{%-?\s*([\w-]+)[^%]*-?%\}/g
/**
 * Liquid tags that print nothing: Jekyll-Bootstrap's `{% include JB/setup %}`
 * (it only sets variables), `{% assign … %}`, and `{% raw %}`/`{% endraw %}`,
 * which only keep Liquid from reading what is between them.
 */
const silentTag = /(?<!\{)\{%-?\s*(?:include\s+JB\/setup|assign\s[^%]*|raw|endraw)\s*-?%\}/g
/** A paragraph of nothing but Liquid tags and variables: the site's template, not the post's words. */
const onlyLiquid = /^(?:\s*(?:\{%-?[^%]*-?%\}|\{\{-?\s*[\w.]+(?:\s*\|[^}]*)?\s*-?\}\}))+\s*$/

/**
 * Read the template syntax of other blog engines the way their sites show it,
 * so posts moved from them need no editing:
 * - reveal-hugo's `{{% note %}}…{{% /note %}}` holds speaker notes: its
 *   blocks go to the deck's notes (the page shows them as text);
 * - reveal-hugo's `{{< slide … >}}` sets a slide's background: it shows nothing;
 * - Hugo's `[text]({{< ref "…" >}})` and Jekyll's `[text]({% link … %})`
 *   (`{% post_url … %}`) link to another post of the site the post came from,
 *   which is not here: their text is shown;
 * - Jekyll's `{% highlight lang %}…{% endhighlight %}` is a code block;
 * - Jekyll's pictures and links addressed by Liquid
 *   (`![a]({{ '/assets/a.png' | relative_url }})`) are the path it prints
 *   (`liquid-addresses.ts`);
 * - kramdown's attribute lists (`{: .class}`, `{:toc}` under `* TOC`) style
 *   the block before them: they show nothing, and the `* TOC` list is dropped
 *   (the page makes its own contents);
 * - Hexo's `{% asset_img a.png title %}` is the image `a.png` next to the post;
 * - Hexo NexT's `{% note info %}…{% endnote %}` is a callout box (`hexo-notes.ts`);
 * - Liquid tags that print nothing (`{% include JB/setup %}`, `{% assign %}`,
 *   `{% raw %}` and `{% endraw %}`) are dropped with a warning, what `raw`
 *   encloses kept, as Hugo's Jekyll importer does.
 * - Liquid variables print as Jekyll prints them: `{{ page.title }}` and the
 *   other `page.` variables the post's front matter sets are its values
 *   (`page.date` is `published`), in text and in raw HTML; others
 *   (`{{ site.url }}`, `{{ post.url | relative_url }}`) have no value here and
 *   are left out with a warning, as are those in a link's address. Between
 *   `{% raw %}` and `{% endraw %}` they are shown as written. Code is never read.
 * Other Liquid and Hexo tags are named in a warning and shown on the page as
 * written; a paragraph of nothing else is the template's, not the post's: the
 * deck keeps it to the speaker notes.
 */
export function remarkTemplateTags() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    const variables = pageVariables(file)
    const kept = rawRanges(source)
    // Note: first, so a picture's address (`{{ '/a.png' | relative_url }}`) is read, not left out.
    readLiquidAddresses(tree)
    // A fence labelled by a pandoc attribute list, `~~~ {.bash}`: its class is its language.
    visit(tree, 'code', (node: Code) => {
      const language = node.lang
        ? pandocFenceLanguage(`${node.lang} ${node.meta ?? ''}`)
        : undefined
      if (language) {
        node.lang = language
        node.meta = null
      }
    })
    // Paragraphs of Liquid tags that print nothing: gone once their tags are named in a warning.
    const silent = new Set<RootContent>()
    const text = (node: RootContent) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      return start === undefined || end === undefined ? '' : source.slice(start, end).trim()
    }
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return
      readBlocks(node as Parent, text, source, silent)
    })
    visit(tree, 'text', (node) => {
      // The target is a page of the Hugo site the post came from, not here.
      node.value = node.value.replace(refLink, '$1').replace(jekyllLink, '$1')
      for (const match of node.value.matchAll(silentTag)) {
        reportWarning(
          file,
          `Liquid tag \`${match[0].replace(/^\{%-?\s*|\s*-?%\}$/g, '')}\` prints nothing: it is left out`,
          placeOf(node, match.index),
          ruleIds.foreignSyntax,
        )
      }
      // Note: variables first, so their places are read on the text as written.
      node.value = printVariables(node, variables, file, kept, false).replace(silentTag, '')
      for (const match of node.value.matchAll(liquidTag)) {
        reportWarning(
          file,
          `Liquid tag \`${match[1]}\` is not rendered: it is shown as written`,
          node.position,
          ruleIds.foreignSyntax,
        )
      }
    })
    // Raw HTML (`<h1>{{ page.title }}</h1>`) and addresses (`![a]({{site.baseurl}}/a.png)`) print them too.
    visit(tree, 'html', (node) => {
      node.value = printVariables(node, variables, file, kept, true)
    })
    visit(tree, ['link', 'image', 'definition'], (node) => {
      if (!('url' in node)) return
      for (const match of node.url.matchAll(liquidOutput)) {
        reportWarning(
          file,
          `Liquid variable \`${match[0]}\` in an address has no value outside its Jekyll site: it is left out`,
          node.position,
          ruleIds.foreignSyntax,
        )
      }
      node.url = node.url.replace(liquidOutput, '')
    })
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!silent.has(node) || !parent || index === undefined) return
      parent.children.splice(index, 1)
      return index
    })
  }
}

function readBlocks(
  parent: Parent,
  text: (node: RootContent) => string,
  source: string,
  silent: Set<RootContent>,
): void {
  const children = parent.children as RootContent[]
  for (let index = 0; index < children.length; index++) {
    // Hexo NexT's `{% note info %}` … `{% endnote %}`: a callout box, as NexT shows it.
    if (readHexoNote(children, index)) continue
    const node = children[index] as RootContent
    const written = node.type === 'paragraph' ? text(node) : ''
    if (
      node.type === 'paragraph' &&
      (slideShortcode.test(written) || attributeList.test(written))
    ) {
      // `{: .language-python}` under a fence with no language: the fence's language (kramdown-fence-classes.ts).
      const above = children[index - 1]
      if (above?.type === 'code' && !above.lang && attributeList.test(written)) {
        above.lang = kramdownFenceLanguage(written) ?? null
      }
      children.splice(index--, 1)
      continue
    }
    if (node.type === 'list' && isTocMarker(node, text)) {
      children.splice(index--, 1)
      continue
    }
    if (node.type === 'paragraph' && isTemplateOnly(written)) {
      // Written for the site's template: nothing of it is said, the slides leave it out.
      if (written.replace(silentTag, '').trim() === '') {
        silent.add(node)
        continue
      }
      node.data = { ...node.data, toNotes: true, authorNote: true }
      continue
    }
    if (node.type === 'paragraph') {
      stripTrailingAttributes(node)
      const image = assetImage.exec(written)
      if (image) {
        node.children = [hexoImage(image[1] ?? '', node)]
        continue
      }
    }
    if (node.type === 'paragraph' && highlightOpen.test(written)) {
      const last = children.findIndex(
        (other, at) => at >= index && highlightClose.test(text(other)),
      )
      const from = node.position?.start
      const to = children[last]?.position?.end
      const start = from?.offset
      const end = to?.offset
      if (last === -1 || !from || !to || start === undefined || end === undefined) continue
      const whole = source.slice(start, end).trim()
      const open = highlightOpen.exec(whole)
      const code: Code = {
        type: 'code',
        lang: open?.[1] ?? null,
        meta: null,
        value: whole
          .slice(open?.[0].length ?? 0)
          .replace(highlightClose, '')
          .replace(/\n$/, ''),
        position: { start: from, end: to },
      }
      children.splice(index, last - index + 1, code)
      continue
    }
    if (node.type === 'paragraph' && noteOpen.test(written)) {
      const last = children.findIndex((other, at) => at >= index && noteClose.test(text(other)))
      if (last === -1) continue
      const notes = children.slice(index, last + 1)
      trimText(notes[0], noteOpen, 'start')
      trimText(notes.at(-1), noteClose, 'end')
      const kept = notes.filter(
        (block) => !(block.type === 'paragraph' && plainText(block).trim() === ''),
      )
      for (const block of kept) block.data = { ...block.data, toNotes: true, authorNote: true }
      children.splice(index, notes.length, ...kept)
      index += kept.length - 1
    }
  }
}

/** kramdown's table-of-contents marker: a one-item list `* TOC` followed by `{:toc}`. */
function isTocMarker(node: RootContent, text: (node: RootContent) => string): boolean {
  if (node.type !== 'list' || node.children.length !== 1) return false
  return /^[*+-]\s+[^\n]*\n\s*\{:\s*toc\s*\}$/i.test(text(node))
}

/** Drop a kramdown attribute list written on the last line of a paragraph. */
function stripTrailingAttributes(paragraph: Paragraph): void {
  const last = paragraph.children.at(-1)
  if (last?.type === 'text' && trailingAttributeList.test(last.value)) {
    last.value = last.value.replace(trailingAttributeList, '')
  }
}

/** Remove `pattern` from the first (`start`) or last (`end`) text of a paragraph. */
function trimText(block: RootContent | undefined, pattern: RegExp, at: 'start' | 'end'): void {
  if (block?.type !== 'paragraph') return
  const texts = block.children.filter((child): child is Text => child.type === 'text')
  const target = at === 'start' ? texts[0] : texts.at(-1)
  if (target) target.value = target.value.replace(pattern, '')
}

/** The image of Hexo's `asset_img` arguments: the first one naming a file, then its title. */
function hexoImage(argumentText: string, paragraph: Paragraph): Image {
  const words = [...argumentText.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? '',
  )
  const at = words.findIndex((word) => /\.[a-z\d]+$/i.test(word))
  const url = words[at] ?? words[0] ?? ''
  const rest = words.slice(at + 1).filter((word) => !/^\d+$/.test(word))
  const title = rest[0]?.trim() || null
  return {
    type: 'image',
    url,
    alt: rest[1] ?? title ?? '',
    title,
    ...(paragraph.position ? { position: paragraph.position } : {}),
  }
}

/** A paragraph of Liquid tags and variables only, none of those read above (code, an image). */
function isTemplateOnly(written: string): boolean {
  return (
    onlyLiquid.test(written) &&
    !assetImage.test(written) &&
    !highlightOpen.test(written) &&
    !highlightClose.test(written)
  )
}
