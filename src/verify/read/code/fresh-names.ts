import escapeStringRegexp from 'escape-string-regexp'
import { saysFailsInWords } from '../error-claims/worded-errors.js'

/**
 * Whether a sample's own text says a name does not exist where it runs:
 * the error a reference to it raises, `ReferenceError: a is not defined`
 * (`Uncaught ReferenceError: ...`), or Python's `NameError: name 'a' is
 * not defined`, in a comment or an output the sample shows. Such a sample
 * is a program of its own: the name an earlier sample defines is not the
 * one it means (a post on block scope that declared `a` in an earlier
 * fence), so it does not take the name from there.
 */
export function saysUndefined(code: string, name: string): boolean {
  const quoted = escapeStringRegexp(name)
  if (saysNotVisible(code, quoted)) return true
  if (!code.includes('not defined')) return false
  return new RegExp(
    `(?:ReferenceError:\\s*${quoted}|NameError:\\s*name\\s*'${quoted}')\\s+is not defined`,
    'u',
  ).test(code)
}

/**
 * Whether a line using the name (`quoted`, escaped) says in words, in its
 * comment, that it fails because of that name: `console.log(num2); // Error!
 * num2 is not visible here` (worded-errors.ts), or that it raises the error a
 * missing name raises: `console.log(myVar); // 抛出错误 ReferenceError`.
 */
function saysNotVisible(code: string, quoted: string): boolean {
  const named = new RegExp(`(?<![\\w$])${quoted}(?![\\w$])`, 'u')
  return code.split('\n').some((line) => {
    const comment = /(?:\/\/|#)\s*(.*)$/u.exec(line)
    const used = comment ? line.slice(0, comment.index) : ''
    return (
      comment !== null &&
      named.test(used) &&
      ((named.test(comment[1] ?? '') && saysFailsInWords(comment[1])) ||
        // (A message naming the missing name is read above, and may name another one.)
        (/\b(?:ReferenceError|NameError)\b/u.test(comment[1] ?? '') &&
          !(comment[1] ?? '').includes('is not defined')))
    )
  })
}
