import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * JavaScript and shell written as syntax notation rather than code, judged
 * by the line its syntax error names, the way a reader tells a reference
 * page from a program:
 * - optional arguments in brackets after a name (`callback(value[, index])`),
 *   which no member access or call can have;
 * - a loop or condition header whose parts are words of prose
 *   (`for (initialization; condition; final expression)`);
 * - TypeScript's `interface Name {` shown to describe a JavaScript protocol;
 * - a class member (`static get [Symbol.species]() {`) quoted out of its class;
 * - a line that only lists reserved words (`var function let const class`);
 * - a shell synopsis with optional words in brackets (`for name [in list]`).
 * `undefined` for anything else, so a genuine syntax error (a missing comma
 * between two members, an unclosed bracket) still fails.
 */
export function syntaxTemplateAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (line === undefined) return undefined
  const written = sample.code.split('\n')[line - 1] ?? ''
  const at = `at line ${sample.line + line}`
  if (isShellRunner(sample.runner)) {
    const token = /syntax error near unexpected token `\[[\p{L}_]/u.test(output)
    return token && optionalWords.test(written)
      ? `a synopsis with optional words in brackets (\`${written.trim()}\`) ${at}`
      : undefined
  }
  const javascript = sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
  if (!javascript || !/SyntaxError/.test(output)) return undefined
  const text = written.replace(/\/\/.*$/, '').trim()
  if (optionalArguments.test(text)) {
    return `a signature with optional arguments in brackets (\`${text}\`) ${at}`
  }
  if (sample.runner.id === 'javascript' && typeNotation.test(text)) {
    return `TypeScript notation describing an interface (\`${text}\`), not JavaScript ${at}`
  }
  const topLevel = braceDepth(sample.code.split('\n').slice(0, line - 1)) === 0
  if (topLevel && (classMember.test(text) || methodOutsideClass(sample.code, line, text))) {
    return `a class member shown outside its class (\`${text}\`) ${at}`
  }
  if (keywordList(text)) return `a list of keywords, not a statement (\`${text}\`) ${at}`
  const header = templateHeader.exec(text)?.[1]
  if (header?.split(/[;,]/).some(wordsOfProse)) {
    return `a syntax template (\`${text}\`) ${at}`
  }
  return undefined
}

/** A name or call followed by `[,` (`currentValue[, index[, array]]`): brackets marking optional arguments. */
const optionalArguments = /[\p{L}\p{N}_$)\]]\s*\[\s*,/u
/** `for name [in list]`, `ls [option] [file]`: optional words in brackets. */
const optionalWords = /\[[\p{L}_][\p{L}\p{N}_-]*(?:\s+[\p{L}_][\p{L}\p{N}_-]*)*\]/u
/** `interface Iterable {`, `type Result = {`: a type declared in TypeScript's notation. */
const typeNotation =
  /^(?:export\s+)?(?:interface\s+[\p{L}_$][\p{L}\p{N}_$]*|type\s+[\p{L}_$][\p{L}\p{N}_$]*\s*=)/u
/** `static get [Symbol.species]() {`, `get size() {`: a member written as only a class body allows. */
const classMember =
  /^(?:static\s+(?:async\s+|get\s+|set\s+)?|(?:get|set)\s+)(?:\[[^\]]+\]|#?[\p{L}_$][\p{L}\p{N}_$]*)\s*\([^)]*\)\s*\{?$/u
/**
 * A method's first line as a class body writes it (`resolveWithPromise(x) {`,
 * `constructor(name) {`), which no statement outside a class starts with.
 */
const methodHeader = /^(?:async\s+)?\*?\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*\([^()]*\)\s*\{$/u

/**
 * Whether the line is a method quoted out of its class, its closing brace
 * often left out too: a method's first line (not `if (x) {`) whose body uses
 * `this` or `super`, or a `constructor`; a function that only lacks its
 * `function` keyword (`greet(name) {` / `return name`) is a mistake.
 */
function methodOutsideClass(code: string, line: number, text: string): boolean {
  const name = methodHeader.exec(text)?.[1]
  if (name === undefined || reserved.has(name)) return false
  const body = code.split('\n').slice(line).join('\n')
  return name === 'constructor' || /\b(?:this|super)\b/u.test(body)
}

/** The head of a loop, condition or function, with what stands in its parentheses. */
const templateHeader =
  /^(?:for|while|if|switch|catch|function\s*\*?\s*[\p{L}_$]*)\s*\((.*)\)\s*\{?$/u

const reserved = new Set(
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof let new null return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
)

/**
 * How many braces the lines leave open: a member written inside an object
 * or a class (`{ get x() {} set y(v) {} }`, a comma missing) is real code.
 */
function braceDepth(lines: readonly string[]): number {
  let depth = 0
  for (const line of lines) {
    const code = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '').replace(/\/\/.*$/, '')
    for (const char of code) {
      if (char === '{') depth++
      else if (char === '}') depth = Math.max(0, depth - 1)
    }
  }
  return depth
}

/** Three or more reserved words and nothing else (`var function let const class import`). */
function keywordList(text: string): boolean {
  const words = text.split(/\s+/)
  return words.length >= 3 && words.every((word) => reserved.has(word))
}

/**
 * Two words side by side, neither a keyword nor a word that may stand
 * before a name (`final expression`, `condition is true`): prose, since code
 * puts an operator or punctuation between two names.
 */
function wordsOfProse(part: string): boolean {
  const words = part.trim().split(/\s+/)
  const plain = (word: string | undefined) =>
    word !== undefined &&
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(word) &&
    !reserved.has(word) &&
    !beforeAName.has(word)
  return words.some((word, index) => plain(word) && plain(words[index + 1]))
}

/** Words that are not reserved but may stand before a name in code (`x of list`, `async f`). */
const beforeAName = new Set(['of', 'async', 'as', 'from', 'get', 'set', 'static'])
