/**
 * An arrow pointing at a line of code with a note after it, written into the
 * code itself (`nonlocal msg   <-- Now msg refers to the enclosing msg`,
 * `class Developer(Employee):   <---- the derived class`,
 * `var just = "Oh";   ————>这里定义了一个全局变量`): the author's annotation
 * of the line, which does not parse, not code. An arrow of two dashes or
 * more (or a dash line of `—`), so that JavaScript's `i-- > 0` and Python's
 * `def f() -> int:` are not one; then words, or, after a space, the values a
 * call gives (`permutations(range(3)) --> 012 021 102`,
 * `reduce(lambda x, y: x+y, [1,2,3]) --> ((1+2)+3) = 6`), as the itertools
 * documentation writes them.
 */
const arrowNote = /(?:<-{2,}|<[—─]+|-{2,}>|[—─]+>)(?:\s*[\p{L}]|\s+[\p{N}(['"[])/u

/** The arrow annotation on the line (strings and comments removed), or `undefined`. */
export function arrowNoteAt(code: string): string | undefined {
  const found = arrowNote.exec(code)
  if (!found) return undefined
  return code.slice(found.index).trim()
}
