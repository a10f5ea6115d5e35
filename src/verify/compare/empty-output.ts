import type { OutputPart } from '../read/outputs/documented-output.js'
import type { Comparison } from './compare-output.js'

/**
 * Whether a documented part says its command printed nothing: one empty
 * line, as a shell session with bare prompts documents it (`bare-prompts.ts`).
 */
export function documentsNothing(part: OutputPart): boolean {
  return part.lines.length === 1 && part.lines[0] === ''
}

/**
 * What a command documented as printing nothing printed: each line it
 * printed is a difference, reported at the command's line, as doctest
 * reports a failing example at its prompt (the empty output is documented
 * on the line after it, where `verify --update` writes what it printed).
 */
export function compareNothing(part: OutputPart, shown: string): Comparison {
  const printed = shown.split('\n').filter((text) => text.trim() !== '')
  const after = part.lineNumbers[0]
  const line = after === undefined ? undefined : after - 1
  return {
    ok: printed.length === 0,
    diff: printed.map((text) => ({ kind: 'actual', text, ...(line !== undefined && { line }) })),
    normalisers: [],
    timingOnly: false,
  }
}

/**
 * Whether an expression's value is documented as `None` (`d.get("b")  # None`,
 * a function of no `return` called, `# None` under it) where it showed nothing:
 * Python's REPL shows no line for the value `None`, which the author writes as
 * `print` would show it. Another value, or anything printed, is compared as usual.
 */
export function noneShownAsNothing(part: OutputPart, shown: string): boolean {
  return (
    part.value === true &&
    part.lines.length === 1 &&
    part.lines[0]?.trim() === 'None' &&
    shown.trim() === ''
  )
}
