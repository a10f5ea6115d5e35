import type { Image, Link, Paragraph, PhrasingContent, Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * A Liquid output in a Markdown address, as Jekyll posts write their pictures:
 * `{{ '/assets/a.png' | relative_url }}` (`absolute_url`, `prepend: site.baseurl`
 * too) prints its quoted path, `{{ site.baseurl }}` and `{{ site.url }}` print
 * the site's own prefix, nothing here.
 */
const liquidPart = String.raw`\{\{-?\s*(?:('[^'\n]*'|"[^"\n]*")\s*(?:\|[^}\n]*)?|site\.(?:baseurl|url))\s*-?\}\}`
/**
 * An image or link whose address holds such outputs with spaces inside, which
 * CommonMark does not read as an address (`![a]({{ '/a.png' | relative_url }})`):
 * the words of the paragraph, unparsed. A kramdown attribute list right after
 * it, or on the next line (`{: style="width: 70%;" class="center"}`, a caption
 * under it), styles it, and shows nothing.
 */
const liquidAddress = new RegExp(
  String.raw`(!?)\[([^\]\n]*)\]\(\s*((?:${liquidPart}|[^\s()'"{}])+)\s*(?:"([^"\n]*)")?\s*\)(?:[ \t]*\n?[ \t]*\{:[^}\n]*\})?`,
  'g',
)
const output = new RegExp(liquidPart, 'g')

/**
 * Read the pictures and links of Jekyll posts whose address is a Liquid output
 * (`![shiba]({{ '/assets/images/shiba.png' | relative_url }})`) as the site
 * shows them: the image or link of the path it prints, site-absolute like the
 * site's own (`/assets/images/shiba.png`, read from `public/`). Code is never
 * read. Runs before other Liquid is read, so these are not left out as
 * variables with no value.
 */
export function readLiquidAddresses(tree: Root): void {
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    if (!paragraph.children.some((child) => child.type === 'text' && child.value.includes('{{')))
      return
    paragraph.children = paragraph.children.flatMap((child) =>
      child.type === 'text' ? splitText(child) : [child],
    )
  })
  // A picture linking elsewhere (`[![a]({{ site.url }}/a.svg)](https://…)`): its words are the link's.
  visit(tree, 'link', (link: Link) => {
    if (!link.children.some((child) => child.type === 'text' && child.value.includes('{{'))) return
    link.children = link.children.flatMap((child) =>
      child.type === 'text' ? splitText(child, false) : [child],
    )
  })
}

/** `text` with the pictures and links it writes read; links left as words where `links` is false (inside a link). */
function splitText(text: Text, links = true): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  let from = 0
  for (const match of text.value.matchAll(liquidAddress)) {
    const [whole, bang = '', label = '', address = '', , title] = match
    if (bang !== '!' && !links) continue
    const url = address.replace(
      output,
      (_, quoted: string | undefined) => quoted?.slice(1, -1) ?? '',
    )
    if (url === '') continue
    if (match.index > from) parts.push({ type: 'text', value: text.value.slice(from, match.index) })
    const place = text.position ? { position: text.position } : {}
    if (bang === '!') {
      const image: Image = { type: 'image', url, alt: label, title: title ?? null, ...place }
      parts.push(image)
    } else {
      const link: Link = {
        type: 'link',
        url,
        title: title ?? null,
        children: [{ type: 'text', value: label }],
        ...place,
      }
      parts.push(link)
    }
    from = match.index + whole.length
  }
  if (from === 0) return [text]
  if (from < text.value.length) parts.push({ type: 'text', value: text.value.slice(from) })
  return parts
}
