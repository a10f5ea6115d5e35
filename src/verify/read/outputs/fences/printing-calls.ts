import escapeStringRegexp from 'escape-string-regexp'

/** A call at the start of a line: the name called, `person('Bob', 35)` → `person`. */
const lineCall = /^[ \t]*([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/gmu

/** A call that writes output: `print(`, `console.log(`. */
const writes = /(?<![\w$.])(?:print|console\.\w+)\s*\(/u

/**
 * Whether the sample's code calls, on a line of its own, a function that a
 * sample above it on the page defines and whose body prints
 * (`def person(name, age, **kw):` / `print('name:', name, ...)`, then
 * `person('Bob', 35, city='Beijing')`): the output fence after it is what
 * those calls print, not the value of its last call as a REPL shows it.
 */
export function callsPrintingFunction(code: string, earlier: readonly string[]): boolean {
  const names = new Set([...code.matchAll(lineCall)].map((match) => match[1] ?? ''))
  if (names.size === 0) return false
  return earlier.some((source) =>
    [...names].some((name) => {
      const body = definedBody(source, name)
      return body !== undefined && writes.test(body)
    }),
  )
}

/** The body of a Python `def name(` or a JavaScript `function name(` in `source`: the lines under it indented past it. */
function definedBody(source: string, name: string): string | undefined {
  const lines = source.split('\n')
  const header = new RegExp(
    `^([ \\t]*)(?:async\\s+)?(?:def|function)\\s+${escapeStringRegexp(name)}\\s*\\(`,
    'u',
  )
  for (const [index, line] of lines.entries()) {
    const match = header.exec(line)
    if (!match) continue
    const indent = match[1]?.length ?? 0
    const body: string[] = [line.slice(line.indexOf('(')).replace(/^[^)]*\)/u, '')]
    for (const next of lines.slice(index + 1)) {
      if (next.trim() && (/^\s*/.exec(next)?.[0].length ?? 0) <= indent && !/^\s*\}/.test(next))
        break
      body.push(next)
    }
    return body.join('\n')
  }
  return undefined
}
