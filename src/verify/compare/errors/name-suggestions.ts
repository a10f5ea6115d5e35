/**
 * The suggestion Python 3.10 and later add to a name error (`NameError: name
 * 'aege' is not defined. Did you mean: 'age'?`, the same on `AttributeError`
 * and `ImportError`): a hint of the interpreter's, not part of the error, so a
 * post written with an older Python (which shows the message alone) still
 * matches. Only the real output loses it, and only when the documented lines
 * show no suggestion of their own; the error's type and message stay exact.
 */
const suggestion =
  /^((?:NameError|AttributeError|ImportError|ModuleNotFoundError): .*?)\. Did you mean: .*\?$/

/** The step that takes the suggestion off the real output's error line, or `undefined` when the post shows one. */
export function nameSuggestions(
  expected: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  if (expected.some((line) => line.includes('Did you mean'))) return undefined
  return (line, side) => (side === 'actual' ? line.replace(suggestion, '$1') : line)
}
