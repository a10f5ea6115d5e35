import type { Sample } from '../../remark-extract-samples.js'

/** `reveal_type(x)` at a line's start: asks the type checker, which prints its answer, not the program. */
const revealCall = /^reveal_type\s*\(/mu
/** `reveal_type` imported or reached through its module: the runtime's own, since Python 3.11. */
const revealImported = /\bimport\b[^\n]*\breveal_type\b|\btyping(?:_extensions)?\.reveal_type\b/u
/** A comment in mypy's (or pyright's) words: `# => Revealed type is 'builtins.int'`, `# error: Incompatible types in assignment`. */
const checkerWords =
  /#.*(?:\bRevealed type is\b|\bhas incompatible type\b|\b[Ii]ncompatible (?:types? in|return value type|default for)\b|\bCannot (?:assign to final|override final|inherit from final|instantiate abstract)\b|\bmypy error\b|\berror: .*\[[a-z-]+\]\s*$)/mu

/**
 * A Python sample written for a type checker: it asks it `reveal_type(x)`
 * without importing the runtime's own, or its comments quote the checker's
 * messages (`# => Argument 1 has incompatible type "int"`): those comments
 * are what mypy reports, not what the program prints, so a difference from
 * its run is not the post's. The reason, or `undefined`.
 */
export function typeCheckerOutputAt(sample: Sample): string | undefined {
  if (sample.runner.id !== 'python') return undefined
  const lines = sample.code.split('\n')
  const reveal = revealImported.test(sample.code)
    ? -1
    : lines.findIndex((line) => revealCall.test(line))
  if (reveal >= 0) {
    return `it asks the type checker \`reveal_type\` at line ${sample.line + reveal + 1}: its comments are what the checker (mypy) reports, not what it prints`
  }
  const words = lines.findIndex((line) => checkerWords.test(line))
  if (words >= 0) {
    return `its comments quote the type checker's messages (mypy), at line ${sample.line + words + 1}, not what it prints`
  }
  return undefined
}
