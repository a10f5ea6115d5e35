import type { Html, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** An HTML block opening a table it does not close. */
const tableStart = /^[ \t]*<table\b[^>]*>/i
const tableEnd = /<\/table\s*>/i

/** A line of a table's markup and its cells' words (`<td>`, `  LOTR`, `<td><b>6</b></td>`): no other tag, no code span. */
const tableLine =
  /^(?:<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|colgroup|col|p|br|b|i|strong|em|span|a|code)\b[^>]*>|[^<>`])*$/i

/**
 * An HTML table broken by blank lines, read whole, as kramdown and a
 * browser-era editor (a WordPress export) read it: CommonMark ends an HTML
 * block at a blank line, so the rest of a table indented under it
 * (`    <td>` / `      LOTR` / `    </td>`) becomes code blocks and HTML
 * blocks of loose tags, and the page and deck show its markup as code and
 * its rows out of any table. From a block opening `<table>` that does not
 * close it, up to the block that does, every block in between being table
 * markup or a cell's words (HTML, or code indented from them), the blocks
 * are one HTML block again, its text the post's as written.
 *
 * Note: nothing changes when the table is never closed, or when anything
 * but its markup (a paragraph, a fenced code block, a list) comes before
 * `</table>`.
 */
export function remarkBrokenHtmlTables() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return undefined
      if (!tableStart.test(node.value) || tableEnd.test(node.value)) return undefined
      const siblings = parent.children as RootContent[]
      let end = index + 1
      for (; end < siblings.length; end++) {
        const block = siblings[end] as RootContent
        if (!isTableMarkup(block, source)) return undefined
        if (block.type === 'html' && tableEnd.test(block.value)) break
      }
      const last = siblings[end]
      const from = node.position?.start.offset
      const to = last?.position?.end.offset
      if (!last || from === undefined || to === undefined) return undefined
      const value = source.slice(from, to)
      if (!tableStart.test(value)) return undefined
      const whole: Html = { type: 'html', value }
      if (node.position && last.position)
        whole.position = { start: node.position.start, end: last.position.end }
      siblings.splice(index, end - index + 1, whole)
      return index + 1
    })
  }
}

/** An HTML block, or an indented code block, whose lines as written are all a table's markup or words. */
function isTableMarkup(block: RootContent, source: string): boolean {
  if (block.type !== 'html' && !(block.type === 'code' && !block.lang)) return false
  const from = block.position?.start.offset
  const to = block.position?.end.offset
  if (from === undefined || to === undefined) return false
  const text = source.slice(from, to)
  if (block.type === 'code' && /^[ \t]*(```|~~~)/.test(text)) return false
  return text.split('\n').every((line) => tableLine.test(line))
}
