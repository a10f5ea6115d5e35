import escapeStringRegexp from 'escape-string-regexp'

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

/**
 * The line (1-based) of the statement under comment line `index` when the
 * comment stands inside a function's body, over that statement, and quotes
 * the error as the console shows it (`// TypeError: Cannot read property 'a'
 * of undefined`), in a function the sample calls at its top level
 * (`demo();`): the author shows what the call raises at that line.
 * `undefined` otherwise (a comment saying what the function does when called
 * with some argument stays no claim).
 */
export function quotedErrorInCalledBody(
  lines: readonly string[],
  index: number,
  comment: string,
): number | undefined {
  if (!consoleErrorLine.test(comment)) return undefined
  let opener: string | undefined
  let indent = indentOf(lines[index] ?? '')
  for (let above = index - 1; above >= 0 && indent > 0 && opener === undefined; above--) {
    const line = lines[above] ?? ''
    if (line.trim() === '' || indentOf(line) >= indent) continue
    if (opensDefinition.test(line)) opener = line
    indent = indentOf(line)
  }
  const name =
    opener && /^\s*(?:async\s+)?(?:def|function\*?)\s+([\p{L}_$][\p{L}\p{N}_$]*)/u.exec(opener)?.[1]
  if (!name) return undefined
  const openerAt = lines.indexOf(opener ?? '')
  const called = new RegExp(`^${escapeStringRegexp(name)}\\s*\\(`, 'u')
  if (!lines.slice(index + 1).some((line) => called.test(line))) return undefined
  for (let below = index + 1; below < lines.length; below++) {
    const line = lines[below] ?? ''
    if (line.trim() === '' || /^\s*(?:\/\/|#)/.test(line)) continue
    return below > openerAt && indentOf(line) >= indentOf(lines[index] ?? '')
      ? below + 1
      : undefined
  }
  return undefined
}

/** An error line as a console prints it: its name, a colon, its message. */
const consoleErrorLine = /^(?:Uncaught\s+)?[A-Z][A-Za-z]*(?:Error|Exception):\s*\S/u

/**
 * Whether line `index` stands in the body of a function the sample defines
 * by name (`function foo() {`, `def foo():`) and never names again in its code
 * (comments aside): nothing
 * calls it, passes it on or exports it, so no line of its body runs. A
 * claim that such a line raises (`var z = y + 1; // ReferenceError!` inside
 * a `foo` the sample only declares) is about calling it, which the sample
 * does not do: nothing here can check it.
 */
export function inUncalledFunction(lines: readonly string[], index: number): boolean {
  let indent = indentOf(lines[index] ?? '')
  let opener: number | undefined
  for (let above = index - 1; above >= 0 && indent > 0; above--) {
    const line = lines[above] ?? ''
    if (line.trim() === '' || indentOf(line) >= indent) continue
    if (opensDefinition.test(line)) opener = above
    indent = indentOf(line)
  }
  if (opener === undefined) return false
  const name = /^\s*(?:async\s+)?(?:def|function\*?)\s+([\p{L}_$][\p{L}\p{N}_$]*)/u.exec(
    lines[opener] ?? '',
  )?.[1]
  if (!name) return false
  const named = new RegExp(
    `(?<![\\p{L}\\p{N}_$])${escapeStringRegexp(name)}(?![\\p{L}\\p{N}_$])`,
    'u',
  )
  // Its name in a comment (`// inner can read outer's x`) calls nothing.
  const code = (line: string) => line.replace(/(?:^|\s)(?:\/\/|#).*$/u, '')
  return !lines.some((line, at) => at !== opener && named.test(code(line)))
}
