import type { Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'

/** Characters written without spaces between words: Han, kana, CJK punctuation and full-width forms. */
const wide = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef'
const breakBetween = new RegExp(`(?<=[${wide}])[ \\t]*\\n[ \\t]*(?=[${wide}])`, 'gu')
const endsWide = new RegExp(`[${wide}][ \\t]*\\n[ \\t]*$`, 'u')
const startsWide = new RegExp(`^[${wide}]`, 'u')
const endsWithWide = new RegExp(`[${wide}]$`, 'u')
const startsBreakWide = new RegExp(`^[ \\t]*\\n[ \\t]*(?=[${wide}])`, 'u')

/**
 * Join lines broken between two CJK characters: browsers render such a soft
 * line break as a space, which Chinese and Japanese text must not have. Also
 * joins across inline nodes (`协程\n**任务**`). Breaks next to Latin text,
 * and hard breaks, are kept.
 */
export function remarkCjkLineBreaks() {
  return (tree: Root): undefined => {
    visit(tree, 'text', (node: Text) => {
      node.value = node.value.replace(breakBetween, '')
    })
    visit(tree, (node) => {
      if (!('children' in node) || !Array.isArray(node.children)) return
      const children = node.children as Array<{ type: string; value?: string }>
      children.forEach((child, index) => {
        const next = children[index + 1]
        if (!next) return
        if (
          child.type === 'text' &&
          child.value &&
          endsWide.test(child.value) &&
          startsWide.test(edgeText(next, 'first'))
        ) {
          child.value = child.value.replace(/[ \t]*\n[ \t]*$/, '')
        }
        if (
          next.type === 'text' &&
          next.value &&
          startsBreakWide.test(next.value) &&
          endsWithWide.test(edgeText(child, 'last'))
        ) {
          next.value = next.value.replace(startsBreakWide, '')
        }
      })
    })
  }
}

/** The text at the start or the end of a node, descending into its first or last child. */
function edgeText(
  node: { type: string; value?: string; children?: unknown },
  edge: 'first' | 'last',
): string {
  if (typeof node.value === 'string') return node.value
  const children = Array.isArray(node.children)
    ? (node.children as Array<{ type: string; value?: string }>)
    : []
  const child = edge === 'first' ? children[0] : children.at(-1)
  return child ? edgeText(child, edge) : ''
}
