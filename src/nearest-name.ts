import leven from 'leven'

/**
 * The name of `names` nearest to `typed` (case aside), when the two differ
 * by at most a third of its letters (at least 2): what "did you mean" offers.
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(typed.length / 3))
  let best: { name: string; distance: number } | undefined
  for (const name of names) {
    const distance = leven(typed.toLowerCase(), name.toLowerCase())
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance }
  }
  return best?.name
}
