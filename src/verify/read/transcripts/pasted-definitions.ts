import { topLevelStatements } from '../code/statements.js'

const prompt = /^\s*>>>(?: |$)/
/** A string literal standing alone as a statement: `'''function decorator'''`, `"setup"`. */
const loneString =
  /^\s*(?:"""(?:(?!""")[\s\S])*"""|'''(?:(?!''')[\s\S])*'''|"[^"\n]*"|'[^'\n]*')\s*$/

/**
 * A fence that pastes definitions without prompts, then tries them at
 * `>>>` prompts, as a reader pastes a class into the interpreter and types
 * the calls under it:
 *
 *     class Point:
 *         ...
 *
 *     >>> Point(1, 2).x
 *     1
 *
 * The lines before the first prompt are setup when they parse as Python
 * and hold no expression standing alone (whose value a REPL would show and
 * the post does not): definitions, imports, assignments; a string literal
 * standing alone among them (`'''function decorator'''` over the code) is
 * the author's comment, as a module's docstring is, and is left out. They become the
 * session's first examples, each statement typed at a prompt with its
 * other lines after `... `, line for line, so doctest runs them first and
 * the session's line numbers stay those of the post. `undefined` for any
 * other fence.
 */
export function pastedDefinitionsSession(code: string): string | undefined {
  const lines = code.split('\n')
  const first = lines.findIndex((line) => prompt.test(line))
  if (first <= 0) return undefined
  const leading = lines.slice(0, first)
  const statements = topLevelStatements({ id: 'python' }, leading.join('\n'))
  if (!statements || statements.length === 0) return undefined
  const text = (from: number, to: number) => leading.slice(from - 1, to).join('\n')
  const comment = (from: number, to: number) => loneString.test(text(from, to))
  if (statements.some(({ expression, from, to }) => expression && !comment(from, to)))
    return undefined
  const typed = leading.map(() => '')
  for (const { from, to } of statements) {
    if (comment(from, to)) continue
    for (let line = from; line <= to; line++) {
      const text = leading[line - 1] ?? ''
      typed[line - 1] = line === from ? `>>> ${text}` : text.trim() === '' ? '...' : `... ${text}`
    }
  }
  return [...typed, ...lines.slice(first)].join('\n')
}
