import type { Sample } from '../../remark-extract-samples.js'

/**
 * A reference's signature: a call shape with the type it returns
 * (`set.add(object) -> None`, `str.join(iterable) -> str`), or with optional
 * arguments in brackets (`range(start, stop[, step])`) or bare `/` and `*`
 * markers (`sorted(iterable, /, *, key=None)`), which no call can have.
 */
const signature =
  /^[A-Za-z_][\w.]*\((?:[^()]|\([^()]*\))*\)\s*->\s*[\w.[\], |'"]+$|^[A-Za-z_][\w.]*\((?=[^()]*(?:\[\s*,|,\s*[/*]\s*(?:,|\))))[^()]*\)$/
/** An operator alone on its line, with at most a comment saying what it means: `>=  # 大于等于`. */
const operatorAlone = /^(?:[-+*/%@<>=!&|^~]{1,3}|and|or|not|is|in|is not|not in|if|else|lambda)$/
/**
 * A `def` under a dotted name (`def node._get_child_candidates(self, ...)`),
 * which Python never allows: a method quoted out of its class, named the way
 * prose names it.
 */
const dottedDef = /^(?:async\s+)?def\s+([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+)\s*\(/u
/**
 * A `class` under a dotted name (`class logging.Filter()`), which Python never
 * allows either: a class named by its module, as a library's reference heads its entry.
 */
const dottedClass = /^class\s+([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+)\s*(?:\(|:|$)/u

/** Statements that only mean something inside a function or a loop, with what they need. */
const outsideTheirBlock: Array<[RegExp, RegExp, string]> = [
  [/'(?:return|yield)' outside function/, /^\s*(?:async\s+)?def\s/m, 'a function'],
  // A line of a coroutine (`await asyncio.sleep(1)`), as a notebook or `python -m asyncio` takes it.
  [/'await' outside (?:async )?function/, /^\s*async\s+def\s/m, 'an async function'],
  [
    /'break' outside loop|'continue' not properly in loop/,
    /^\s*(?:async\s+)?(?:for|while)\s/m,
    'a loop',
  ],
]

/**
 * The line a Python sample's syntax error names, as written, and where it
 * stands in the post; `undefined` when the sample is not Python or did not
 * fail to compile.
 */
export function pythonSyntaxErrorLine(
  sample: Sample,
  output: string,
  line: number | undefined,
): { written: string; at: string } | undefined {
  if (sample.runner.id !== 'python' || line === undefined || !/SyntaxError/.test(output)) {
    return undefined
  }
  return { written: sample.code.split('\n')[line - 1] ?? '', at: `at line ${sample.line + line}` }
}

/**
 * Why a Python sample that does not compile is written in a notation rather
 * than as code, judged by the line its syntax error names: a signature, an
 * operator shown alone, a method or a class defined under its dotted name, another language's `!` for `not` (or IPython's `!`
 * shell escape), an IPython magic (`%matplotlib inline`: notebook code), or the body of a function
 * or loop shown alone (`return` in a sample with no `def`: "`x and y` is like `if bool(x): return
 * y`"; `await` in one with no `async def`).
 * `undefined` for anything else, so a genuine syntax error (a missing colon,
 * an unclosed bracket, a `return` over-dedented out of its function) fails.
 */
export function pythonNotationAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const error = pythonSyntaxErrorLine(sample, output, line)
  if (!error) return undefined
  const { written, at } = error
  const text = withoutComment(written).trim()
  if (signature.test(text) && !/^(?:def|class)\s/.test(text)) {
    return `a signature written as notation (\`${text}\`) ${at}`
  }
  const dotted = dottedDef.exec(text)?.[1]
  if (dotted) return `a method named by its owner, out of its class (\`def ${dotted}\`) ${at}`
  const dottedName = dottedClass.exec(text)?.[1]
  if (dottedName)
    return `a class named by its module, as a reference heads it (\`class ${dottedName}\`) ${at}`
  if (operatorAlone.test(text)) return `an operator shown alone (\`${written.trim()}\`) ${at}`
  // IPython's magics (`%matplotlib inline`, `%%time`): notebook code, which plain Python refuses.
  const magic = /^%%?[A-Za-z_]\w*/.exec(text)?.[0]
  if (magic) return `IPython's \`${magic}\` magic: notebook code, not plain Python, ${at}`
  if (/^!\s*[\w(]/.test(text)) {
    return `\`!\` is not Python's (\`not\` is; IPython's shell escape is not Python either) ${at}`
  }
  for (const [error, block, what] of outsideTheirBlock) {
    if (error.test(output) && !block.test(sample.code)) {
      return `the body of ${what} shown alone (\`${text}\`) ${at}`
    }
  }
  return undefined
}

/** The line without a trailing `#` comment (outside string literals). */
function withoutComment(line: string): string {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quote) {
      if (char === '\\') index++
      else if (char === quote) quote = undefined
    } else if (char === '"' || char === "'") quote = char
    else if (char === '#') return line.slice(0, index)
  }
  return line
}
