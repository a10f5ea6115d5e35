import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { type CalloutKind, calloutBox } from './remark-callouts.js'

/** A container's opening line, as markdown-it-container reads it: `::: tip`, `:::warning Title`. */
const open =
  /^:{3,}[ \t]*(tip|warning|danger|info|note|important|caution)(?:[ \t]+([^\n]*?))?[ \t]*(?:\n|$)/i
/** …and its closing line, alone or ending a paragraph. */
const close = /(?:^|\n)[ \t]*:{3,}[ \t]*$/

/** The kinds VuePress and VitePress name, as the callout kinds fuwari and GitHub name them. */
const kinds: Record<string, CalloutKind> = {
  tip: 'tip',
  warning: 'warning',
  danger: 'caution',
  caution: 'caution',
  info: 'note',
  note: 'note',
  important: 'important',
}

/**
 * VuePress's and VitePress's custom containers (markdown-it-container), `::: tip`
 * … `:::`, `:::warning Title` … `:::`, as those sites show them: a callout box
 * (the one `:::note` makes) holding the blocks between the two lines, titled
 * by the words after the kind, or in the post's language. remark-directive
 * reads neither form (a space before the kind, words after it), so the lines
 * are found in the text of the paragraphs they start and end; a closing line
 * a formatter indented under the last item of a list ends that item's text.
 * A container around a heading is read as its blocks, so the post's sections
 * stay its sections. `::: details` is left as written.
 */
export function remarkMarkdownItContainers() {
  return (tree: Root): undefined => {
    visit(tree, (node) => {
      if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return
      const children = (node as Parent).children as RootContent[]
      for (let index = 0; index < children.length; index++) readContainer(children, index)
    })
  }
}

/** The container opening at `children[index]`, if one does, made a box in its place. */
function readContainer(children: RootContent[], index: number): void {
  const first = children[index]
  if (first?.type !== 'paragraph') return
  const head = first.children[0]
  if (head?.type !== 'text') return
  const opening = open.exec(head.value)
  if (!opening) return
  const last = children.findIndex(
    (other, at) => at >= index && closingText(other, at === index) !== undefined,
  )
  if (last === -1) return
  const blocks = children.slice(index, last + 1)
  const ending = closingText(blocks.at(-1), last === index)
  head.value = head.value.slice(opening[0].length)
  // The words under the opening line start on the line after it.
  const start = first.position?.start
  if (start && start.offset !== undefined && opening[0].endsWith('\n'))
    first.position = {
      start: { line: start.line + 1, column: 1, offset: start.offset + opening[0].length },
      end: first.position?.end ?? start,
    }
  if (ending) ending.value = ending.value.replace(close, '')
  const kept = blocks.filter((block) => !(block.type === 'paragraph' && emptyParagraph(block)))
  if (kept.some((block) => block.type === 'heading')) {
    children.splice(index, blocks.length, ...kept)
    return
  }
  const title: PhrasingContent[] = opening[2] ? [{ type: 'text', value: opening[2] }] : []
  const box = calloutBox(kinds[(opening[1] ?? '').toLowerCase()] ?? 'note', kept, title)
  if (first?.position && blocks.at(-1)?.position)
    box.position = {
      start: first.position.start,
      end: blocks.at(-1)?.position?.end ?? first.position.end,
    }
  children.splice(index, blocks.length, box)
}

/**
 * The text node ending `block` with a closing line, down the last item of a
 * list; in the opening paragraph, only past its first line.
 */
function closingText(block: RootContent | undefined, opening: boolean): Text | undefined {
  if (block?.type === 'list') {
    const item = block.children.at(-1)
    return closingText(item?.children.at(-1), false)
  }
  if (block?.type !== 'paragraph') return undefined
  const edge = block.children.at(-1)
  if (edge?.type !== 'text' || !close.test(edge.value)) return undefined
  if (opening && block.children.length === 1 && !/\n[ \t]*:{3,}[ \t]*$/.test(edge.value))
    return undefined
  return edge
}

function emptyParagraph(paragraph: Paragraph): boolean {
  return paragraph.children.every((child) => child.type === 'text' && child.value.trim() === '')
}
