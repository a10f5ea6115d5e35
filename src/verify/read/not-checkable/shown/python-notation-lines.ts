import type { Sample } from '../../remark-extract-samples.js'
import { pythonSyntaxErrorLine } from './python-notation.js'

/** Python's keywords, after which a word in Han script is a name (`for 项 in 列表`), not prose. */
const keywords = new Set(
  'and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield print'.split(
    ' ',
  ),
)

/** A line drawn, not written: dashes, bars and slashes only, as under a signature to label its parts. */
const drawnLine = /^[-_|+\\/\s]*$/u

/**
 * Why the line a Python syntax error names is notation rather than code: a
 * dict or argument unpacking shown alone (`**{str(k): v for k, v in ...}`),
 * valid only inside a call or a display; a line drawn with dashes and bars
 * (`-----------    ----------` under a `def` to label its parameters);
 * words in Han script set among the code as prose (`for i in titles:    等价于
 * yield from titles`), a word no keyword, operator or bracket takes as a name;
 * a `def` whose parameters open with a bracket, the docs' notation for optional
 * ones (`def functionname([formal_args,] *var_args_tuple):`); a decorator ending
 * the sample, quoted without the definition it decorates; or a clause
 * (`else:`, `except E:`) right under a `...` alone, which stands for the
 * clauses a syntax template leaves out.
 * `undefined` for any other line, so a genuine syntax error fails.
 */
