import { parseConsoleValue } from '../values/console-values.js'
import { sameValueDisplay } from '../values/value-display.js'

/**
 * Whether a value comment on a bare expression that also prints (a
 * generator's `g.next('aaa')` whose body logs `a aaa`) documents the value
 * the REPL shows after those prints: `// { value: 200, done: false }`, or
 * its properties written without the braces, `// value: 200, done: false`.
 * The prints are the lines the call's own code documents elsewhere, so the
 * comment is compared with the value alone, as Node's REPL shows it last; a
 * call that prints nothing shows its value alone.
 */
export function documentsValueAfterPrints(
  comment: string,
  shown: string,
  printed: string | undefined,
): boolean {
  const value = (
    printed?.trim() && shown.startsWith(printed) ? shown.slice(printed.length) : shown
  ).trim()
  if (!value) return false
  return sameValueDisplay(comment, value) || sameValueDisplay(braced(comment), value)
}

/**
 * A comment of `key: value` pairs written without their braces, as the
 * object they stand for (`value: 1, done: false` → `{value: 1, done: false}`);
 * other comments as written.
 */
export function braced(comment: string): string {
  const text = comment.trim()
  if (!/^[\p{L}_$][\p{L}\p{N}_$]*\s*:\s*\S/u.test(text)) return text
  const object = `{${text}}`
  return parseConsoleValue(object) ? object : text
}
