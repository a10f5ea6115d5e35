import type { Code, RootContent } from 'mdast'
import { isSlideDrawing } from '../../../text-diagram.js'
import { codeSplitPoints } from '../code-split-points.js'
import { canvas, slideTextWidth } from '../slide-canvas.js'
import { moreLineHeight, moreOnPage } from './budget.js'
import type { PageOptions } from './page.js'
import { minPiece, type Units } from './units.js'

/** Code languages whose blocks are pictures or transcripts: shrunk to fit, never cut. */
const wholeLanguages = new Set([
  '',
  'text',
  'txt',
  'plaintext',
  'plain',
  'output',
  'console',
  'ascii',
  'diagram',
  'log',
  'tree',
])

export function isWhole(node: RootContent): boolean {
  if (node.type === 'sampleOutput') return true
  if (node.type !== 'code') return false
  if (!isPictureLanguage(node)) return false
  // Note: a drawing is never cut, however tall: it is fitted to its slide and opens at full size in the viewer.
  return readsShrunk(node) || isSlideDrawing(node.value)
}

/**
 * Whether code is a picture or a transcript (a diagram, a log) rather than a
 * program: by its fence's language, or, whatever that says, by what it draws.
 */
export function isPictureLanguage(code: Code): boolean {
  return wholeLanguages.has((code.lang ?? '').toLowerCase()) || isSlideDrawing(code.value)
}

/** Smallest size (px) code shown whole is shrunk to on a slide: below it, it is cut or left to the page. */
export const minCodeSize = 12

/** Whether program code fits `space` whole at the readable minimum size (deck.js shrinks it alone). */
export function readsAtMinimum(code: Code, space: number): boolean {
  const lines = code.value.split('\n')
  const columns = Math.floor((slideTextWidth - 32) / (minCodeSize * 0.6))
  return (
    lines.length * minCodeSize * canvas.codeLineHeight + 30 <= space &&
    lines.every((line) => line.length <= columns)
  )
}

/** Whether code still reads at half size: at most about 40 lines of 200 columns. */
export function readsShrunk(code: Code): boolean {
  const lines = code.value.split('\n')
  return lines.length <= 40 && lines.every((line) => line.length <= 200)
}

/** A code block at the smaller size, for sections over their slide budget. */
export function smallerCode(node: RootContent): RootContent {
  if (node.type !== 'code' || isWhole(node)) return node
  return { ...node, data: { ...node.data, small: true } }
}

/** Characters of a code line beyond which the slide shows only its start. */
export const maxCodeLine = 300

export function clipLongLines(code: Code): Code {
  const lines = code.value
    .split('\n')
    .map((line) => (line.length > maxCodeLine ? `${line.slice(0, 160)} …` : line))
  return { ...code, value: lines.join('\n') }
}

/**
 * Code as lines, cut only where `codeSplitPoints` allows and where each end
 * keeps a few lines of code: a comment line or two is no part of its own.
 */
export function codeUnits(code: Code): Units {
  const lines = code.value.split('\n')
  const filled = (from: number, to: number) =>
    lines.slice(from, to).filter((line) => line.trim() !== '').length
  const make = (from: number, to: number): Code => ({
    ...code,
    value: trimBlankLines(lines.slice(from, to)).join('\n'),
  })
  return {
    count: lines.length,
    starts: codeSplitPoints(lines).filter(
      ({ index }) => filled(0, index) >= minPiece && filled(index, lines.length) >= minPiece,
    ),
    make,
    whole: (from, to, space) => {
      const part = make(from, to)
      if (isPictureLanguage(code) || !readsAtMinimum(part, space)) return undefined
      return { ...part, data: { ...part.data, whole: true } }
    },
  }
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]?.trim() === '') start++
  while (end > start && lines[end - 1]?.trim() === '') end--
  return lines.slice(start, end)
}

/**
 * Of program code with no place to cut that would show below the readable
 * minimum whole in `space`: its first lines at that size, with a line saying
 * how many are left to the page (the notes keep it whole). `undefined` for
 * other code, and when too few lines would fit.
 */
export function codeHead(
  node: RootContent,
  space: number,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  if (node.type !== 'code' || isPictureLanguage(node) || readsAtMinimum(node, space)) return
  if (codeUnits(node).starts.length > 0) return
  const lines = node.value.split('\n')
  const count = Math.floor((space - moreLineHeight - 30) / (minCodeSize * canvas.codeLineHeight))
  if (count < 3 || count >= lines.length) return
  const head: Code = {
    ...node,
    value: lines.slice(0, count).join('\n'),
    data: { ...node.data, whole: true },
  }
  const more = moreOnPage(options.notes.moreCode(lines.length - count), options.pageHref)
  return { nodes: [head, more], notes: [node] }
}
