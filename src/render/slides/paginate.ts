import type { Code, Heading, List, RootContent, Table } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { blockHeight, bodyHeight, canvas } from './slide-metrics.js'

/** The blocks one slide shows, and the prose its speaker notes hold. */
export interface Page {
  nodes: RootContent[]
  notes: RootContent[]
}

/** Paragraphs longer than this many slide lines are prose for the speaker, not the audience. */
const maxSlideParagraphLines = 2

/** Fewest items or lines worth starting a piece with at the bottom of a slide. */
const minPiece = 3

/**
 * Lay `blocks` out on as many slides as they need: long prose goes to the
 * notes of the slide it belongs to; lists, code and tables too tall for the
 * space left are split (lists by items, code at blank lines or statement
 * boundaries, tables by rows, the header repeated); an image takes what is
 * left of a slide. Nothing is dropped; every page but the last is full.
 */
export function paginate(blocks: readonly RootContent[], heading: Heading | undefined): Page[] {
  const budget = bodyHeight(heading)
  const pages: Page[] = [{ nodes: [], notes: [] }]
  let used = 0
  const current = () => pages.at(-1) as Page
  const newPage = () => {
    pages.push({ nodes: [], notes: [] })
    used = 0
  }
  const place = (node: RootContent, height: number) => {
    current().nodes.push(node)
    used += height
  }

  const queue = [...blocks]
  while (queue.length > 0) {
    const node = queue.shift() as RootContent
    if (node.type === 'thematicBreak') {
      if (current().nodes.length > 0) newPage()
      continue
    }
    if (isSpeakerProse(node)) {
      current().notes.push(node)
      continue
    }
    const height = blockHeight(node)
    if (height === 0) continue
    if (used + height <= budget) {
      place(node, height)
      continue
    }
    const split = splitBlock(node, budget - used, budget)
    // Note: a piece that fits no slide at all is placed whole rather than split forever.
    if (split && (split.head || current().nodes.length > 0)) {
      if (split.head) place(split.head, blockHeight(split.head))
      newPage()
      queue.unshift(split.tail)
      continue
    }
    if (current().nodes.length > 0) newPage()
    place(node, height)
  }
  return pages.filter(
    (page, index) => page.nodes.length > 0 || page.notes.length > 0 || index === 0,
  )
}

/** Whether a block is prose to say rather than show: a paragraph of more than two slide lines, without images. */
export function isSpeakerProse(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  if (node.children.some((child) => child.type === 'image' || child.type === 'imageReference'))
    return false
  const lines = (blockHeight(node) - canvas.blockGap) / (canvas.textSize * canvas.textLineHeight)
  return lines > maxSlideParagraphLines || plainText(node).length > 160
}

/**
 * Split a block into the part that fits in `room` (none when too little fits
 * to be worth it) and the rest; `undefined` for blocks that do not split.
 */
function splitBlock(
  node: RootContent,
  room: number,
  budget: number,
): { head: RootContent | undefined; tail: RootContent } | undefined {
  if (node.type === 'list') return splitList(node, room, budget)
  if (node.type === 'code') return splitCode(node, room, budget)
  if (node.type === 'table') return splitTable(node, room, budget)
  return undefined
}

function splitList(list: List, room: number, budget: number) {
  if (list.children.length < 2) return undefined
  const fits = countFitting(list.children.length, room, budget, (count) =>
    blockHeight({ ...list, children: list.children.slice(0, count) }),
  )
  if (fits === undefined) return undefined
  const start = list.start ?? 1
  const head = fits > 0 ? { ...list, children: list.children.slice(0, fits) } : undefined
  const tail: List = { ...list, children: list.children.slice(fits) }
  if (list.ordered) tail.start = start + fits
  return { head, tail }
}

function splitTable(table: Table, room: number, budget: number) {
  const [header, ...rows] = table.children
  if (!header || rows.length < 2) return undefined
  const withRows = (count: number): Table => ({
    ...table,
    children: [header, ...rows.slice(0, count)],
  })
  const fits = countFitting(rows.length, room, budget, (count) => blockHeight(withRows(count)))
  if (fits === undefined) return undefined
  return {
    head: fits > 0 ? withRows(fits) : undefined,
    tail: { ...table, children: [header, ...rows.slice(fits)] },
  }
}

function splitCode(code: Code, room: number, budget: number) {
  const lines = code.value.split('\n')
  if (lines.length < 2 * minPiece) return undefined
  const heightOf = (count: number) =>
    blockHeight({ ...code, value: lines.slice(0, count).join('\n') })
  const fits = countFitting(lines.length, room, budget, heightOf)
  if (fits === undefined) return undefined
  const cut = fits === 0 ? 0 : bestCodeCut(lines, fits)
  return {
    head: cut > 0 ? { ...code, value: trimBlankLines(lines.slice(0, cut)).join('\n') } : undefined,
    tail: { ...code, value: trimBlankLines(lines.slice(cut)).join('\n') },
  }
}

/**
 * Where to cut code that fits `fits` lines: after the last blank line, or
 * else before the last unindented line (a statement boundary), in the second
 * half of what fits; else where it stops fitting.
 */
function bestCodeCut(lines: readonly string[], fits: number): number {
  const half = Math.ceil(fits / 2)
  for (let index = fits; index >= half; index--) if (lines[index]?.trim() === '') return index
  for (let index = fits; index >= half; index--) {
    const line = lines[index] ?? ''
    if (line.trim() !== '' && !/^\s/.test(line)) return index
  }
  return fits
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]?.trim() === '') start++
  while (end > start && lines[end - 1]?.trim() === '') end--
  return lines.slice(start, end)
}

/**
 * How many of `total` parts fit in `room` (0 when fewer than a worthwhile
 * piece fit, so the block starts on the next slide); `undefined` when the
 * block would not fit a whole slide either way, after the first part.
 */
function countFitting(
  total: number,
  room: number,
  budget: number,
  heightOf: (count: number) => number,
): number | undefined {
  let fits = 0
  while (fits < total && heightOf(fits + 1) <= room) fits++
  if (fits >= total) return undefined
  if (fits < Math.min(minPiece, total)) {
    // Too little room here: cut on a fresh slide instead, if one is not enough either.
    if (heightOf(total) <= budget) return undefined
    return 0
  }
  return fits
}
