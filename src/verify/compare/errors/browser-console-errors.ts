/**
 * An error as a browser's console shows it, against Node's words for the
 * same error. Chrome and Edge open an error nothing caught with `Uncaught `
 * (`Uncaught ReferenceError: lastName is not defined`), where Node prints
 * `ReferenceError: lastName is not defined`; and V8 before 10.x named no
 * token in its syntax errors (`SyntaxError: Unexpected identifier`), where
 * V8 today quotes it (`Unexpected identifier 'x'`). The type and message
 * are still compared: another error, or another message, differs.
 */
const uncaughtError = /^(\s*)Uncaught (?=[A-Z][\w.]*(?:Error|Exception)\b)/u

/** Syntax errors whose message V8 later completed with the token at fault, in quotes. */
const unnamedToken = /^(?:Uncaught )?SyntaxError: Unexpected (?:identifier|token)$/u
const namedToken = /^((?:Uncaught )?SyntaxError: Unexpected (?:identifier|token)) '[^'\n]+'$/u

/**
 * The step that reads a browser console's errors in documented JavaScript
 * output as Node prints them: the `Uncaught ` before an error's type is left
 * out, and where the post shows V8's older wording of a syntax error, the
 * token today's V8 names after it is left out of the real line.
 * `undefined` when the documented output shows neither.
 */
export function browserConsoleErrors(
  expected: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  const uncaught = expected.some((line) => uncaughtError.test(line))
  const unnamed = expected.some((line) => unnamedToken.test(line.trim()))
  if (!uncaught && !unnamed) return undefined
  return (line, side) => {
    const read = line.replace(uncaughtError, '$1')
    return side === 'actual' && unnamed ? read.replace(namedToken, '$1') : read
  }
}

/** A stack frame a console shows under an error: `    at <anonymous>:2:35`. */
const frame = /^\s+at \S/u

/**
 * Whether documented output ends with an error a browser's console reports
 * as uncaught (`Uncaught SyntaxError: Unexpected identifier`, its frames
 * after it or not): the program stops there, as Node's does with exit code 1.
 */
export function endsWithUncaughtError(lines: readonly string[]): boolean {
  const shown = lines.filter((line) => line.trim() !== '' && !frame.test(line))
  return uncaughtError.test(shown.at(-1) ?? '')
}
