import { ipythonCommandForDoctest } from './ipython-commands.js'
import { ipythonTracebacksForDoctest } from './ipython-tracebacks.js'
import { pastedDefinitionsSession } from './pasted-definitions.js'
import { versionLabelledForDoctest } from './version-labelled-results.js'

/** The lines of a session that are not comments or blank. */
function firstCodeLine(code: string): string | undefined {
  return code.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
}

/** What may stand before a session's first prompt: the command that started Python, and its banner. */
const sessionPreamble =
  /^\s*(?:#.*|(?:[\w.-]+@[\w.-]+(?::[^$#\n]*)?)?(?:\$|❯|>|C:\\[^>]*>)\s*(?:python|py|python3|ipython)(?:\d[\d.]*)?(?:\s.*)?|Python \d.*|\[(?:GCC|Clang|MSC).*|Type "help".*|)$/

/** A prompt that lost one of its `>`, then code. */
const lostPrompt = /^\s*>> \S/

/**
 * A `>>>` prompt, with its space, alone, or written without its space
 * before code (`>>>sys.path.append(x)`, as some notes write it): no line of
 * Python, JavaScript or a shell starts with `>>>` then a name or a bracket.
 */
const promptLine = /^\s*>>>(?: |$|(?=[\p{L}_([{'"]))/u

/**
 * Whether a sample is a `>>>` session: its first line that is no comment
 * is a prompt, or only the command that started Python (`$ python3`) and
 * its banner come before the first prompt, as in a terminal, or a line
 * whose prompt lost a `>` (`>> import heapq`) right above it: the lines
 * below are still a session, and that line, no prompt, is not run.
 */
export function isDoctestSession(code: string): boolean {
  if (promptLine.test(firstCodeLine(code) ?? '')) return true
  const lines = code.split('\n')
  const first = lines.findIndex((line) => promptLine.test(line))
  return (
    first > 0 &&
    lines
      .slice(0, first)
      .every(
        (line, at) => sessionPreamble.test(line) || (at === first - 1 && lostPrompt.test(line)),
      )
  )
}

// IPython writes `In [1]:`; posts also write it without the space (`In[1]:`).
const ipythonInput = /^(\s*)In ?\[\d*\]: ?/
const ipythonContinuation = /^(\s*)\.{3,}: ?/
const ipythonOutput = /^(\s*)Out ?\[\d*\]: ?/

/** Whether a Python sample is an IPython session (`In [1]: x = 1`, `In[1]: x = 1`). */
export function isIpythonSession(code: string): boolean {
  return ipythonInput.test(firstCodeLine(code) ?? '')
}

/**
 * Rewrite an IPython session as the `>>>` session doctest reads, line for
 * line: `In [1]:` becomes `>>> `, `...:` becomes `... ` at the indent of
 * the `In [1]:` it continues (IPython right-aligns it under that prompt's
 * colon; the spaces are the prompt's, not the code's), `Out[1]: ` is dropped
 * before the value it shows, and the blank line IPython prints after each
 * cell is kept, which ends an expected output as doctest wants. An `Out[1]:`
 * alone on its line (the value below it, broken over lines as IPython's
 * pretty printer does for a long one) becomes an empty `...` line of the
 * input above it, so the value follows the input directly and the lines keep
 * their numbers, and is compared with line breaks and spaces counted as one
 * (doctest's NORMALIZE_WHITESPACE).
 */
export function ipythonToDoctest(code: string): string {
  let indent = ''
  const lines = ipythonTracebacksForDoctest(code)
    .split('\n')
    .map((line) => {
      const input = ipythonInput.exec(line)
      if (input) {
        indent = input[1] ?? ''
        // IPython's own commands (`format?`, `%timeit`) are skipped (ipython-commands.ts).
        const text = line.slice(input[0].length)
        return `${indent}>>> ${ipythonCommandForDoctest(text)}`
      }
      if (ipythonContinuation.test(line)) return line.replace(ipythonContinuation, `${indent}... `)
      if (ipythonOutputAlone.test(line)) return `${indent}...`
      return line.replace(ipythonOutput, '$1')
    })
  const written = code.split('\n')
  for (let index = 1; index < lines.length; index++) {
    const input = lines[index - 1] ?? ''
    if (
      ipythonOutputAlone.test(written[index] ?? '') &&
      /^\s*>>> /.test(input) &&
      !input.includes('# doctest:')
    ) {
      lines[index - 1] = `${input}  # doctest: +NORMALIZE_WHITESPACE`
    }
  }
  return lines.join('\n')
}

/** `Out[8]:` with nothing after it: IPython prints a long value on the lines below. */
const ipythonOutputAlone = /^\s*Out ?\[\d*\]:\s*$/

/**
 * A `>>>` session as doctest reads it, line for line, written as a reader
 * pastes one: `quit()` dropped, a block's body pasted without `... `
 * prompts (`>>> def f():` then indented lines, by spaces or by a tab as
 * IDLE's shell shows them) given them, the blank lines between a block's
 * body and its output made the empty `...` line that ran it, and a
 * traceback's `File "<stdin>", line 1` line, written flush left, indented
 * as Python prints it, so doctest compares the error line alone; a prompt
 * written without its space (`>>>x`) given it, as doctest refuses it otherwise;
 * a `>>>` written on an indented line of a block's body (`>>> def f():` then
 * `>>>     yield 1`) is the `...` prompt of that line, as Python refuses an
 * indented statement at a new prompt; the definition a decorator typed at a
 * prompt is for (`>>> @decorator` then `def func():` flush left, IDLE showing
 * no prompt there), and any decorators stacked between, are the same input.
 * A `#` comment line right under a statement that shows nothing (`>>> l =
 * [1, 2]` then `# 去重` then `>>> set(l)`) is the author's note on the next
 * prompt, not output: doctest would expect it printed; it reads as a blank line.
 * Definitions pasted above the first prompt are typed at prompts
 * (pasted-definitions.ts), and IPython's tracebacks written as Python's
 * (ipython-tracebacks.ts); a result labelled for Python 2 is skipped and a
 * Python 3 one's label left out (version-labelled-results.ts).
 */
export function sessionForDoctest(written: string): string {
  const code = versionLabelledForDoctest(
    ipythonTracebacksForDoctest(pastedDefinitionsSession(written) ?? written),
  )
  let block: string | undefined
  // The indent of a block whose body was just typed: the Enter that runs it is a blank line.
  let body: string | undefined
  let traceback: string | undefined
  let source = ''
  let shown = false
  // Columns the author indented IDLE's prompt-less body by to align it under the code after `>>> `.
  let aligned = 0
  // The indent of a decorator just typed: the definition under it continues the input.
  let decorated: string | undefined
  const lines = code.split('\n')
  return lines
    .map((written, index) => {
      // A prompt written without its space (`>>>parser.parse_args([])`) is still the prompt.
      const line = written.replace(/^(\s*>>>)(?=[^\s>])/, '$1 ')
      const prompt = /^(\s*)(>>>|\.\.\.)(?: |$)(.*)$/.exec(line)
      if (prompt) {
        const [, indent = '', typed, text = ''] = prompt
        // `>>>` on a line of a block's body (`>>> def f():` / `>>>     yield 1`): Python would refuse
        // the indent at a new prompt, so the author wrote `>>>` for the `...` the REPL shows.
        const inBlock = block !== undefined || body !== undefined
        const mark = typed === '>>>' && inBlock && /^\s+\S/.test(text) ? '...' : typed
        source = mark === '>>>' ? text : `${source}\n${text}`
        traceback = undefined
        shown = false
        body = mark === '...' && text.trim() !== '' ? indent : undefined
        if (mark === '>>>' && /^(?:quit|exit)\(\)\s*$/.test(text)) return indent
        block = /:\s*(?:#.*)?$/.test(text) ? indent : undefined
        aligned = block === undefined ? 0 : alignedUnderPrompt(lines, index, block)
        decorated = decorator.test(text) ? indent : undefined
        return mark === typed ? line : `${indent}... ${text}`
      }
      const definition = decorated === undefined ? undefined : decoratedLine(line, decorated)
      if (decorated !== undefined && definition !== undefined) {
        const indent = decorated
        source = `${source}\n${definition}`
        body = indent
        block = /:\s*(?:#.*)?$/.test(definition) ? indent : undefined
        aligned = block === undefined ? 0 : alignedUnderPrompt(lines, index, block)
        decorated = decorator.test(definition) ? indent : undefined
        return `${indent}... ${definition}`
      }
      decorated = undefined
      // IDLE's shell shows a body indented by a tab, with no `... ` prompt.
      if (
        block !== undefined &&
        line.startsWith(block) &&
        /^[ \t]/.test(line.slice(block.length)) &&
        line.trim() !== ''
      ) {
        body = block
        return `${block}... ${line.slice(block.length + Math.min(aligned, indentOf(line.slice(block.length))))}`
      }
      if (body !== undefined && line.trim() === '' && outputFollows(lines, index))
        return `${body}...`
      body = undefined
      block = undefined
      if (!shown && isCommentAbovePrompt(lines, index, source)) return ''
      shown = true
      // Output without a newline (`print('hi', end='')`): the next, empty prompt follows on its line.
      const unended = /^(.*\S)>>>\s*$/.exec(line)?.[1]
      if (unended !== undefined && /\bend\s*=|\.write\(/.test(source)) return unended
      if (/^\s*Traceback \(most recent call last\):\s*$/.test(line)) {
        traceback = /^\s*/.exec(line)?.[0] ?? ''
        return line
      }
      if (traceback !== undefined && line.startsWith(`${traceback}File "`)) {
        return `${traceback}  ${line.slice(traceback.length)}`
      }
      return line
    })
    .join('\n')
}

/** A decorator line (`@decorator`, `@functools.wraps(f)`): the statement goes on under it. */
const decorator = /^@[\p{L}_][\p{L}\p{N}_.]*(?:\(.*\))?\s*(?:#.*)?$/u

/**
 * The code of a line written flush with the decorator above it, without a
 * prompt, when it goes on with the decorated statement: another decorator or
 * the `def`/`class` header.
 */
function decoratedLine(line: string, indent: string): string | undefined {
  if (!line.startsWith(indent)) return undefined
  const text = line.slice(indent.length)
  return decorator.test(text) || /^(?:async\s+def|def|class)\s+[\p{L}_]/u.test(text)
    ? text
    : undefined
}

/** The width of a line's leading spaces. */
function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0
}

/**
 * How many columns a block's prompt-less body lines (IDLE's shell shows
 * none) are shifted by to align under the code after `>>> `, as a reader
 * copying the session sees them: 4 when a clause closing the header's
 * indentation (`except:`, `else:`) stands 4 columns in, where Python would
 * refuse it (`>>> try:` / `       print(x)` / `    except:`); 0 otherwise.
 */
function alignedUnderPrompt(lines: readonly string[], index: number, block: string): number {
  for (const line of lines.slice(index + 1)) {
    if (line.trim() === '' || !line.startsWith(block) || !/^[ \t]/.test(line.slice(block.length)))
      break
    if (/^ {4}(?:else|elif\b|except\b|finally)\s*[^=\w]/.test(line.slice(block.length))) return 4
  }
  return 0
}

/**
 * Whether the first line after the blank ones from `index` on is output: no
 * prompt, no comment. Blank lines between a block's body and its output are
 * the empty line typed to run the block, shown by the REPL as an empty `...`.
 */
function outputFollows(lines: readonly string[], index: number): boolean {
  const next = lines.slice(index).find((line) => line.trim() !== '')
  return next !== undefined && !/^\s*(?:>>>|\.\.\.)(?: |$)|^\s*#/.test(next)
}

/** A statement a REPL shows no value for: an assignment, an import, `del`, `pass`, `assert`. */
const silentStatement =
  /^\s*(?:[\p{L}\p{N}_.[\]'", ]+(?:\s*:[^=]+)?\s*(?:[-+*/%&|^@]|\/\/|\*\*|>>|<<)?=(?!=)|(?:import|from|del|pass|assert|global|nonlocal)\b)/u

/**
 * Whether line `index`, the first under the example `source`, is a comment
 * line that, with any comment lines after it, stands right above the next
 * prompt, under a statement that prints nothing.
 */
function isCommentAbovePrompt(lines: readonly string[], index: number, source: string): boolean {
  if (!/^\s*#/.test(lines[index] ?? '') || !silentStatement.test(source) || source.includes('\n')) {
    return false
  }
  let next = index + 1
  while (/^\s*#/.test(lines[next] ?? '')) next++
  return /^\s*>>>(?: |$)/.test(lines[next] ?? '')
}
