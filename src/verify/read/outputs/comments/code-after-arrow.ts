/**
 * Code written after an arrow in a comment, the statement's equivalent
 * rather than its value (`ret = map(foo, xs)  # => map(lambda x: x * x, xs)`,
 * `[i for i in filter(f, li)]  # => [i for i in li if i > 2]`): a lambda or
 * a comprehension's `for ... in`, which no printed value holds (a function
 * prints as `<function <lambda> at 0x...>`, with no parameters).
 */
const codeShape = /\blambda\b[^:]*:|\bfor\s+[\p{L}_][\p{L}\p{N}_,\s]*\s+in\s/u

/** Whether the text after a comment's arrow is code (see above). */
export function isCodeAfterArrow(text: string): boolean {
  return codeShape.test(text)
}
