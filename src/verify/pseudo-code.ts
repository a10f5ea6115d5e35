import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from './remark-extract-samples.js'

/** `<name>`, `<your-name>`, `<你的虚拟机名称>`, `{{name}}`, `[YOUR_KEY]`: a value the reader fills in. */
const placeholder = new RegExp(
  [
    '<(?:[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}][^<>\\n]*',
    '[A-Za-z][\\w-]*(?:[ -][\\w-]+)+',
    '[A-Z][A-Z0-9_]{2,}',
    'your[\\w-]*',
    '[a-z]+[-_][a-z_-]+)>',
    '\\{\\{\\s*[\\w.-]+\\s*\\}\\}',
    '\\[YOUR[\\w ]*\\]',
  ].join('|'),
  'u',
)
/** `...` or `…` standing for code left out (not a spread `...args`). */
const elision = /(?:\.\.\.|…)(?![\w$([{'"`])/u
/** A line that is only an elision comment: `// ...`, `# ...`, `// 省略`, a block comment of `...`. */
const elisionComment =
  /^\s*(?:\/\/|#|\/\*|--)\s*(?:\.\.\.|…|省略|略|etc\.?|more code|rest of|其他|其余)/iu
/** Words of prose: two or more words with no code punctuation, or Han text outside strings and comments. */
const proseLine = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}'’-]+)+\s*[.。]?$/u
const hanText = /[\p{Script=Han}]/u

/** Errors a missing definition gives: the code left out was needed. */
const missingName =
  /NameError|ReferenceError|is not defined|command not found|Cannot find module|No module named|ModuleNotFoundError/

/**
 * Why a sample that failed is pseudo-code rather than wrong code, judged by
 * what stands at the line its error names: a placeholder to fill in, code
 * left out (`...`), or a line of prose; or a missing name in a sample that
 * says code was left out. `undefined` when the line is real code, so a
 * genuine error (a missing colon, an unclosed bracket) still fails.
 */
export function pseudoCodeAt(
  sample: Sample,
  output: string,
  samplePath: string,
  line: number | undefined = errorLine(output, samplePath),
): string | undefined {
  const lines = sample.code.split('\n')
  if (line !== undefined) {
    const text = stripStringsAndComments(lines[line - 1] ?? '', sample)
    const found = placeholder.exec(lines[line - 1] ?? '')
    if (found) return `placeholder \`${found[0]}\` at line ${sample.line + line}`
    if (elision.test(text)) return `code left out (\`...\`) at line ${sample.line + line}`
    const trimmed = text.trim()
    if (trimmed && (proseLine.test(trimmed) || hanText.test(trimmed)) && !isKeywordLine(trimmed)) {
      return `a line of prose at line ${sample.line + line}`
    }
  }
  const elided = lines.findIndex((text) => elisionComment.test(text))
  if (elided !== -1 && missingName.test(output)) {
    return `code left out at line ${sample.line + 1 + elided}`
  }
  return undefined
}

/** Lines of real code that read like words: `import os`, `return x`, `echo hello world`. */
function isKeywordLine(text: string): boolean {
  return /^(?:import|from|return|yield|raise|pass|break|continue|echo|export|set|cd|sudo|del|global|await|throw|print|else|try|finally|async|def|class|let|const|var|new|delete|typeof|not|and|or|in|is)\b/.test(
    text,
  )
}

/** A line without its string literals and trailing comment. */
function stripStringsAndComments(line: string, sample: Sample): string {
  const withoutStrings = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""')
  const prefixes =
    sample.runner.id === 'javascript' || sample.runner.id === 'typescript' ? ['//'] : ['#']
  let result = withoutStrings
  for (const prefix of prefixes) {
    const at = result.indexOf(prefix)
    if (at !== -1) result = result.slice(0, at)
  }
  return result
}

/** The line of the sample an error in its output names, or `undefined`. */
export function errorLine(output: string, samplePath: string): number | undefined {
  if (!samplePath) return undefined
  const file = escapeStringRegexp(samplePath)
  const python = [...output.matchAll(new RegExp(`File "${file}", line (\\d+)`, 'g'))]
  if (python.length > 0) return Number(python.at(-1)?.[1])
  const other = new RegExp(`${file}(?::| line |: line )(\\d+)`).exec(output)
  return other ? Number(other[1]) : undefined
}
