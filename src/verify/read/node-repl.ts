import type { Runner } from '../runners.js'
import { topLevelStatements } from './code/statements.js'

/** A line typed at Node's prompt, `> expr`, or one going on with it, `... more`. */
const prompt = /^> ?(.*)$/
const continuation = /^\.\.\.(?: (.*)|)$/
/** A line that is a comment of the author's, a value comment included (`//=> 3`). */
const comment = /^\s*\/\//
/** A statement whose input the REPL answers with `undefined`, not a value: a declaration. */
const declaration = /^(?:const|let|var|class|function|async\s+function)\b/

/**
 * A JavaScript fence written as a Node REPL transcript, read as the REPL
 * reads it, the way `>>>` sessions are read as doctest reads them: every
 * `> ` line is an input (`... ` lines go on with it), and the lines under
 * it up to the next prompt are what the REPL printed, its value shown by
 * `util.inspect`. It is written as the code it runs, on the same lines: the
 * prompts taken off, and each line the REPL printed made a comment line
 * under its input, which the value comments' reading then compares with
 * the value (`> [1, 2].length` / `2` → `[1, 2].length` / `// 2`). The
 * `undefined` the REPL prints after a declaration, or as the value of a
 * call after the lines it logged, is no value of the post's and is left blank. The author's own comments (`//=> 3`) stay.
 * Code that is no transcript (no line opens with `> `, or a line of code
 * stands before the first prompt) is returned as written.
 */
export function nodeReplReading(code: string, runner: Runner): string {
  if (runner.id !== 'javascript') return code
  const lines = code.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '' && !comment.test(line))
  if (first === -1 || !prompt.test(lines[first] ?? '')) return code
  const read: string[] = []
  let input: string[] = []
  let inInput = false
  // Lines the REPL printed for the current input before its value.
  let printed = 0
  for (const [index, line] of lines.entries()) {
    const typed = prompt.exec(line)
    const more = inInput ? continuation.exec(line) : null
    if (typed) {
      input = [typed[1] ?? '']
      inInput = true
      printed = 0
      read.push(typed[1] ?? '')
    } else if (more) {
      input.push(more[1] ?? '')
      read.push(more[1] ?? '')
    } else if (line.trim() === '' || comment.test(line)) {
      inInput = false
      read.push(line)
    } else {
      // What the REPL printed for the input above. Its `undefined` after a declaration, or after
      // lines a call logged (`> console.count()` / `default: 1` / `undefined`), is no value of the post's.
      const declared = inInput && declaration.test((input[0] ?? '').trim())
      const afterLogged = printed > 0 && endsOutput(lines[index + 1])
      const echoed = line.trim() === 'undefined' && (declared || afterLogged)
      read.push(echoed ? '' : `// ${line}`)
      if (!echoed) printed++
      inInput = false
    }
  }
  const result = read.join('\n')
  return topLevelStatements(runner, result) ? result : code
}

/** Whether the line after an output line ends the input's output: a prompt, a blank line, or none. */
function endsOutput(next: string | undefined): boolean {
  return next === undefined || next.trim() === '' || prompt.test(next)
}
