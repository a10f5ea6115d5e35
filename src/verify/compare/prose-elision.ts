/**
 * A line of documented output that stands, in words, for output left out:
 * `...many other things we don't need to care about...`, `…其余省略…`.
 * It is read as doctest reads `...` under ELLIPSIS: any lines, or none.
 */
const proseElision =
  /^\s*(?:\.{3}|…)\s*(?:\p{L}[\p{L}'’-]*(?:[\s,，]+[\p{L}\p{N}][\p{L}\p{N}'’-]*)+|\p{Script=Han}{2,}[\p{L}\s，,]*)\s*(?:\.{3}|…)?\s*$/u

/** Whether a documented line is output elided in words (see `proseElision`). */
export function isProseElision(line: string): boolean {
  return proseElision.test(line)
}

/**
 * The same test in Python, for the doctest driver: the want of an example
 * with such a line is matched with the line as `...`.
 */
export const proseElisionPython = String.raw`PROSE_ELISION = re.compile(r"^\s*(?:\.{3}|…)\s*(?:[^\W\d_][\w'’-]*(?:[\s,，]+[^\W_][\w'’-]*)+|[\u4e00-\u9fff]{2,}[^\n.…]*)\s*(?:\.{3}|…)?\s*$")`
