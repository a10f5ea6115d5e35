import type { Sample } from '../remark-extract-samples.js'

/**
 * A method's first line as a class body writes it (`resolveWithPromise(x) {`,
 * `static async load(url) {`, `get size() {`, `constructor(name) {`): at the
 * top level of a script no statement can start so.
 */
const methodHeader =
  /^\s*(?:static\s+)?(?:async\s+)?(?:(?:get|set)\s+)?\*?\s*([\p{L}_$][\p{L}\p{N}_$]*)\s*\([^()]*\)\s*(?::\s*[^{]+)?\{\s*(?:\/\/.*)?$/u

/** Keywords whose line has the same shape, `if (x) {`, `while (x) {`: statements, not methods. */
const statementKeywords = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'function'])

/**
 * A JavaScript method quoted out of its class, as a post explaining one
 * method shows it (`resolveWithPromise(x) {` / `this.resolve(...)`, its
 * closing brace often left out too), which does not parse outside the class:
 * notation, a note. Decided by what stands at the syntax error's line: a
 * method's first line, whose body then uses `this` or `super` (or a
 * `constructor`, or a `static`, `get` or `set` method), so a function whose
 * `function` keyword the post forgot (`greet(name) {` / `return name`) still fails.
 */
export function methodExcerptAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (line === undefined || !/SyntaxError/.test(output)) return undefined
  const lines = sample.code.split('\n')
  const text = lines[line - 1] ?? ''
  const match = methodHeader.exec(text)
  const name = match?.[1]
  if (name === undefined || statementKeywords.has(name)) return undefined
  const body = lines.slice(line).join('\n')
  const method =
    /\b(?:this|super)\b/u.test(body) ||
    name === 'constructor' ||
    /^\s*(?:static|get|set)\s/u.test(text)
  if (!method) return undefined
  return `a method quoted out of its class (\`${text.trim()}\`) at line ${sample.line + line}`
}