export function pythonNotationLineAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const error = pythonSyntaxErrorLine(sample, output, line)
  if (!error) return undefined
  const { at } = error
  const text = codeOf(error.written).trim()
  if (/^\*\*\s*[{(\p{L}_]/u.test(text)) {
    return `an unpacking shown alone (\`${text}\`), valid only inside a call or a display, ${at}`
  }
  if (drawnLine.test(text) && (text.match(/[-_|+\\/]/gu)?.length ?? 0) >= 3) {
    return `a line drawn under the code to label its parts (\`${text}\`) ${at}`
  }
  const prose = proseWordsIn(text)
  if (prose) return `words in prose among the code (\`${prose}\`) ${at}`
  if (cannotAssign.test(output) && equation(text)) {
    return `an equation written as an assignment (\`${text}\`) ${at}`
  }
  if (bracketedParameters.test(text)) {
    return `a signature with optional parameters in brackets (\`${text}\`) ${at}`
  }
  if (annotatedSignature(text)) {
    return `a signature with annotated parameters (\`${text}\`) ${at}, not a call`
  }
  if (decorator.test(text) && lastLine(sample.code.split('\n'), line)) {
    return `a decorator shown without the definition it decorates (\`${text}\`) ${at}`
  }
  if (clauseKeyword.test(text) && elisionAbove(sample.code.split('\n'), line)) {
    return `clauses left out with \`...\` above \`${text}\` ${at}`
  }
  return undefined
}

/** Python's refusal of an assignment to what names nothing: a call, an operation, a literal. */
const cannotAssign = /SyntaxError: cannot assign to (?:function call|expression|literal)\b/u

/**
 * Whether a line is an equation, a value written as what it equals, no
 * assignment a program makes: a whole statement `left = right` whose left side
 * is a call, an operation or a literal (`reduce(f, [x1, x2]) = f(f(x1, x2))`,
 * `float(16) = 16.0`, `2 ** 10 = 1024`), with a value on the right. A header
 * (`if f(x) = 1:`) or a chain (`a = f() = 1`) is not one, and fails.
 */
function equation(text: string): boolean {
  const sides = /^([^=]+?)\s*(?<![=!<>+\-*/%&|^@:])=(?!=)\s*([^=]+|[^=]*==[^=]*)$/u.exec(text)
  const [left = '', right = ''] = [sides?.[1]?.trim(), sides?.[2]?.trim()]
  if (!sides || right === '' || right.endsWith(':')) return false
  if (/^(?:if|elif|while|for|with|return|assert|lambda|del|print)\b/u.test(left)) return false
  const call = /^[\p{L}_][\p{L}\p{N}_.]*\s*\(.*\)$/u.test(left)
  const operation = /[-+*/%<>&|^~]/u.test(left)
  const literal = /^[-+]?\d[\d_.]*(?:e[-+]?\d+)?$|^(['"]).*\1$/u.test(left)
  return call || operation || literal
}

/** A `def` whose parameters open with a bracket (`def f([formal_args,] *args):`), as the docs' syntax notation marks optional ones. */
const bracketedParameters = /^(?:async\s+)?def\s+[\p{L}_][\p{L}\p{N}_]*\s*\((?:[^()[\]]*,)?\s*\[/u
/** A call, `datetime.date(...)`, with what is between its parentheses. */
const callWith = /^[\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)*\((.*)\)$/u
/** A parameter as a signature names it: `year: int`, `k: int = 1`, `*iterables`, `key=None`. */
const parameter =
  /^\*{0,2}[\p{L}_][\p{L}\p{N}_]*(?:\s*:\s*[\p{L}_][\p{L}\p{N}_.]*(?:\s*\|\s*[\p{L}_][\p{L}\p{N}_.]*)*)?(?:\s*=\s*[\p{L}\p{N}_.'"-]+)?$/u

/**
 * Whether a line is a signature written as a call with its parameters
 * annotated, as a reference lists it (`datetime.date(year: int, month: int,
 * day: int)`, `random.sample(iterable, k: int)`): every argument is a
 * parameter's name, at least one with `: type`, which no call can pass. A
 * print, or a call passing any value (`date(2022, month: 12)`), is not one.
 */
function annotatedSignature(text: string): boolean {
  const inner = callWith.exec(text)?.[1]
  if (inner === undefined || /^print\s*\(/u.test(text)) return false
  const parameters = inner.split(',').map((part) => part.trim())
  return (
    parameters.every((part) => parameter.test(part)) &&
    parameters.some((part) => /^\*{0,2}[\p{L}_][\p{L}\p{N}_]*\s*:/u.test(part))
  )
}

/** A decorator line: `@admin.register(Students)`. */
const decorator = /^@[\p{L}_][\p{L}\p{N}_.]*(?:\(.*\))?$/u

/** Whether `line` (1-based) is the last line of the code that is not blank or a comment. */
function lastLine(lines: readonly string[], line: number | undefined): boolean {
  if (line === undefined) return false
  return lines.slice(line).every((text) => text.trim() === '' || text.trim().startsWith('#'))
}

/** A clause that continues a statement above it: `else:`, `elif x:`, `except E:`, `finally:`. */
const clauseKeyword = /^(?:else|elif|except|finally)\b/

/** Whether the line above `line` (1-based), blank lines aside, is a `...` alone standing for clauses left out. */
function elisionAbove(lines: readonly string[], line: number | undefined): boolean {
  if (line === undefined) return false
  const above = lines
    .slice(0, line - 1)
    .reverse()
    .find((text) => text.trim() !== '')
  return above !== undefined && /^\s*(?:\.{3}|…)\s*$/.test(above)
}

/** The first run of Han words in a line that stands as prose: no keyword, operator or bracket takes it as a name. */
function proseWordsIn(text: string): string | undefined {
  for (const match of text.matchAll(/\p{Script=Han}[\p{Script=Han}\p{L}\p{N}_]*/gu)) {
    const index = match.index ?? 0
    const before = text.slice(0, index)
    const after = text.slice(index + match[0].length)
    // Set apart by spaces on both sides, as a word of a sentence is.
    if (!/\s$/u.test(before) || !/^(?:\s|$)/u.test(after)) continue
    if ([...match[0]].filter((char) => /\p{Script=Han}/u.test(char)).length < 2) continue
    const previous = /([\p{L}\p{N}_]+|\S)\s*$/u.exec(before)?.[1] ?? ''
    if (keywords.has(previous) || /^[-+*/%@<>=!&|^~,([{.]$/u.test(previous)) continue
    const next = after.trimStart()
    if (/^[-+*/%@<>=!&|^~,.()[\]{}:;]/u.test(next)) continue
    return match[0]
  }
  return undefined
}

/** The line with string literals emptied and without a trailing `#` comment. */
function codeOf(line: string): string {
  let code = ''
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index] ?? ''
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) {
        quote = undefined
        code += char
      }
    } else if (char === '"' || char === "'") {
      quote = char
      code += char
    } else if (char === '#') return code
    else code += char
  }
  return code
}
