/** One slide of a run that may share: its planned height and the section it shows. */
export interface Shareable {
  height: number
  /** It introduces the one after it ("…as follows:"): a slide does not end with it. */
  introduces: boolean
  /** Depth of its section's heading (0 without one). */
  depth: number
}

/** A way of grouping the first entries of a run, and what it costs, compared in this order. */
interface Plan {
  /** Slides made. */
  slides: number
  /** Slides left nearly empty (below `slight`). */
  slight: number
  /** Sections shallower than the one heading their slide (a new part inside another's slide). */
  crossings: number
  /** Sum of the squared heights: the lower, the more even the slides. */
  uneven: number
  /** Where the last group starts; the groups before it are those of the plan at that index. */
  start: number
}

/**
 * Cut a run of consecutive slides into groups that each fit `room`, as a
 * speaker would: the fewest slides; then as few of them nearly empty (under
 * `slight`) as possible; then each slide headed by its shallowest section, so
 * siblings share and a section's parent (or the next part) starts a slide, as
 * pandoc's slide level groups subsections with their parent; then as even as
 * the heights allow. A group does not end with one that `introduces` the next,
 * but for the run's last: it goes with what it introduces, even when the
 * slide is then fuller than planned (the browser fits it). Whole entries
 * only: none is cut. The best of all
 * groupings (dynamic programming over the run, one plan per prefix).
 */
export function groupRun(entries: readonly Shareable[], room: number, slight: number): number[][] {
  const plans: Plan[] = [{ slides: 0, slight: 0, crossings: 0, uneven: 0, start: 0 }]
  for (let end = 1; end <= entries.length; end++) {
    let best: Plan | undefined
    let used = 0
    // Entries from `start` that all introduce the last one: carried onto its slide even when fuller than planned.
    let carried = true
    for (let start = end - 1; start >= 0; start--) {
      used += entries[start]?.height ?? 0
      const single = start === end - 1
      if (!single) carried &&= entries[start]?.introduces === true
      if (!single && used > room && !carried) break
      const last = entries[end - 1]
      if (!single && last?.introduces && end < entries.length) continue
      const before = plans[start] as Plan
      const head = entries[start]?.depth ?? 0
      const crossings = entries.slice(start + 1, end).filter((entry) => entry.depth < head).length
      const plan: Plan = {
        slides: before.slides + 1,
        slight: before.slight + (used < slight ? 1 : 0),
        crossings: before.crossings + crossings,
        uneven: before.uneven + used * used,
        start,
      }
      if (!best || cheaper(plan, best)) best = plan
    }
    plans.push(best as Plan)
  }
  const groups: number[][] = []
  for (let end = entries.length; end > 0; ) {
    const { start } = plans[end] as Plan
    groups.unshift(Array.from({ length: end - start }, (_, offset) => start + offset))
    end = start
  }
  return groups
}

function cheaper(plan: Plan, than: Plan): boolean {
  for (const key of ['slides', 'slight', 'crossings', 'uneven'] as const)
    if (plan[key] !== than[key]) return plan[key] < than[key]
  return false
}
