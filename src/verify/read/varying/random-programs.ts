import type { Sample } from '../remark-extract-samples.js'
import { programDrawsAtRandom, programSeedsRandom } from './random-draws.js'

/**
 * Mark the Python samples whose output comes from a random draw, as a
 * notebook exported with its outputs shows one run of them: those drawing
 * at random themselves, the generator unseeded (`lst = [randrange(1, 100)
 * for _ in range(10)]`), and those taking names from such a sample (`lst`
 * printed sorted in the next cell) unless they seed it themselves. Their numbers, and an order that sorts
 * by them, differ every run. `samples` are in document order.
 */
export function markRandomDraws(samples: readonly Sample[]): void {
  const byId = new Map(samples.map((sample) => [sample.id, sample]))
  for (const sample of samples) {
    if (sample.runner.id !== 'python') continue
    // A sample seeding the generator itself draws the same values every run, whatever it takes.
    const inherited =
      sample.needs.some((id) => byId.get(id)?.drawsAtRandom === true) &&
      !programSeedsRandom(sample.code)
    if (inherited || programDrawsAtRandom(sample.code)) sample.drawsAtRandom = true
  }
}
