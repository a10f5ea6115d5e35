import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'

/**
 * The earlier sample of a run's state that declares the name Node refused
 * to declare again (`SyntaxError: Identifier 'sum' has already been
 * declared`) when the sample declares it too: the sample is another version
 * of that name (a second answer, `const sum = ...` under `function sum`),
 * written to be read on its own, and only running it after the state made
 * the two meet. `undefined` for any other error, or a name no earlier
 * sample of the state declares.
 */
export function redeclaredFrom(
  sample: Sample,
  state: readonly Sample[],
  output: string,
): { name: string; earlier: Sample } | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const name = /^SyntaxError: Identifier '([\w$]+)' has already been declared/mu.exec(output)?.[1]
  if (name === undefined) return undefined
  const declares = new RegExp(
    String.raw`^\s*(?:export\s+)?(?:async\s+)?(?:function\s*\*?|class|const|let|var)\s+${escapeStringRegexp(name)}(?![\w$])`,
    'mu',
  )
  if (!declares.test(sample.code)) return undefined
  const earlier = state.findLast((other) => declares.test(other.code))
  return earlier && { name, earlier }
}
