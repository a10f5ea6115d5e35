import type { Runner } from '../../../runners.js'
import type { Statement } from '../../code/statements.js'
import { markedLineAbove } from './marked-above.js'
import { markedValue } from './value-comments.js'

/** The lines a call prints through the function it calls, as that function's print comments document them. */
export interface CalledPrints {
  lines: string[]
  /** Line in the post of each comment. */
  lineNumbers: number[]
}

/** A statement that is one call, `sum(1)`, `obj.m();`, `await f(x)`: the name of what it calls. */
const oneCall = /^(?:await\s+)?(?:[\p{L}_$][\p{L}\p{N}_$]*\.)*([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/u
/** A print call, alone on its line (its argument may hold calls): `console.log(x);`, `print(x)`. */
const printLine = /^(?:print|console\.(?:log|info|warn|error)|alert)\s*\(.*\)\s*;?$/
/** Any print call on a line. */
const printsOnLine = /(?:^|[^\w.$])(?:print|console\.(?:log|info|error|warn|dir|table)|alert)\s*\(/

/**
 * What a top-level call prints, as the value comments on the print calls of
 * the function or method it calls document it (`function sum(a, b) {` /
 * `console.log(a); // 1` / ... / `sum(1)`): each of them runs once, in
 * order, on every call, as a reader reads it. Only where that is sure: the
 * function is defined once in the sample, above the call, and every print in
 * its body is at the body's own level (not in a branch, a loop or an inner
 * function) and carries a value comment; `undefined` otherwise.
 * `commentValue` reads a print line's comment (`undefined` for none or words).
 */
export function calledPrints(
  call: Statement,
  statements: readonly Statement[],
  lines: readonly string[],
  fenceLine: number,
  runner: Runner,
  commentValue: (line: string) => string | undefined,
): CalledPrints | undefined {
  if (runner.id !== 'javascript' && runner.id !== 'typescript' && runner.id !== 'python')
    return undefined
  const text = call.text.trim().replace(/;$/, '')
  const name = oneCall.exec(text)?.[1]
  if (!name || !text.endsWith(')') || call.from !== call.to || printLine.test(text))
    return undefined
  const python = runner.id === 'python'
  const escaped = name.replace(/\$/g, '\\$')
  const definition = python
    ? new RegExp(`^(\\s*)(?:async\\s+)?def\\s+${escaped}\\s*\\(`, 'u')
    : new RegExp(
        `^(\\s*)(?:(?:async\\s+)?function\\s*\\*?\\s*${escaped}\\s*\\(|(?:const|let|var)\\s+${escaped}\\s*=\\s*(?:async\\s+)?(?:function\\b|\\([^)]*\\)\\s*=>|[\\p{L}_$][\\p{L}\\p{N}_$]*\\s*=>)|(?:static\\s+|async\\s+)*${escaped}\\s*\\([^)]*\\)\\s*\\{)`,
        'u',
      )
  const defined = statements.filter((statement) => statement.from < call.from)
  const starts = defined.flatMap((statement) =>
    lines
      .slice(statement.from - 1, statement.to)
      .flatMap((line, at) => (definition.test(line) ? [statement.from - 1 + at] : [])),
  )
  const [start] = starts
  if (start === undefined || starts.length !== 1) return undefined
  const body = bodyOf(lines, start, python)
  if (!body) return undefined
  // A body calling itself or another function of the sample prints more than its own lines.
  const functions = lines.flatMap((line) => {
    const named = /^\s*(?:async\s+)?(?:function\s*\*?|def)\s+([\p{L}_$][\p{L}\p{N}_$]*)/u.exec(line)
    return named?.[1] ? [named[1]] : []
  })
  const calls = (line: string, callee: string) =>
    new RegExp(`(?:^|[^\\p{L}\\p{N}_$])${callee.replace(/\$/g, '\\$')}\\s*\\(`, 'u').test(line)
  if (body.lines.some((line) => [name, ...functions].some((callee) => calls(line, callee))))
    return undefined
  return bodyPrints(body, fenceLine, runner, commentValue)
}

/** A call handed a function written in place, which it runs later: `setTimeout(() => {`, `p.then((v) => {`. */
const deferringCallback =
  /^(?:[\p{L}_$][\p{L}\p{N}_$.]*(?:\([^()]*\))?\.)*(?:setTimeout|setImmediate|queueMicrotask|nextTick|then|catch|finally)\s*\(\s*(?:async\s+)?(?:function\s*\([^()]*\)|\([^()]*\)\s*=>|[\p{L}_$][\p{L}\p{N}_$]*\s*=>)\s*\{$/u

/** A function written in place and called at once, opening: `(function foo() {`, `(() => {`. */
const immediatelyCalled =
  /^\(\s*(?:async\s+)?(?:function\s*[\p{L}_$]*[\p{L}\p{N}_$]*\s*\([^()]*\)|\([^()]*\)\s*=>)\s*\{$/u

/**
 * What a top-level call prints through the callback it is handed in place
 * (`setTimeout(() => {` / `console.log('timeout') // timeout` / `}, 0)`), as
 * the value comments on the callback's prints document it: the timer or the
 * promise runs the callback once, the chain's head on a line of its own too
 * (`getOne()` / `  .then(value => {`); so does a function called where it is
 * written (`(function foo() {` / … / `})();`). Only where every print of the callback is
 * at its own level, on a line of its own, with a value comment.
 */
export function callbackPrints(
  call: Statement,
  lines: readonly string[],
  fenceLine: number,
  runner: Runner,
  commentValue: (line: string) => string | undefined,
): CalledPrints | undefined {
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return undefined
  // A chain written over lines (`getOne()` / `  .then(value => {`): its head up to the callback's opening.
  let opening = call.from - 1
  while (opening < call.to - 1 && !(lines[opening] ?? '').trimEnd().endsWith('{')) opening++
  const first = lines
    .slice(call.from - 1, opening + 1)
    .map((line) => line.trim())
    .join('')
  const last = (lines[call.to - 1] ?? '').trim()
  const iife = immediatelyCalled.test(first) && /^\}\s*\)\s*\([^()]*\)\s*;?$/.test(last)
  if (call.from === call.to || !(deferringCallback.test(first) || iife)) return undefined
  const body = bodyOf(lines, opening, false)
  if (!body || body.from + body.lines.length + 1 !== call.to) return undefined
  return bodyPrints(body, fenceLine, runner, commentValue)
}

/**
 * The values documented for the prints of a body, each in a comment on its
 * line or, with none there, in one right above it after an output word
 * (`// 输出3` over `console.log(a)`, see `markedLineAbove`).
 */
function bodyPrints(
  body: { from: number; lines: string[]; indent: number },
  fenceLine: number,
  runner: Runner,
  commentValue: (line: string) => string | undefined,
): CalledPrints | undefined {
  const python = runner.id === 'python'
  const found: CalledPrints = { lines: [], lineNumbers: [] }
  for (const [at, line] of body.lines.entries()) {
    if (!printsOnLine.test(line)) continue
    const indent = line.length - line.trimStart().length
    const code = line.trim().replace(python ? /\s+#.*$/ : /\s+\/\/.*$/, '')
    const above = code === line.trim() ? markedLineAbove(body.lines, at, runner) : undefined
    const value = commentValue(line) ?? (above && markedValue(above.whole, above.value, 'print'))
    if (indent !== body.indent || value === undefined || !printLine.test(code)) return undefined
    if (typeof value === 'string') {
      found.lines.push(value)
      found.lineNumbers.push(fenceLine + body.from + at + 1)
    } else {
      if (value.loose) return undefined
      found.lines.push(value.text)
      found.lineNumbers.push(fenceLine + body.from + (above?.line ?? at) + 1)
    }
  }
  return found.lines.length > 0 ? found : undefined
}

/**
 * The lines of the body of the function defined on `lines[start]`, up to the
 * line back at the definition's indentation, and the indentation of its own
 * level; `undefined` for a function on one line.
 */
function bodyOf(
  lines: readonly string[],
  start: number,
  python: boolean,
): { from: number; lines: string[]; indent: number } | undefined {
  const indentOf = (line: string) => line.length - line.trimStart().length
  const outer = indentOf(lines[start] ?? '')
  const body: string[] = []
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '') {
      body.push(line)
      continue
    }
    if (indentOf(line) <= outer) {
      // A JavaScript body ends on its closing brace; a Python one on the first line back out.
      if (!python && !/^\s*\}/.test(line)) return undefined
      break
    }
    body.push(line)
  }
  const first = body.find((line) => line.trim() !== '')
  if (first === undefined) return undefined
  return { from: start + 1, lines: body, indent: indentOf(first) }
}
