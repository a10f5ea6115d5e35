import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A Python compound-statement header: `for i in range(4):`, `def f(self):`, `class A:`. */
const pythonHeader =
  /^(?:async\s+)?(?:def|class|for|while|if|elif|else|try|except|finally|with|match|case)\b.*:$/
/** `*list` or `**dict` alone: the unpacking a cheatsheet names, which no statement can be. */
const starredAlone = /^\*{1,2}[\p{L}_][\p{L}\p{N}_.]*$/u
/**
 * A grammar's parts: quoted literals and bracketed optional parts
 * (`"{" [field_name] ["!" conversion] "}"`); the line opens with a literal
 * and a bracket holds a bare name, which a list display never does beside a string.
 */
const grammarPart = String.raw`(?:"[^"]*"|'[^']*'|\[[^\[\]]*\]|[\p{L}_][\p{L}\p{N}_]*)`
const grammarLine = new RegExp(String.raw`^${grammarPart}(?:\s+${grammarPart})+$`, 'u')
/** `/* escape characters *\/`: a C comment, which Python never reads. */
const cComment = /^\/\*.*\*\/$/
/** `command1`, `commandN`, `command_one`, `statements`: a line that only names a command, as a syntax template's body does. */
const commandSlot = /^(?:command|cmd|statement|condition)s?(?:\d+|N|_[a-z\d]+|_?\w)?$/i
/** `global 变量 设置使用全局变量`: a keyword, then words of a description rather than names. */
const keywordThenWords = /^(?:global|nonlocal|import|del|return|yield|raise)\s+\S+(?:\s+\S+)+$/
/** Python's operators, as a cheatsheet lists them side by side: `+  -  *  /  //  %  **`, `and  or  not`. */
const operators = new Set(
  '+ - * / // % ** @ == != > < >= <= = += -= *= /= //= %= **= &= |= ^= >>= <<= := & | ^ ~ << >> and or not is in'.split(
    ' ',
  ),
)
/**
 * Python's delimiters and the characters the lexer treats apart, as a
 * reference tables them: `(       )       [       ]`, `'       "       #       \\`.
 */
const delimiters = new Set([
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '.',
  ';',
  '->',
  "'",
  '"',
  '#',
  '\\',
])
/** `${'woof' * 5}`: a template literal's placeholder shown without its template. */
const placeholderAlone = /^\$\{.*\}$/

/**
 * Why a sample that does not compile is a cheatsheet's notation rather than
 * a program, judged at the line its syntax error names:
 * - Python block headers without bodies, one after another or closing the
 *   sample (`for i in range(4):  # 0 to 3`, a class outline of `def f(self):`
 *   signatures, `def hi(name):` alone);
 * - a starred name alone (`*list`, `**dict`);
 * - a grammar of quoted literals and bracketed optional parts;
 * - Python operators listed side by side (`+  -  *  /`, `==  !=  >  <`, `and  or  not`), and a
 *   table of its delimiters (`(       )       [       ]`, `'       "       #`);
 * - a C comment line in Python; a keyword then a description in Chinese
 *   (`global 变量 设置使用全局变量`);
 * - a shell syntax template whose commands are named `command1`, `command2`,
 *   or one `commands` line where the syntax error stands (`for var in list do` / `commands`);
 * - a JavaScript template literal's `${...}` alone on its line.
 * `undefined` otherwise, so a body that lost its indentation in the middle
 * of a program, a missing colon or an unclosed bracket still fails.
 */
