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

/**
 * The earlier sample of a run's state that declares with `const` a name the
 * sample assigns (`[a, b] = [b, a];` after `const [a, b] = [1, 3];`), when
 * the run ended on Node's `TypeError: Assignment to constant variable.`:
 * the sample writes the name anew, for a reader who runs it on its own, and
 * only running it after the state made the two meet. `undefined` for any
 * other error, or no such name.
 */
export function constantAssignedFrom(
  sample: Sample,
  state: readonly Sample[],
  output: string,
): { name: string; earlier: Sample } | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (!/^(?:Uncaught )?TypeError: Assignment to constant variable\./mu.test(output))
    return undefined
  const assigned = assignedNames(sample.code)
  for (const earlier of [...state].reverse()) {
    const name = constants(earlier.code).find((constant) => assigned.has(constant))
    if (name !== undefined) return { name, earlier }
  }
  return undefined
}

/** The names a `const` declares: `const x = …`, `const [a, b] = …`, `const { length } = …`. */
function constants(code: string): string[] {
  return [
    ...code.matchAll(/\bconst\s+(?:([\p{L}_$][\p{L}\p{N}_$]*)|[[{]([^\]}=]*)[\]}])/gu),
  ].flatMap((match) => match[1] ?? identifiers(match[2] ?? ''))
}

/** The names code assigns outside a declaration: `a = 1`, `n += 2`, `[a, b] = [b, a]`. */
function assignedNames(code: string): Set<string> {
  const names = new Set<string>()
  for (const line of code.split('\n')) {
    if (/^\s*(?:const|let|var)\s/u.test(line)) continue
    const pattern = /^\s*[[{]([^=]*)[\]}]\s*=(?!=)/u.exec(line)?.[1]
    for (const name of pattern ? identifiers(pattern) : []) names.add(name)
    for (const match of line.matchAll(
      /(?<![\p{L}\p{N}_$.])([\p{L}_$][\p{L}\p{N}_$]*)\s*(?:[-+*/%]?=(?![=>])|\+\+|--)/gu,
    )) {
      names.add(match[1] ?? '')
    }
  }
  return names
}

/** The identifiers of a destructuring pattern's text: `a, b` or `x: renamed, y = 2` (the bound names). */
function identifiers(pattern: string): string[] {
  return pattern
    .split(',')
    .map((item) => item.split('=')[0]?.split(':').at(-1)?.replace('...', '').trim() ?? '')
    .filter((name) => /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(name))
}
