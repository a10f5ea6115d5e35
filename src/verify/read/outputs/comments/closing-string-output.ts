import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'
import { outputMarker, printCall } from '../documented-output.js'
import { dropOutputMarker } from './block-comment-output.js'

/** A statement that is only a triple-quoted string, its quotes on lines of their own. */
const closingString = /^("""|''')[ \t]*\n([\s\S]*?)\n[ \t]*\1$/

/** `Result:` alone on the string's first line, as its heading. */
const resultMarker = /^results?\s*[:：]$/iu

/** `if __name__ == '__main__':`, the guard of a script's main code. */
const mainGuard = /^if\s+__name__\s*==\s*(['"])__main__\1\s*:/

/**
 * The output of a Python script written in the triple-quoted string that
 * ends it, as notes write what the run printed under the code (Python's
 * counterpart of a closing block comment, block-comment-output.ts):
 *
 *     if __name__ == "__main__":
 *         print("结果: ", Solution().isPalindrome(121))
 *     """
 *     结果:  True
 *     """
 *
 * The string, its quotes alone on their lines and an `Output:` marker on its
 * first line taken off, is what the statement right above it printed: a
 * print call, or the script's `if __name__ == "__main__":` block whose last
 * line is one (all that block printed, the functions it calls included).
 * A string after other code (a closing remark, a docstring of notes), or set
 * apart from the print by a blank line, is not read, unless its first line is
 * an output marker (`Result:`, `输出：`): then it is all the script printed.
 */
export function closingStringOutput(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  if (runner.id !== 'python') return undefined
  const statements = topLevelStatements(runner, code)
  const string = statements?.at(-1)
  const last = statements?.at(-2)
  if (!string || !last) return undefined
  const found = closingString.exec(string.text.trim())
  if (!found) return undefined
  const body = (found[2] ?? '').split('\n').map((line) => line.trimEnd())
  // Opened by an output marker (`Result:`), it is all the script printed, wherever it stands.
  const first = body[0]?.trim() ?? ''
  const marked =
    (outputMarker.test(first) || resultMarker.test(first)) && /\bprint\s*\(/u.test(code)
  const text = last.text.trim()
  const lastLine = text.split('\n').at(-1)?.trim() ?? ''
  const printsLast = printCall.test(text) || (mainGuard.test(text) && printCall.test(lastLine))
  if (!marked && !printsLast) return undefined
  // Right under it: a string set apart by a blank line is a note of its own (the runs of two files, each named).
  if (!marked && string.from !== last.to + 1) return undefined
  // The string's first line is the one after its opening quotes.
  const numbers = body.map((_, index) => fenceLine + string.from + index + 1)
  dropOutputMarker(body, numbers)
  if (resultMarker.test(body[0]?.trim() ?? '')) {
    body.shift()
    numbers.shift()
  }
  while (body.at(-1)?.trim() === '') {
    body.pop()
    numbers.pop()
  }
  if (body.length === 0 || body.every((line) => line.trim() === '')) return undefined
  return {
    kind: 'statements',
    lines: body,
    lineNumbers: numbers,
    parts: [
      {
        from: marked ? (statements?.[0]?.from ?? last.from) : last.from,
        to: last.to,
        value: false,
        inBlockComment: true,
        lines: body,
        lineNumbers: numbers,
      },
    ],
    reason: `output of the code at line ${fenceLine + last.from} in the string closing the sample at line ${fenceLine + string.from}`,
  }
}
