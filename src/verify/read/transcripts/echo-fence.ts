import type { Runner } from '../../runners.js'
import { topLevelStatements } from '../code/statements.js'
import type { OutputPart } from '../outputs/documented-output.js'

/** One thing the fence shows, opened by `>>> `: its lines without prompts, and their offsets in the fence. */
interface Echo {
  lines: string[]
  offsets: number[]
}

/**
 * The things a fence of REPL echoes shows: one whose first line that is not
 * blank is opened by `>>> ` and whose other lines are opened by `>>> ` or
 * `... `, or are indented (a value wrapped over lines). `undefined` for a
 * fence with a line that is neither, which is a session: code at prompts,
 * and output under them.
 */
export function echoesOf(value: string): Echo[] | undefined {
  const echoes: Echo[] = []
  const lines = value.split('\n')
  for (const [offset, line] of lines.entries()) {
    if (line.trim() === '') continue
    const prompt = /^(>>>|\.\.\.)(?: |$)(.*)$/.exec(line)
    const current = echoes.at(-1)
    if (prompt?.[1] === '>>>') echoes.push({ lines: [prompt[2] ?? ''], offsets: [offset] })
    else if (current && (prompt || /^\s/.test(line))) {
      current.lines.push(prompt ? (prompt[2] ?? '') : line)
      current.offsets.push(offset)
    } else return undefined
  }
  return echoes.length > 0 ? echoes : undefined
}

/** A print call anywhere in a statement. */
const prints = /(?:^|[^\w.$])print\s*\(/

/**
 * How a fence of echoes (`>>> ('src', 'stuff')`) under a Python sample
 * documents it: the values of its bare expressions, as a REPL prints them,
 * when the code prints nothing and shows one echo per bare expression (or
 * one for the last); else what the code prints, each line with its prompt
 * removed (`>>> Float 12.0 has been processed`).
 */
export function echoParts(
  code: string,
  echoes: readonly Echo[],
  fenceLine: number,
  runner: Runner,
): { lines: string[]; lineNumbers: number[]; parts?: OutputPart[] } {
  const lines = echoes.flatMap((echo) => echo.lines)
  const lineNumbers = echoes.flatMap((echo) => echo.offsets.map((at) => fenceLine + 1 + at))
  const statements = topLevelStatements(runner, code) ?? []
  if (statements.some((statement) => prints.test(statement.text))) return { lines, lineNumbers }
  const expressions = statements.filter((statement) => statement.expression)
  const last = statements.at(-1)
  const shown =
    expressions.length === echoes.length
      ? expressions
      : echoes.length === 1 && last?.expression
        ? [last]
        : undefined
  if (!shown) return { lines, lineNumbers }
  const parts = shown.map((statement, at) => {
    const echo = echoes[at] as Echo
    return {
      from: statement.from,
      to: statement.to,
      value: true,
      lines: echo.lines,
      lineNumbers: echo.offsets.map((offset) => fenceLine + 1 + offset),
    }
  })
  return { lines, lineNumbers, parts }
}
