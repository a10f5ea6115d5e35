import type { Code } from 'mdast'

/**
 * The line a code block's content counts from: its first line is the one
 * after. For a fence, the line of its opening ```` ``` ````; for an indented
 * block (four spaces, as notebook exports show a cell's output), which has
 * no opening line, the line before its first line. A fence spans its content
 * and two fence lines (one when left open at the end of the file); an
 * indented block spans its content alone.
 */
export function contentBaseLine(node: Code): number {
  const start = node.position?.start.line ?? 1
  const end = node.position?.end.line ?? start
  const contentLines = node.value.split('\n').length
  const indented = end - start + 1 === contentLines && node.lang == null && node.meta == null
  return indented ? start - 1 : start
}
