import type { Parent } from 'mdast'
import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import { namesError } from '../../error-claims/chosen-option.js'
import type { DocumentedOutput } from '../documented-output.js'
import { asksForOutput, questionOver } from './checked-answer.js'
import { writesOutput } from './last-value.js'
import { chosenOption } from './lettered-options.js'

/** Words between an option's values: `\`20\` and \`NaN\``, `\`1\`, \`2\``, `\`true\` 和 \`false\``. */
const separator = /^[\s,，、;；]*(?:(?:and|then|和|与|以及|然后)[\s,，、;；]*)?$/iu
/** Properties defined apart, not enumerable unless said: a browser's console shows them, Node's does not. */
const hiddenProperties = /\b(?:Object|Reflect)\.definePropert(?:y|ies)\s*\(/u
/** A call that prints, standing as a statement: `console.log(x)`, `print(x)`. */
const printStatement = /^(?:print|console\.(?:log|info|warn|error|dir))\s*\(/u

/**
 * The output a quiz's answer documents by choosing one of the lettered
 * options listed right after the sample (`- B: \`20\` and \`NaN\`` chosen by
 * `#### 答案: B` in the folded `<details>` after them), under a question asking
 * what the code prints (`输出是什么？`, `What's the output?`): the chosen
 * option's values, each a code span, the words between them only `and` or
 * commas. A sample that prints, and ends with a print or a statement that is no
 * expression, shows them as the lines it printed (compared value by value,
 * quotes and line breaks aside, as a browser console's notation differs from
 * Node's and Python's: see `chosenOption` in compare-output.ts); one that prints nothing and ends
 * with an expression shows its value, when the option gives one, or the value of each of its
 * expressions, when the option gives as many (`shape.diameter()` / `shape.perimeter()`). `undefined`
 * for an option in words (`正常运行!`), one naming an error (read by
 * error-claims/chosen-option.ts), or a sample whose last expression's value
 * a console would show besides what it prints.
 */
export function chosenAnswer(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const chosen = chosenOption(parent, index)
  if (!chosen || namesError(chosen.text)) return undefined
  const question = questionOver(parent, index)
  if (question === undefined || !asksForOutput.test(question)) return undefined
  const values = chosen.pieces.filter((piece) => piece.code).map((piece) => piece.text)
  const words = chosen.pieces.filter((piece) => !piece.code)
  if (values.length === 0 || words.some((piece) => !separator.test(piece.text))) return undefined
  // A browser's console shows the properties `Object.defineProperty` hides from Node's display.
  if (runner.id === 'javascript' && hiddenProperties.test(code)) return undefined
  const last = topLevelStatements(runner, code)?.at(-1)
  if (!last) return undefined
  const reason = `option ${chosen.letter} at line ${chosen.line}, chosen by the answer at line ${chosen.answerLine}`
  if (writesOutput(code, runner)) {
    // A console shows the value of a last expression too (`sayHi.bind(person)`): not only prints.
    if (last.expression && !printStatement.test(last.text.trim())) return undefined
    return {
      kind: 'block',
      lines: [values.join(' ')],
      lineNumbers: [chosen.line],
      chosenOption: true,
      reason: `${reason}: the values it printed`,
    }
  }
  // One value for the expression ending the sample; several, one for each of its expressions.
  const statements = topLevelStatements(runner, code) ?? []
  const shown =
    values.length === 1 ? [last] : statements.filter((statement) => statement.expression)
  if (!last.expression || shown.length !== values.length) return undefined
  return {
    kind: 'statements',
    lines: values,
    lineNumbers: values.map(() => chosen.line),
    chosenOption: true,
    parts: shown.map((statement, at) => ({
      from: statement.from,
      to: statement.to,
      value: true,
      lines: [values[at] ?? ''],
      lineNumbers: [chosen.line],
    })),
    reason: `${reason}: the value of ${values.length === 1 ? 'the expression ending the sample' : 'each of its expressions'}, as a console shows it`,
  }
}
