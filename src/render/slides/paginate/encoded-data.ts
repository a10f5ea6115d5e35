import type { Code, RootContent } from 'mdast'
import { moreOnPage } from './budget.js'
import type { PageOptions } from './page.js'

/** A line of encoded data: base64 (a PGP key's armor, a certificate) or hex, 32 characters or more, no space. */
const encodedLine = /^(?:[A-Za-z0-9+/]{32,}={0,2}|[0-9a-fA-F]{32,})$/

/** Lines of data a block holds before it counts as encoded data: fewer are shown as they are. */
const minDataLines = 8

/** Lines of data a slide shows of it: enough to see what it is. */
const shownDataLines = 4

/**
 * Of a block that is encoded data (most of its lines base64 or hex: a public
 * key, a certificate), which nobody reads on a screen: its first lines, the
 * armor's header with them, and a line saying how many are left to the page;
 * the notes keep it whole. `undefined` for other blocks.
 */
export function encodedDataHead(
  node: RootContent,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  if (node.type !== 'code') return undefined
  const lines = node.value.split('\n')
  const isData = (line: string) => encodedLine.test(line.trim())
  const data = lines.filter(isData).length
  const filled = lines.filter((line) => line.trim() !== '').length
  if (data < minDataLines || data < filled * 0.8) return undefined
  let seen = 0
  const end = lines.findIndex((line) => isData(line) && ++seen === shownDataLines) + 1
  const head: Code = {
    ...node,
    value: lines.slice(0, end).join('\n'),
    data: { ...node.data, whole: true },
  }
  const more = moreOnPage(options.notes.moreCode(lines.length - end), options.pageHref)
  return { nodes: [head, more], notes: [node] }
}
