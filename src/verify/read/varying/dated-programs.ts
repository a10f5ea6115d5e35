import type { Sample } from '../remark-extract-samples.js'
import { datedNames } from './clock-reads.js'

/**
 * Mark the Python samples that take today's date from an earlier sample, as
 * a reader following the post in one REPL does: `now = datetime.now()` in
 * one fence, `now.year` or `now.strftime('%d-%b-%Y')` in the next, whose
 * documented values are the author's day. Each sample's `dated` lists the
 * names holding the date that the samples it takes state from bound, or
 * were given in turn. `samples` are in document order; `source` gives the
 * code whose names count (a `>>>` session's input lines).
 */
export function markDatedNames(
  samples: readonly Sample[],
  source: (sample: Sample) => string,
): void {
  const handedOn = new Map<string, string[]>()
  for (const sample of samples) {
    if (sample.runner.id !== 'python') continue
    const dated = [...new Set(sample.needs.flatMap((id) => handedOn.get(id) ?? []))]
    if (dated.length > 0) sample.dated = dated
    handedOn.set(sample.id, [...dated, ...datedNames(source(sample), dated)])
  }
}