export function cheatsheetNotationAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (line === undefined || !/SyntaxError|IndentationError|syntax error/.test(output)) {
    return undefined
  }
  const lines = sample.code.split('\n')
  const at = (found: number) => `at line ${sample.line + found}`
  const text = (lines[line - 1] ?? '').replace(/\s#.*$/, '').trim()
  if (isShellRunner(sample.runner)) {
    const slots = lines.filter((other) => commandSlot.test(other.trim())).length
    // One slot is enough where the syntax error names it (`for var in list do` / `commands`).
    return (slots >= 2 || commandSlot.test(text)) && /syntax error/.test(output)
      ? `a syntax template, its commands named \`command1\`... (\`${text}\`) ${at(line)}`
      : undefined
  }
  if (sample.runner.id === 'javascript' || sample.runner.id === 'typescript') {
    return placeholderAlone.test(text)
      ? `a template literal's placeholder shown alone (\`${text}\`) ${at(line)}`
      : undefined
  }
  if (sample.runner.id !== 'python') return undefined
  // A header whose error the post shows (`if 3 > 2:` above its traceback) is run for that error.
  if (/expected an indented block/.test(output)) {
    if (sample.expected !== undefined || sample.expectedError !== undefined) return undefined
    const header = bodilessHeaders(lines, line)
    return header === undefined
      ? undefined
      : `block headers without bodies, an outline (\`${pythonCode(lines[header - 1])}\`) ${at(header)}`
  }
  const tokens = text.split(/\s+/)
  if (tokens.length >= 2 && tokens.every((token) => operators.has(token)))
    return `a list of operators (\`${text}\`) ${at(line)}`
  // A table of tokens, three or more set apart by runs of spaces, delimiters among them.
  const cells = (lines[line - 1] ?? '').trim().split(/\s{2,}/)
  if (
    cells.length >= 3 &&
    cells.some((cell) => delimiters.has(cell)) &&
    cells.every((cell) => operators.has(cell) || delimiters.has(cell))
  )
    return `a table of tokens (\`${cells.join(' ')}\`) ${at(line)}`
  if (starredAlone.test(text))
    return `a starred name alone, notation for unpacking (\`${text}\`) ${at(line)}`
  if (keywordThenWords.test(text) && /\p{Script=Han}/u.test(text) && !text.includes(',')) {
    return `a keyword followed by a description (\`${text}\`) ${at(line)}`
  }
  if (cComment.test(text))
    return `a C comment in Python, a cheatsheet's heading (\`${text}\`) ${at(line)}`
  if (grammarLine.test(text) && /^["']/.test(text) && /\[\s*[\p{L}_]/u.test(text)) {
    return `a grammar with optional parts in brackets (\`${text}\`) ${at(line)}`
  }
  return undefined
}

/**
 * The line (1-based) of a header without a body near `line`, when the
 * headers from it on are an outline: each followed by another header at its
 * own indentation, up to the end of the sample. A header followed by
 * anything else (a `return` that lost its indentation) is a real error.
 */
function bodilessHeaders(lines: readonly string[], line: number): number | undefined {
  const code = (index: number) => pythonCode(lines[index])
  const next = (index: number) => {
    let found = index + 1
    while (found < lines.length && code(found) === '') found++
    return found
  }
  const previous = (index: number) => {
    let found = Math.min(index, lines.length) - 1
    while (found >= 0 && code(found) === '') found--
    return found
  }
  const start = [previous(line - 1), Math.min(line, lines.length) - 1].find(
    (index) => index >= 0 && pythonHeader.test(code(index)) && !deeper(lines, index, next(index)),
  )
  if (start === undefined) return undefined
  const indent = indentOf(lines[start])
  for (let index = start; index < lines.length; index = next(index)) {
    if (!pythonHeader.test(code(index)) || indentOf(lines[index]) !== indent) return undefined
  }
  return start + 1
}

function deeper(lines: readonly string[], header: number, body: number): boolean {
  return body < lines.length && indentOf(lines[body]) > indentOf(lines[header])
}

function indentOf(line: string | undefined): number {
  return /^\s*/.exec(line ?? '')?.[0].length ?? 0
}

/** The line without a trailing comment and surrounding blanks (a comment line is empty). */
function pythonCode(line: string | undefined): string {
  const trimmed = (line ?? '').trim()
  return trimmed.startsWith('#') ? '' : trimmed.replace(/\s+#.*$/, '').trim()
}
