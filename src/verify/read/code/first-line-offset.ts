import type { Runner } from '../../runners.js'

/**
 * Python code whose first line stands one or two columns left of all the
 * lines under it, as a fence in a list item comes out when its opening line
 * is typed at the item's indentation and the rest a column deeper
 * (`2. 格式化` / `   print(a)` / `    print(b)`): Python would refuse the second
 * line as an unexpected indent, which no reader reads it for, so the lines
 * under the first are moved left to it. Only when the first line opens no
 * block (`:`), bracket, triple-quoted string or continuation, since then the
 * deeper lines can only be the layout's; lines keep their numbers. Only for
 * a fence in a list item: elsewhere the indented line is a mistake a post
 * may show on purpose (`IndentationError: unexpected indent`).
 */
export function withFirstLineAligned(code: string, runner: Runner): string {
  if (runner.id !== 'python') return code
  const lines = code.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  if (first < 0) return code
  const head = lines[first] ?? ''
  const rest = lines.slice(first + 1).filter((line) => line.trim() !== '')
  if (rest.length === 0) return code
  const extra = Math.min(...rest.map(indentOf)) - indentOf(head)
  if (extra < 1 || extra > 2) return code
  if (opensMore(head)) return code
  return lines
    .map((line, at) => (at > first && line.trim() !== '' ? line.slice(extra) : line))
    .join('\n')
}

function indentOf(line: string): number {
  return /^[ \t]*/u.exec(line)?.[0].length ?? 0
}

/** Whether a line goes on below: a block's `:`, an open bracket or triple quote, a `\` or `,` at its end. */
function opensMore(line: string): boolean {
  if ((line.match(/"""|'''/gu)?.length ?? 0) % 2 === 1) return true
  const code = line
    .replace(/(['"])(?:\\.|(?!\1).)*\1/gu, '""')
    .replace(/#.*$/u, '')
    .trimEnd()
  if (/[:\\,]$/u.test(code)) return true
  const open = code.match(/[[({]/gu)?.length ?? 0
  const close = code.match(/[\])}]/gu)?.length ?? 0
  return open > close
}
