import { topLevelStatements } from '../code/statements.js'
import { isDoctestSession } from './python-sessions.js'

/** A `>>>` prompt and what follows it on the line. */
const pythonPrompt = /^(\s*)>>>(?: (.*)|\s*$)/
/**
 * A line opening a Python block (`for x in y:`) or a statement only Python has (`print i`,
 * `import os`); a shell's `if`, `for` and `while` end in no colon (`if echo Hi; then echo Jeff; fi`).
 */
const pythonStatement =
  /:\s*(?:#.*)?$|^(?:print|exec|import|from|def|class|return|raise|del|assert|lambda|yield|global|nonlocal|async|await)\b/
/** What Python shows for an input it refuses or that raised. */
const refusal = /SyntaxError|IndentationError|Traceback|^\s*\^+\s*$/

/**
 * A shell session written at `>>> ` prompts, as a shell notebook whose
 * author set `PS1='>>> '` fences it under a shell label (```` ```bash ````
 * / `>>> echo Hello` / `Hello`, `> ` going on with a command): the session
 * for the transcript reader, its prompts read by `pythonPromptCommand`; a
 * `>>>` glued to the end of a line is the next prompt after output with no
 * final newline (`echo -n Hello` shows `Hello>>>`), and becomes ` $`. It is the shell's when the label
 * says so and some input is no Python (`echo Hello`, `declare -p var1`,
 * `var6=$((1 + 1))`) while the lines under it show no refusal of Python's
 * (`SyntaxError`, a traceback), and it is no line of Python's that another
 * version or the next lines make whole (`print i, v`, `for i, v in
 * enumerate(a):`): a Python session under a shell label shows Python
 * refusing the line it types wrong. So it is when an input goes on
 * at the shell's `> ` prompt (`>>> cat << END` / `> one`), Python's being
 * `... `. `undefined` for any other fence.
 */
export function shellSessionAtPythonPrompts(code: string): string | undefined {
  if (!isDoctestSession(code)) return undefined
  const lines = code.split('\n')
  const shellInput = lines.some((line, index) => {
    const input = pythonPrompt.exec(line)?.[2]
    if (input === undefined || input.trim() === '') return false
    // A command going on at the shell's `> ` prompt (`>>> cat << END` / `> one`): Python's is `... `.
    if (/^\s*>(?: |$)/.test(lines[index + 1] ?? '')) return true
    if (topLevelStatements({ id: 'python' }, input) !== undefined) return false
    // A block's first line (`for i, v in enumerate(a):`) or a Python 2 statement (`print i, v`)
    // is Python refusing only what another version or the next lines give it.
    if (pythonStatement.test(input)) return false
    const next = lines.findIndex((later, at) => at > index && pythonPrompt.test(later))
    const shown = lines.slice(index + 1, next === -1 ? undefined : next)
    return !shown.some((output) => refusal.test(output))
  })
  if (!shellInput) return undefined
  return code.replace(/(\S)>>>\s*$/gm, '$1 $')
}

/**
 * The command typed at a `>>> ` prompt of such a session, `''` for the
 * prompt alone; `undefined` for any other line, even one starting with `$`
 * (`$var`, the output of a quoted here-document).
 */
export function pythonPromptCommand(line: string): string | undefined {
  const match = pythonPrompt.exec(line)
  return match ? (match[2] ?? '') : undefined
}
