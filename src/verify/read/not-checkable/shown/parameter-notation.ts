import type { Sample } from '../../remark-extract-samples.js'

/** A parameter marked optional by a `?` after its name (`thisArg?)`, `index?, array?`), as MDN writes signatures. */
const optionalMark = /(?<![\p{L}\p{N}_$.])[\p{L}_$][\p{L}\p{N}_$]*\?\s*[,)\]]/u
/** A function's header written as an argument (`forEach(callback(currentValue, index) {`), its body in braces. */
const headerAsArgument =
  /[(,]\s*[\p{L}_$][\p{L}\p{N}_$]*\s*\(\s*(?:[\p{L}_$][\p{L}\p{N}_$]*\s*(?:,\s*[\p{L}_$][\p{L}\p{N}_$]*\s*)*)?\)\s*\{/u

/** A name, or a name given a default (`start = 0`): a parameter as a signature lists it. */
const parameter = String.raw`[\p{L}_][\p{L}\p{N}_]*(?:\s*=\s*[^,()=]+?)?`
/** A call on one line whose arguments are all parameters: `range(start = 0, end, step)`. */
const signatureCall = new RegExp(
  String.raw`^((?:[\p{L}_][\p{L}\p{N}_]*\.)?[\p{L}_][\p{L}\p{N}_]*)\(\s*(${parameter}(?:\s*,\s*${parameter})*)\s*\)\s*(?:#.*)?$`,
  'u',
)
/** Python's built-in types, whose names a reference writes its methods on: `list.pop(index = -1)`. */
const builtinTypes = new Set(['list', 'dict', 'str', 'set', 'tuple', 'bytes', 'frozenset'])

/**
 * Why a Python sample is a signature written as a call, judged by the line
 * its error is at: a call of parameters alone, one given its default before
 * others without (`range(start = 0, end, step)`, refused as a positional
 * argument after a keyword one), or a method called on its built-in type's
 * name with parameters alone (`list.pop(index = -1)`, refused for want of
 * the list). Only where the sample is that one line; `undefined` otherwise.
 */
export function pythonSignatureAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (sample.runner.id !== 'python' || line === undefined) return undefined
  const lines = sample.code.split('\n').filter((text) => text.trim() !== '' && !/^\s*#/u.test(text))
  if (lines.length !== 1) return undefined
  const written = (sample.code.split('\n')[line - 1] ?? '').trim()
  const call = signatureCall.exec(written)
  if (!call?.[1] || !call[2]) return undefined
  const keywordFirst =
    /SyntaxError: positional argument follows keyword argument/u.test(output) && /=/u.test(call[2])
  const onType =
    /TypeError: (?:unbound method|descriptor '\w+' (?:of|for) '\w+' object) .*needs an argument/u.test(
      output,
    ) && builtinTypes.has(call[1].split('.')[0] ?? '')
  return keywordFirst || onType
    ? `a signature written as a call (\`${written.replace(/\s*#.*$/u, '')}\`) at line ${sample.line + line}, not a call`
    : undefined
}

/**
 * Why a JavaScript sample that does not parse is a signature written in a
 * reference's notation, judged by the line the syntax error is at: a
 * parameter marked optional by a `?` (`arr.every(callback, thisArg?)`,
 * `callback(currentValue, index?, array?)`), which no JavaScript or
 * TypeScript call reads, or a callback's header written in a call's
 * arguments with a body (`array.forEach(callback(currentValue, index, array){`),
 * which no grammar has. `undefined` for any other line, so real code
 * missing a bracket still fails.
 */
export function parameterNotationAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const { id } = sample.runner
  if (line === undefined || (id !== 'javascript' && id !== 'typescript')) return undefined
  if (!/SyntaxError|error TS1\d{3}/u.test(output)) return undefined
  const written = sample.code.split('\n')[line - 1] ?? ''
  const code = written.replace(/(["'`])(?:\\.|(?!\1).)*\1/gu, '""').replace(/\/\/.*$/u, '')
  const mark = optionalMark.exec(code)?.[0]
  if (mark !== undefined) {
    return `a signature marking optional parameters (\`${mark.replace(/\s*[,)\]]$/u, '')}\`) at line ${sample.line + line}, not a call`
  }
  if (headerAsArgument.test(code)) {
    return `a signature writing a callback's header as an argument (\`${written.trim()}\`) at line ${sample.line + line}, not a call`
  }
  return undefined
}
