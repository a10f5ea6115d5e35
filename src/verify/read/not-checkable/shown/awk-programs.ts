import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** `BEGIN {`, `END {`: awk's rules run before and after the input. */
const beginEnd = /^(?:BEGIN|END)\s*\{/
/** `/admin/ { ... }`, `/(POST|PUT)/ # verbs`: a line pattern of awk, a regular expression between slashes. */
const regexPattern = /^\/[^/\s][^/]*\/\s*(?:\{|#|$)/
/**
 * `{ $2 = log($2) ; print }`, `pattern { action }`, `NR > 1 { print $1 }`:
 * an action in braces whose last statement has no `;`, which a shell group
 * (`{ cmd; }`) needs and awk does not.
 */
const patternAction = /^(?:[^{}'"]*\s)?\{\s[^{}]*[^;\s{]\s+\}\s*(?:#.*)?$/
/** A shell function's head (`f() {`, `function f {`), which stays shell. */
const functionHead = /^(?:function\s|[\w-]+\s*\(\s*\))/

/** Whether a line, outside any quotes, is a rule of an awk program. */
function awkRule(text: string): boolean {
  const line = text.trim()
  if (functionHead.test(line)) return false
  return beginEnd.test(line) || regexPattern.test(line) || patternAction.test(line)
}

/** The lines of `code` outside single-quoted spans, which may run over several lines (`awk '` … `'`). */
function unquotedLines(code: string): string[] {
  let quoted = false
  const lines: string[] = []
  for (const text of code.split('\n')) {
    if (!quoted) lines.push(text)
    if ((text.match(/'/g) ?? []).length % 2 === 1) quoted = !quoted
  }
  return lines
}

/**
 * Why a shell fence that failed holds an awk program rather than a script,
 * as awk notes label them `bash`: its first line of code, or two of its
 * lines, are awk rules (`BEGIN { ... }`, `/re/ { ... }`, `{ $2 = log($2) ;
 * print }`) outside any quotes. A script that calls `awk '...'` keeps its
 * program in quotes and stays a shell sample; one with a here-document is
 * judged by its first line only.
 */
export function awkProgramAt(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const code = unquotedLines(sample.code).filter((text) => !/^\s*(?:#.*)?$/.test(text))
  const [first] = code
  if (first === undefined) return undefined
  const rules = code.filter(awkRule)
  const enough = awkRule(first) || (!sample.code.includes('<<') && rules.length >= 2)
  if (!enough) return undefined
  const shown = (rules[0] ?? first).replace(/\s+#.*$/, '').trim()
  return `the fence holds an awk program (\`${shown}\`), not shell commands`
}
