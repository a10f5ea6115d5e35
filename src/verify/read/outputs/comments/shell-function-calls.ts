/**
 * Whether a shell statement calls, as its whole command, a function the
 * sample defines (`test04`, `func_1 arg` under `test04() {` / `function
 * func_1 {`) whose body prints with `echo` or `printf`: a command that
 * prints, as an `echo` does, so a value comment on it (`test04 # 返回状态码True`,
 * `func_1  ## hello world 001`) is what it prints.
 */
export function callsPrintingFunction(statement: string, code: string): boolean {
  const name = /^([A-Za-z_][\w-]*)(?:\s+[^|;&<>]*)?$/.exec(statement.trim())?.[1]
  if (name === undefined) return false
  const escaped = name.replace(/[-]/g, '\\-')
  const definition = new RegExp(
    String.raw`^\s*(?:function\s+${escaped}\s*(?:\(\s*\))?|${escaped}\s*\(\s*\))\s*\{?\s*(?:#.*)?$`,
    'm',
  )
  const start = code.search(definition)
  if (start === -1) return false
  // The body: up to the first line closing a brace at the definition's indentation or less.
  const lines = code.slice(start).split('\n')
  const indent = /^\s*/.exec(lines[0] ?? '')?.[0].length ?? 0
  const end = lines.findIndex(
    (line, index) =>
      index > 0 && /^\s*\}/.test(line) && (/^\s*/.exec(line)?.[0].length ?? 0) <= indent,
  )
  const body = lines.slice(1, end === -1 ? lines.length : end)
  return body.some((line) =>
    /(?:^|[;&|]\s*|\bthen\s+|\belse\s+|\bdo\s+)(?:echo|printf)\b/.test(line.trim()),
  )
}
