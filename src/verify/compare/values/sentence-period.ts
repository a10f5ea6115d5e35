/**
 * A value comment ending its sentence with a full stop (`curriedSum(40)(2) // 42.`,
 * `// [1, 2].`,): the value without it, when what stands before the
 * stop is a value of its own (a number, a quoted string, a closed bracket), else
 * `undefined`. Python's `42.` is a float, written so only in code; a comment
 * showing the value `42.0` prints it that way.
 */
export function withoutSentencePeriod(written: string): string | undefined {
  const match = /^(-?\d+(?:\.\d+)?|(['"]).*\2|[[{(].*[\]})])\s*\.$/u.exec(written.trim())
  return match?.[1]
}
