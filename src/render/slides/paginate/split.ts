import type { RootContent } from 'mdast'
import { blockHeight } from '../slide-metrics.js'
import { codeUnits, isPictureLanguage, readsAtMinimum, readsShrunk } from './code.js'
import { listUnits } from './lists.js'
import type { PageOptions } from './page.js'
import { tableUnits } from './tables.js'
import { minPiece, type Units } from './units.js'

/**
 * Cut a block taller than a slide into parts that each fit one, as even as
 * the cut points allow; the first part goes in `room` (the rest of the
 * current slide) when that holds a fair share, and the last leaves `tail`
 * free (for a lead-in and the short block it introduces). `undefined` when
 * it cannot be cut.
 */
export function splitBlock(
  node: RootContent,
  room: number,
  budget: number,
  options: PageOptions,
  tail = 0,
): (RootContent | undefined)[] | undefined {
  const heightOf = (part: RootContent) => blockHeight(part, options.imageSizes)
  if (node.type === 'list') return splitUnits(listUnits(node), room, budget, heightOf, tail)
  if (node.type === 'table') return splitUnits(tableUnits(node), room, budget, heightOf, tail)
  if (node.type === 'code') {
    const units = codeUnits(node)
    // Code with no place to cut (one open object, one function) is shrunk on a slide of its own,
    // when it still reads there; else it is cut where it must.
    const reads = isPictureLanguage(node) ? readsShrunk(node) : readsAtMinimum(node, budget - tail)
    if (units.starts.length === 0 && reads) {
      const whole: RootContent = { ...node, data: { ...node.data, whole: true } }
      // Under the line introducing it, when it still reads in the room left there.
      const fitsRoom = !isPictureLanguage(node) && readsAtMinimum(node, room - tail)
      return room < budget && !fitsRoom ? [undefined, whole] : [whole]
    }
    return splitUnits(units, room, budget, heightOf, tail)
  }
  return undefined
}

function splitUnits(
  units: Units,
  room: number,
  budget: number,
  heightOf: (node: RootContent) => number,
  tail: number,
): (RootContent | undefined)[] | undefined {
  const height = (from: number, to: number) => heightOf(units.make(from, to))
  const total = height(0, units.count) + tail
  const useRoom = room >= budget * 0.4 && room < budget
  const parts: (RootContent | undefined)[] = []
  let from = 0
  let left = total
  let space = useRoom ? room : budget
  if (!useRoom && room < budget) parts.push(undefined)
  while (from < units.count) {
    if (height(from, units.count) + tail <= space) {
      parts.push(units.make(from, units.count))
      break
    }
    // A piece with no place to cut inside it (a loop, a function) too tall for the space: on a slide
    // of its own, shown whole at a smaller size when it still reads so, rather than cut inside it.
    const end = units.starts.find((start) => start.index > from)?.index ?? units.count
    const last = end === units.count ? tail : 0
    const whole =
      height(from, end) + last > space ? units.whole?.(from, end, budget - last) : undefined
    if (whole) {
      if (space < budget && parts.length === 0) {
        parts.push(undefined)
        space = budget
        continue
      }
      parts.push(whole)
      left -= height(from, end)
      from = end
      space = budget
      continue
    }
    const cut = bestCut(units, from, space, left / Math.max(2, Math.ceil(left / budget)), height)
    if (cut === undefined) {
      parts.push(units.make(from, units.count))
      break
    }
    parts.push(units.make(from, cut))
    left -= height(from, cut)
    from = cut
    space = budget
  }
  return parts
}

/**
 * Where to end the part starting at `from`: the best-ranked place whose part
 * fits `space`, leaving at least a few units on each side, nearest to
 * `target`; failing that any place that fits; failing that the most units
 * that fit, wherever that falls.
 */
function bestCut(
  units: Units,
  from: number,
  space: number,
  target: number,
  height: (from: number, to: number) => number,
): number | undefined {
  const fitting = units.starts.filter(
    (start) =>
      start.index > from && start.index < units.count && height(from, start.index) <= space,
  )
  const roomy = fitting.filter(
    (start) => start.index - from >= minPiece && units.count - start.index >= minPiece,
  )
  const pool = roomy.length > 0 ? roomy : fitting
  if (pool.length > 0) {
    // A worse rank is taken only when the better ones would leave the part small: under half
    // the space, or under a quarter between top-level statements (not a function's first
    // two lines alone, its body on the next slide).
    const fair = pool.filter((start) => {
      const part = height(from, start.index)
      return part > space / 2 || (start.rank < 1000 && part > space / 4)
    })
    const ranked = fair.length > 0 ? fair : pool
    const best = ranked
      .filter((start) => start.rank === Math.min(...ranked.map((other) => other.rank)))
      .reduce((a, b) =>
        Math.abs(height(from, a.index) - target) <= Math.abs(height(from, b.index) - target)
          ? a
          : b,
      )
    return best.index
  }
  let count = from + 1
  while (count < units.count && height(from, count + 1) <= space) count++
  return count < units.count ? count : undefined
}
