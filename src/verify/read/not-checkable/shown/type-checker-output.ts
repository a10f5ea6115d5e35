import type { Sample } from '../../remark-extract-samples.js'

/** `reveal_type(x)` at a line's start: asks the type checker, which prints its answer, not the program. */
const revealCall = /^reveal_type\s*\(/mu
/** `reveal_type` imported or reached through its module: the runtime's own, since Python 3.11. */
const revealImported = /\bimport\b[^\n]*\breveal_type\b|\btyping(?:_extensions)?\.reveal_type\b/u
/** A comment in mypy's (or pyright's) words: `# => Revealed type is 'builtins.int'`, `# error: Incompatible types in assignment`. */
const checkerWords =
  /#.*(?:\bRevealed type is\b|\bhas incompatible type\b|\b[Ii]ncompatible (?:types? in|return value type|default for)\b|\bCannot (?:assign to final|override final|inherit from final|instantiate abstract)\b|\bmypy error\b|\berror: .*\[[a-z-]+\]\s*$)/mu

/** A type checker's command, after any prompt (`$ `, `» `): `» mypy --strict api.py`, `pyright app.py`. */
const checkerCommand = /^\S{0,3}\s*(?:mypy|pyright|pyre|pytype)(?:\s|$)/u
/** A line of a type checker's report: `api.py:12: error: Cannot assign to final name "x"`, its summary line. */
const checkerReport =
  /^[\w./\\-]+\.pyi?:\d+(?::\d+)?: (?:error|note|warning): |^(?:Found \d+ errors? in \d+ files?|Success: no issues found)/u

/**
 * Whether the output shown is a type checker's run: its command, then lines
 * of its report alone (`» mypy api.py` / `api.py:12: error: ...`).
 */
function showsCheckerRun(lines: readonly string[]): boolean {
  const shown = lines.filter((line) => line.trim() !== '')
  return (
    shown.length > 1 &&
    checkerCommand.test(shown[0] ?? '') &&
    shown.slice(1).every((line) => checkerReport.test(line))
  )
}

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

/**
 * An output block showing a type checker's command and its report alone
 * (`» mypy api.py` / `api.py:12: error: Cannot assign to final name`): what
 * mypy says of the file, not what the program prints, for a sample that ran
 * without an error. The reason, or `undefined`.
 */
export function typeCheckerRunShownAt(sample: Sample): string | undefined {
  const expected = sample.expected
  if (sample.runner.id !== 'python' || expected?.kind !== 'block') return undefined
  if (!showsCheckerRun(expected.lines)) return undefined
  const command = (expected.lines.find((line) => line.trim() !== '') ?? '').trim()
  return `the output shown, at line ${expected.lineNumbers[0] ?? sample.line}, is the type checker's run (\`${command}\`), not what the program prints`
}
