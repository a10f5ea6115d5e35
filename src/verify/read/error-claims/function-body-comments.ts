/** A line that opens a function or class body: `def f(...):`, `function f() {`, `class A:`, a method. */
const opensDefinition =
  /^\s*(?:async\s+)?(?:def|class|function\*?)\b|^\s*(?:static\s+|async\s+|get\s+|set\s+)*[\p{L}_$][\p{L}\p{N}_$]*\s*\([^)]*\)\s*\{\s*$|=>\s*\{\s*$/u

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/**
 * Whether line `index` of a sample stands inside the body of a function or
 * class it defines: some line above it, less indented than it, opens a
 * definition, with nothing in between back at that definition's level. A
 * comment there (`# Raise an exception if we're frozen, but none of our
 * bases are.` over the `if` and `raise` of a method) says what the function
 * does when it is called, as a comment over a `def` does: no claim that
 * running the sample raises.
 */
export function insideDefinition(lines: readonly string[], index: number): boolean {
  let indent = indentOf(lines[index] ?? '')
  for (let above = index - 1; above >= 0 && indent > 0; above--) {
    const line = lines[above] ?? ''
    if (line.trim() === '' || indentOf(line) >= indent) continue
    if (opensDefinition.test(line)) return true
    indent = indentOf(line)
  }
  return false
}
