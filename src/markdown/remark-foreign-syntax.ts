import type { Html, Image, Paragraph, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'

const iframe = /<iframe\b([^>]*)>(?:[\s\S]*?<\/iframe\s*>)?/gi
const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i')
const component = /<([A-Z][\w.]*)[\s/>]/g
/** A paragraph that is one Hugo image shortcode: `{{< figure src=… >}}`, `{{% image … %}}`, `{{< img … >}}`. */
const imageShortcode = /^\{\{[<%]\s*(?:figure|image|img)\s((?:[^}]|\}(?!\}))*?)\s*[>%]\}\}$/
const shortcodeParameter = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g
const esmLine = /^(?:import|export)\s[^\n]*\bfrom\s*['"][^'"]+['"]/m

/**
 * Deal with what other sites' Markdown holds that a static page cannot show
 * as written, each reported with its place:
 * - an `<iframe>` (a YouTube or Bilibili player) becomes a link card to the
 *   video, as the page loads nothing from other sites;
 * - a paragraph that is one Hugo image shortcode (`{{< figure src="a.png"
 *   caption="…" >}}`, `{{% image alt="…" src="…" %}}`, `{{< img … >}}`)
 *   becomes that image, its caption (or title) the image's title, which the
 *   page shows as a figure caption;
 * - MDX components (`<Card />`, `import … from`) are named in a warning
 *   and shown as written.
 * Other Hugo shortcodes are remark-hugo-shortcodes.ts's.
 */
export function remarkForeignSyntax() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    visit(tree, (node, index, parent) => {
      if (node.type === 'paragraph' && parent && index !== undefined) {
        const image = shortcodeImage(node, source)
        if (image) {
          node.children = [image]
          return 'skip'
        }
      }
      if (node.type === 'html' && parent && index !== undefined) {
        const cards = embedCards(node, file)
        if (cards) {
          parent.children.splice(index, 1, ...(cards as never[]))
          return index + cards.length
        }
        for (const match of node.value.matchAll(component)) {
          reportWarning(
            file,
            `MDX component \`<${match[1]}>\` is not rendered: only its text is shown`,
            node.position,
            ruleIds.foreignSyntax,
          )
        }
      }
      if (node.type === 'paragraph' && parent?.type === 'root') {
        const text = node.children.map((child) => ('value' in child ? child.value : '')).join('')
        if (esmLine.test(text)) {
          reportWarning(
            file,
            '`import`/`export` of MDX is not run: it is shown as written',
            node.position,
            ruleIds.foreignSyntax,
          )
        }
      }
      return undefined
    })
  }
}

/**
 * The image a paragraph written as one Hugo image shortcode shows, read from
 * the paragraph's own text in the file (a caption holding a URL is parsed
 * into a link, so the tree's text would not do); `undefined` for any other paragraph.
 */
function shortcodeImage(paragraph: Paragraph, source: string): Image | undefined {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const image = shortcodeImageFrom(source.slice(start, end).trim())
  if (image && paragraph.position) image.position = paragraph.position
  return image
}

/** The image one Hugo image shortcode, written as `written`, shows; `undefined` for anything else. */
export function shortcodeImageFrom(written: string): Image | undefined {
  const match = imageShortcode.exec(written)
  if (!match) return undefined
  const parameters = new Map(
    [...(match[1] ?? '').matchAll(shortcodeParameter)].map((found) => [
      (found[1] ?? '').toLowerCase(),
      found[2] ?? found[3] ?? found[4] ?? '',
    ]),
  )
  const url = parameters.get('src')
  if (!url) return undefined
  const caption = parameters.get('caption') || parameters.get('title')
  return { type: 'image', url, alt: parameters.get('alt') || caption || '', title: caption || null }
}

/** Link cards for the iframes of an HTML block, or `undefined` when it has none. */
function embedCards(node: Html, file: VFile): Paragraph[] | undefined {
  const frames = [...node.value.matchAll(iframe)]
  if (frames.length === 0) return undefined
  const cards: Paragraph[] = []
  for (const frame of frames) {
    const attributes = frame[1] ?? ''
    const source = attributeValue(attributes, 'src')
    if (!source) continue
    const link = watchUrl(source)
    const site = hostName(link)
    const title = attributeValue(attributes, 'title')?.trim()
    reportWarning(
      file,
      `Embedded \`<iframe>\` from \`${site}\` is shown as a link to it: pages load nothing from other sites`,
      node.position,
      ruleIds.embeddedFrame,
    )
    cards.push(embedCard(link, title ? `${site}: ${title}` : site, node.position))
  }
  const rest = node.value.replace(iframe, '').trim()
  if (rest !== '') cards.push({ type: 'html', value: rest } as never)
  return cards
}

/** A paragraph that is one link to a video or page shown elsewhere, drawn as a card. */
export function embedCard(url: string, label: string, position: Position | undefined): Paragraph {
  return {
    type: 'paragraph',
    ...(position ? { position } : {}),
    data: { hProperties: { className: ['embed-card'] } },
    children: [{ type: 'link', url, children: [{ type: 'text', value: `▶ ${label}` }] }],
  }
}

function attributeValue(attributes: string, name: string): string | undefined {
  const match = attribute(name).exec(attributes)
  return match ? (match[1] ?? match[2]) : undefined
}

/** The page of an embedded player's video: YouTube and Bilibili players by their ids, else the player. */
function watchUrl(source: string): string {
  const absolute = source.startsWith('//') ? `https:${source}` : source
  let url: URL
  try {
    url = new URL(absolute)
  } catch {
    return absolute
  }
  const youtube = /(?:^|\.)youtube(?:-nocookie)?\.com$/.test(url.hostname)
  const id = /^\/embed\/([\w-]+)/.exec(url.pathname)?.[1]
  if (youtube && id) return `https://www.youtube.com/watch?v=${id}`
  const bvid = url.searchParams.get('bvid')
  if (url.hostname.endsWith('bilibili.com') && bvid) return `https://www.bilibili.com/video/${bvid}`
  return url.href
}

function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}
