/**
 * A documented line of output with the author's note after it, written as a
 * comment the output itself does not print (`True  #（'a' < 'b'）`,
 * `Hello   #（索引0到4）`, `[2, 3, 4]  # 注意：收集为列表`, `3 // the sum`):
 * the note is set off from the value by white space and starts with the
 * comment sign of Python or of JavaScript, or is a Chinese note glued to
 * the value (`你好，世界！#输出`).
 */
const note = /(?:\s+(?:#|\/\/)(?![#/])|\s*#(?=\s*[\p{Script=Han}（(])).*$/u

/**
 * Whether a documented line matches a real line once the note after it is
 * left out: the real line must be exactly the text before the note (its
 * trailing white space aside), and must not carry a comment sign of its own,
 * so a line the code really prints with `#` in it is still compared whole.
 */
export function matchesWithoutNote(want: string, got: string): boolean {
  const match = note.exec(want)
  if (!match || match.index === 0) return false
  const value = want.slice(0, match.index).trimEnd()
  if (value.trim() === '') return false
  const real = got.trimEnd()
  return real === value && !/\s(?:#|\/\/)/u.test(real)
}
