import type { Link, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'
import { joinShortcodeTags } from './hugo-shortcode-tags.js'
import { embedCard } from './remark-foreign-syntax.js'

/** A Hugo shortcode call, opening or closing: `{{< name args >}}`, `{{% /name %}}`. */
const shortcode = /\{\{([<%])-?\s*(\/)?\s*([\w.-]+)((?:[^}]|\}(?!\}))*?)\s*-?[>%]\}\}/g
const shortcodeAlone = new RegExp(`^${shortcode.source}$`)
/** Hugo's way to show a shortcode as written: the call inside a C comment prints the call. */
const commentedShortcode = /\{\{([<%])\/\*\s?((?:[^*]|\*(?!\/))*?)\s?\*\/([>%])\}\}/g
/** A shortcode argument, named or by position. */
const argument = /(?:([\w-]+)\s*=\s*)?(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s"'`]+))/g

/** The page of a video Hugo's embedded shortcodes play, from their first argument or `id`. */
const videoPages: Record<string, (id: string) => string> = {
  youtube: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`,
  vimeo: (id) => `https://vimeo.com/${encodeURIComponent(id)}`,
  bilibili: (id) => `https://www.bilibili.com/video/${encodeURIComponent(id)}`,
}

/**
 * Read Hugo shortcodes as a reader of the Hugo site would see their result,
 * in the post's text, never in its code:
 * - `{{< youtube id >}}`, `{{< vimeo id >}}` and `{{< bilibili id >}}` are
 *   players: each becomes a link to the video (a card when it stands alone);
 * - `{{< ref "x" >}}` and `{{< relref "x" >}}` print a link to another page
 *   of that site, which is not here: the page's path is shown as text;
 * - any other shortcode (`{{% disclaimer %}}`, `{{< notice >}}…{{< /notice >}}`)
 *   is the site's template: its calls are left out with a warning at their
 *   line, and the Markdown a paired one encloses is kept;
 * - a call written inside a C comment between `{{<` and `>}}`, Hugo's way
 *   to quote a shortcode, shows the call as written, in code too.
 * A call written with no space after `{{<`, which CommonMark reads as an HTML
 * tag between braces, is read the same (`hugo-shortcode-tags.ts`).
 * Image shortcodes alone in a paragraph (`{{< figure >}}`) are images by
 * then (remark-foreign-syntax.ts); reveal-hugo's and Liquid's tags are
 * remark-template-tags.ts's.
 */
export function remarkHugoShortcodes() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    joinShortcodeTags(tree)
    // Hugo reads its calls in code too, so a post shows one in code the quoted way.
    visit(tree, ['code', 'inlineCode'], (node) => {
      if ('value' in node && typeof node.value === 'string') node.value = quoted(node.value)
    })
    visit(tree, 'paragraph', (paragraph, index, parent) => {
      if (!parent || index === undefined) return
      const alone = standingAlone(paragraph, source)
      if (alone) {
        const replacement = readAlone(alone, paragraph.position, file)
        parent.children.splice(index, 1, ...(replacement ? [replacement] : []))
        return [SKIP, index + (replacement ? 1 : 0)]
      }
      const before = plainText(paragraph)
      if (!/\{\{[<%]/.test(before)) return
      readInline(paragraph, file)
      if (plainText(paragraph).trim() === '' && before.trim() !== '') {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      return undefined
    })
  }
}

/** The one shortcode a paragraph is written as, read from the file (arguments may hold URLs). */
function standingAlone(paragraph: Paragraph, source: string): RegExpExecArray | undefined {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  // Note: a paragraph read already (a `{{< figure >}}` made an image) has no call left in its text.
  const calls = paragraph.children.some(
    (child) => child.type === 'text' && /\{\{[<%]/.test(child.value),
  )
  if (!calls) return undefined
  const written = source.slice(start, end).trim()
  return shortcodeAlone.exec(written) ?? undefined
}

/** A paragraph holding only a shortcode: a video card, or nothing. */
function readAlone(
  match: RegExpExecArray,
  position: Position | undefined,
  file: VFile,
): Paragraph | undefined {
  const link = result(match, position, file)
  if (link?.type !== 'link') return undefined
  return embedCard(link.url, plainText(link).replace(/^▶\s*/, ''), position)
}

/** Replace the shortcodes of a paragraph's text by what they print. */
function readInline(paragraph: Paragraph, file: VFile): void {
  visit(paragraph, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return
    const parts: PhrasingContent[] = []
    let last = 0
    const value = node.value
    for (const match of value.matchAll(shortcode)) {
      const printed = result(match, placeOf(node, match.index), file)
      let before = value.slice(last, match.index)
      last = match.index + match[0].length
      // A call on a line of its own leaves no empty line behind.
      if (!printed && /^[ \t]*(?:\n|$)/.test(value.slice(last)) && /(?:^|\n)[ \t]*$/.test(before)) {
        before = before.replace(/\n?[ \t]*$/, '')
        last += /^[ \t]*\n?/.exec(value.slice(last))?.[0].length ?? 0
      }
      parts.push({ type: 'text', value: quoted(before) })
      if (printed) parts.push(printed)
    }
    if (last === 0) {
      node.value = quoted(value)
      return
    }
    parts.push({ type: 'text', value: quoted(value.slice(last)) })
    const kept = parts.filter((part) => part.type !== 'text' || part.value !== '')
    ;(parent as Parent).children.splice(index, 1, ...(kept as RootContent[]))
    return [SKIP, index + kept.length]
  })
}

/** What one shortcode prints on this page: a link, text, or nothing (then a warning says so). */
function result(
  match: RegExpExecArray,
  place: Position | undefined,
  file: VFile,
): Link | Text | undefined {
  const [, , closing, name = '', argumentText = ''] = match
  if (closing) return undefined
  const values = [...argumentText.matchAll(argument)].map((found) => ({
    key: found[1]?.toLowerCase(),
    value: found[2] ?? found[3] ?? found[4] ?? found[5] ?? '',
  }))
  const first = values.find((found) => found.key === undefined || found.key === 'id')?.value
  const video = videoPages[name.toLowerCase()]
  if (video && first) {
    const url = video(first)
    reportWarning(
      file,
      `Hugo shortcode \`${name}\` is shown as a link to the video: pages load nothing from other sites`,
      place,
      ruleIds.embeddedFrame,
    )
    const site = new URL(url).hostname.replace(/^www\./, '')
    return { type: 'link', url, children: [{ type: 'text', value: `▶ ${site}: ${first}` }] }
  }
  if (/^(?:rel)?ref$/i.test(name) && first) return { type: 'text', value: first }
  reportWarning(
    file,
    `Hugo shortcode \`${name}\` is not rendered: it is left out, what it encloses kept`,
    place,
    ruleIds.foreignSyntax,
  )
  return undefined
}

/** Hugo's quoted shortcodes, shown as written. */
function quoted(value: string): string {
  return value.replace(commentedShortcode, '{{$1 $2 $3}}')
}

/** Where the character at `offset` of a text node's value was written. */
function placeOf(node: Text, offset: number): Position | undefined {
  const start = node.position?.start
  if (!start) return node.position
  const lines = node.value.slice(0, offset).split('\n')
  const line = start.line + lines.length - 1
  const column = lines.length === 1 ? start.column + offset : (lines.at(-1)?.length ?? 0) + 1
  return { start: { line, column }, end: { line, column } }
}
