import type { Blockquote, RootContent, Text } from 'mdast'
import { type CalloutKind, calloutBox } from './remark-callouts.js'

/** Hexo NexT's note tag, opening: `{% note info %}`, `{% note warning no-icon %}`. */
const open = /^\{%-?\s*note\b([^%]*?)\s*-?%\}[ \t]*\n?/
/** …and closing: `{% endnote %}`. */
const close = /\n?[ \t]*\{%-?\s*endnote\s*-?%\}$/

/** NexT's styles of note, as the callout kinds fuwari and GitHub name them. */
const kinds: Record<string, CalloutKind> = {
  default: 'note',
  primary: 'note',
  info: 'note',
  success: 'tip',
  warning: 'warning',
  danger: 'caution',
}

/**
 * Hexo NexT's `{% note [style] %}` … `{% endnote %}` starting at
 * `children[index]`, as NexT shows it: a callout box (the one `:::note`
 * makes) holding the blocks between the tags, the tags themselves gone. The
 * tags may share a paragraph with the words (`{% note info %}` on the line
 * above them) or stand apart with blocks between. The tags are read on the
 * paragraphs' text as it is now, so a box is never read twice. Returns
 * whether a box took their place (its blocks are read when their turn comes).
 */
export function readHexoNote(children: RootContent[], index: number): boolean {
  const first = children[index]
  const opening = open.exec(edgeText(first, 'start'))
  if (!opening) return false
  const last = children.findIndex((other, at) => at >= index && close.test(edgeText(other, 'end')))
  if (last === -1) return false
  const blocks = children.slice(index, last + 1)
  trim(blocks[0], open, 'start')
  trim(blocks.at(-1), close, 'end')
  // The paragraphs left empty by the tags go; a picture (no text of its own) stays.
  const kept = blocks.filter(
    (block) =>
      !(
        block.type === 'paragraph' &&
        block.children.every((child) => child.type === 'text' && child.value.trim() === '')
      ),
  )
  // A note around a heading or a picture is read as its blocks, the tags left out: the
  // post's sections stay its sections, and a picture keeps a slide of its own.
  if (kept.some(holdsHeadingOrPicture)) {
    children.splice(index, blocks.length, ...kept)
    return false
  }
  const style = (opening[1] ?? '').split(/\s+/).find((word) => word in kinds)
  const box: Blockquote = calloutBox(kinds[style ?? 'default'] ?? 'note', kept)
  if (first?.position && blocks.at(-1)?.position)
    box.position = {
      start: first.position.start,
      end: blocks.at(-1)?.position?.end ?? first.position.end,
    }
  children.splice(index, blocks.length, box)
  return true
}

function holdsHeadingOrPicture(block: RootContent): boolean {
  if (block.type === 'heading' || block.type === 'image') return true
  if (block.type === 'html') return /<img\b/i.test(block.value)
  return 'children' in block && (block.children as RootContent[]).some(holdsHeadingOrPicture)
}

/** The text a paragraph starts or ends with ('' for other blocks). */
function edgeText(block: RootContent | undefined, at: 'start' | 'end'): string {
  if (block?.type !== 'paragraph') return ''
  const edge = at === 'start' ? block.children[0] : block.children.at(-1)
  if (edge?.type !== 'text') return ''
  return at === 'start' ? edge.value.trimStart() : edge.value.trimEnd()
}

function trim(block: RootContent | undefined, pattern: RegExp, at: 'start' | 'end'): void {
  if (block?.type !== 'paragraph') return
  const texts = block.children.filter((child): child is Text => child.type === 'text')
  const target = at === 'start' ? texts[0] : texts.at(-1)
  if (target) target.value = target.value.replace(pattern, '')
}
