import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'

/**
 * The name a sample's run found undefined (`NameError: name 'struct' is not
 * defined`, `ReferenceError: x is not defined`) when its own code uses it and
 * it is none of the names it takes from earlier samples: no earlier sample
 * defines it, so it is missing whatever those samples did, and the failure is
 * the sample's own, not one it depends on. `undefined` otherwise, and when
 * another error came first (a `>>>` session whose `x = var(10)` raised, so
 * that `x` is then undefined): that error is the one to judge.
 */
export function ownMissingName(sample: Sample, output: string): string | undefined {
  const name =
    // Note: a `>>>` session's report holds each example's output as a JSON string (`\\n` for its line breaks).
    /(?:^|\\n)NameError: name '([\p{L}_][\p{L}\p{N}_]*)' is not defined/mu.exec(output) ??
    /^(?:Uncaught )?ReferenceError: ([\p{L}_$][\p{L}\p{N}_$]*) is not defined$/mu.exec(output)
  const first = /(?:^|\\n)(?:Uncaught )?[A-Z]\w*(?:Error|Exception): /mu.exec(output)
  if (name && first && first.index < name.index) return undefined
  const missing = name?.[1]
  if (missing === undefined || (sample.takes ?? []).includes(missing)) return undefined
  const used = new RegExp(
    `(?<![\\p{L}\\p{N}_$.])${escapeStringRegexp(missing)}(?![\\p{L}\\p{N}_$])`,
    'u',
  )
  return used.test(sample.expected?.doctest ?? sample.code) ? missing : undefined
}
