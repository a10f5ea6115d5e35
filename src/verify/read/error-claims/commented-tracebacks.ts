/**
 * A Python traceback pasted as comment lines right under the statement that
 * raises it, as a script's reader is shown what running it prints:
 *
 *     print(d['k'])
 *     # Traceback (most recent call last):
 *     #   File "<stdin>", line 1, in <module>
 *     # KeyError: 'k'
 *
 * or as IPython prints it (a rule, then `KeyError   Traceback (most recent
 * call last)`, the frames, the error), marks of a REPL's output (`# <<< `)
 * written before each line or not. The traceback's last `Name: message` line
 * is the error the statement is said to raise, as doctest reads a
 * traceback's last line.
 */

/** A REPL's output mark some authors write before each output comment (`# <<< 42`). */
const replMark = /^<<<\s?/u
/** The line opening a traceback: Python's, or IPython's with the error's name before it. */
const tracebackHead = /^(?:[\w.]+\s+)?Traceback \(most recent call last\):?\s*$/u
/** IPython's rule over its traceback. */
const rule = /^-{20,}\s*$/u
/** The traceback's last line: the error's name, dotted or not, then its message. */
const errorLine =
  /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt|Iteration|Warning)\b)(?::\s*(.*))?$/u

/**
 * The error line (`KeyError: 'k'`) of the traceback whose comment lines
 * begin the texts given (those of the lines from the first comment on,
 * `undefined` where a line is not a comment), with its offset among them;
 * `undefined` when they begin no traceback.
 */
export function commentedTracebackError(
  comments: readonly (string | undefined)[],
): { text: string; offset: number } | undefined {
  const texts: string[] = []
  for (const text of comments) {
    if (text === undefined) break
    texts.push(text.replace(replMark, '').trim())
  }
  const head = rule.test(texts[0] ?? '') ? 1 : 0
  if (!tracebackHead.test(texts[head] ?? '')) return undefined
  let last: { text: string; offset: number } | undefined
  for (const [offset, text] of texts.entries())
    if (offset > head && errorLine.test(text)) last = { text, offset }
  return last
}
