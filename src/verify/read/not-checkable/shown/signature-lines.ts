import type { Sample } from '../../remark-extract-samples.js'

/** `string.startsWith(substring, position)`: a call whose arguments are all bare names. */
const signature =
  /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*\(\s*([\p{L}_$][\p{L}\p{N}_$]*(?:\s*,\s*[\p{L}_$][\p{L}\p{N}_$]*)*)\s*\)\s*;?$/u
/** Calls that print, which show values rather than name parameters. */
const printing = /^(?:console\.\w+|alert|print|document\.write)\(/u
/** A lead-in or comment presenting a signature: `Here's the syntax:`, `语法如下：`, `position is optional`. */
const signatureWords =
  /\b(?:syntax|signature|optional|defaults? to|parameters?|arguments?)\b|语法|签名|用法|可选|默认|参数/iu

/**
 * A sample that lists signatures, `string.startsWith(substring, position)`
 * one a line, stopping on a parameter's name (`ReferenceError: substring is
 * not defined`) or its receiver's: every line of code is a call, not a print, whose arguments
 * are bare names, and its lead-in or comments present it as a signature
 * (`Here's the syntax:`, `// position is optional`); the names stand for any
 * values, so it is notation, not a program. `undefined` for anything else: a
 * sample that declares, assigns or prints still fails on a name nothing defines.
 */
export function signatureLineAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const { id } = sample.runner
  if (line === undefined || (id !== 'javascript' && id !== 'typescript')) return undefined
  const missing = /ReferenceError: ([\p{L}_$][\p{L}\p{N}_$]*) is not defined/u.exec(output)?.[1]
  if (missing === undefined) return undefined
  const lines = sample.code.split('\n')
  const comments: string[] = []
  const calls: string[] = []
  for (const text of lines) {
    const comment = /\/\/(.*)$/u.exec(text)?.[1]
    if (comment !== undefined) comments.push(comment)
    const code = text.replace(/\/\/.*$/u, '').trim()
    if (code !== '') calls.push(code)
  }
  if (calls.length === 0 || !calls.every((code) => signature.test(code) && !printing.test(code))) {
    return undefined
  }
  const written = (lines[line - 1] ?? '').replace(/\/\/.*$/u, '').trim()
  const parameters = signature.exec(written)?.[1]?.split(/\s*,\s*/u) ?? []
  // The receiver stands for any value too: `string.`, `array.`.
  const receiver = /^([\p{L}_$][\p{L}\p{N}_$]*)\./u.exec(written)?.[1]
  if (!parameters.includes(missing) && missing !== receiver) return undefined
  const presented = [sample.leadIn ?? '', ...comments].some((text) => signatureWords.test(text))
  return presented
    ? `a signature naming its parameters (\`${written}\`) at line ${sample.line + line}, not a call`
    : undefined
}
