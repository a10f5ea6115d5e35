import type { Runner } from '../runners.js'
import { topLevelStatements } from './code/statements.js'

/** An input typed after a console's prompt: `$ expr` or `> expr`. */
const prompt = /^(?:\$|>) (.*)$/
/**
 * A result line, marked as consoles and REPLs mark what an input evaluated to: `=> 3`, `<- 3`,
 * `← 3`, `<· 3`, and Chrome's `< 3` as a post copies it (a value after the mark).
 */
const result = /^(?:(?:=>|<-|<·|←)(?: (.*)|)|< (\S.*))$/
/** A line that is a comment of the author's. */
const comment = /^\s*\/\//
/** An input whose value the console shows as `undefined`: a declaration or a statement that is no expression. */
const statementInput =
  /^(?:const|let|var|class|function|async\s+function|for|while|do|if|switch|try)\b/

/**
 * A JavaScript fence written as a console transcript that is not Node's own
 * (which `nodeReplReading` reads): inputs after a `$ ` or `> ` prompt, each
 * followed by the value it evaluated to after a result mark (`$ wes` then
 * `=> Symbol(Wes)`, an old web console's and irb's form), or code typed
 * before the first prompt and prompt lines after it (`let map = new Map();`
 * then `> map.get('name'); // david`). Read as the console reads it, on the
 * same lines: prompts taken off, an input going on over the lines under it
 * until it parses, and each result made a comment line under its input (a
 * value shown over several lines joined on its first), which the value
 * comments' reading then compares with the input's value
 * (`$ wes === person` / `=> false` → `wes === person` / `// => false`); the
 * `undefined` a console shows after a declaration or a loop is no value of
 * the post's and is left blank. Only code that does not run as written (a
 * prompt does not parse) and that parses once read so is read; anything
 * else is returned as written.
 */
export function consolePromptReading(code: string, runner: Runner): string {
  if (runner.id !== 'javascript' || topLevelStatements(runner, code)) return code
  const lines = code.split('\n')
  const read: string[] = []
  let input: string[] | undefined
  let inResult = false
  /** Index in `read` of the line holding the result being shown. */
  let shownAt = -1
  let prompts = 0
  let results = 0
  let codeBefore = false
  for (const line of lines) {
    const typed = prompt.exec(line)
    const shown = result.exec(line)
    if (typed) {
      prompts++
      input = [typed[1] ?? '']
      inResult = false
      read.push(typed[1] ?? '')
    } else if (line.trim() === '' || comment.test(line)) {
      inResult = false
      if (line.trim() === '') input = undefined
      read.push(line)
    } else if (input && shown) {
      results++
      inResult = true
      const value = shown[1] ?? shown[2] ?? ''
      const blank = value.trim() === 'undefined' && statementInput.test((input[0] ?? '').trim())
      shownAt = read.length
      read.push(blank ? '' : `// => ${value}`)
    } else if (input && inResult) {
      // A value shown over several lines goes on until the next prompt: one value, on its first line.
      if (read[shownAt]) read[shownAt] = `${read[shownAt]} ${line.trim()}`
      read.push('')
    } else if (input && !topLevelStatements(runner, input.join('\n'))) {
      input.push(line)
      read.push(line)
    } else if (input) {
      // Output under an input that is complete, without a result mark.
      inResult = true
      shownAt = read.length
      read.push(`// ${line}`)
    } else {
      if (prompts > 0) return code
      codeBefore = true
      read.push(line)
    }
  }
  if (prompts === 0 || (results === 0 && !codeBefore)) return code
  const reading = read.join('\n')
  return topLevelStatements(runner, reading) ? reading : code
}
