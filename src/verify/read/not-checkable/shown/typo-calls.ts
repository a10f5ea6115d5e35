/**
 * Whether a line calls a name written in ASCII with a string an ASCII quote
 * opens (`print(msg,"耗时%0.2f”%（t_stop-t_start))`): code, whose typo (a
 * full-width quote or bracket) is a real syntax error, however much Han text
 * and full-width punctuation its string holds; not a line of prose.
 */
export function callsWithString(line: string): boolean {
  return /^[A-Za-z_][\w.]*\((?:[^()"'，]*,\s*)?["']/u.test(line)
}
