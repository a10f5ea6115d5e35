import type { Sample } from '../../remark-extract-samples.js'

/** A line of nothing but numbers in brackets set side by side: `(+1)(+2)`, `(-1)(+2)(+3)(-4)`. */
const sideBySide = /^(?:\(\s*[+-]?\s*\d+(?:\.\d+)?\s*\)\s*){2,}$/u
/** The error of calling a number: Python's and JavaScript's. */
const numberCalled =
  /TypeError: (?:'(?:int|float)' object is not callable|[+-]?\d[\d.]* is not a function)/u

/**
 * Why a sample that raised calling a number is arithmetic notation, judged
 * by the line the error names: numbers in brackets set side by side, as a
 * post groups the terms of a sum (`(+1)(+2)`); no program calls a number.
 * `undefined` for any other line, so `2(x + 1)` in code still fails.
 */
export function bracketedNumbersAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (line === undefined || !numberCalled.test(output)) return undefined
  const written = (sample.code.split('\n')[line - 1] ?? '').trim()
  if (!sideBySide.test(written)) return undefined
  return `arithmetic notation, numbers in brackets set side by side (\`${written}\`) at line ${sample.line + line}`
}
