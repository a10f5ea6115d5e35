import type { Statement } from '../../code/statements.js'
import { printCall } from '../documented-output.js'

/**
 * The first of the print calls that end a sample's code one right under the
 * other, no blank line or other statement between (`console.log(ab)` …
 * `console.log(v4)` over a closing block comment): a comment under them shows
 * what they print together, when it has at least a line for each, not only
 * what the last one prints. The last print alone when the run is of one, or
 * the comment has fewer lines than the run has prints.
 */
export function firstOfPrintRun(
  statements: readonly Statement[],
  shownLines: number,
): Statement | undefined {
  const last = statements.at(-1)
  if (!last || !printCall.test(last.text.trim())) return undefined
  let first = last
  for (let index = statements.length - 2; index >= 0; index--) {
    const statement = statements[index]
    if (!statement || !printCall.test(statement.text.trim())) break
    // Right above the one after it: no blank line, comment or code between.
    if (statement.to !== first.from - 1) break
    first = statement
  }
  const prints = statements.filter((s) => s.from >= first.from).length
  return prints <= shownLines ? first : last
}
