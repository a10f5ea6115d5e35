import escapeStringRegexp from 'escape-string-regexp'
import { isShellRunner } from '../../../runner-id.js'
import { readsAsProse } from '../../outputs/comments/value-claims.js'
import type { Sample } from '../../remark-extract-samples.js'
import { listedFiles } from '../../transcripts/editor-listings.js'
import { authorMachineNeed } from '../needs/author-machine.js'
import { browserNeed } from '../needs/browser-only.js'
import { arrowNoteAt } from './arrow-notes.js'
import { awkProgramAt } from './awk-programs.js'
import { bracketedNumbersAt } from './bracketed-numbers.js'
import { builtinNamedObjectAt } from './builtin-named-object.js'
import { cheatsheetNotationAt } from './cheatsheet-notation.js'
import { readsAsJavaScript } from './code-lines.js'
import {
  alternativeDefinitions,
  declaresOnly,
  expressionFragment,
  objectLiteralAt,
  objectMembersAt,
} from './code-shapes.js'
import { commandLineAt } from './command-lines.js'
import { diagramKind, isTextDiagram } from './diagram.js'
import { exerciseBlankAt } from './exercise-blanks.js'
import { exportListExcerptAt } from './export-lists.js'
import { severalFilesNote } from './files-in-fence.js'
import { generatorBodyAt } from './generator-body.js'
import { grammarRuleAt } from './grammar-rules.js'
import { hanPlaceholderAt } from './han-placeholders.js'
import { jsxAt } from './jsx-elements.js'
import { keywordTypoAt } from './keyword-typos.js'
import { parameterNotationAt, pythonSignatureAt } from './parameter-notation.js'
import { pastedTraceback } from './pasted-tracebacks.js'
import { pythonNotationAt } from './python-notation.js'
import { pythonNotationLineAt } from './python-notation-lines.js'
import { saidNotCode } from './said-not-code.js'
import { shellFragmentAt } from './shell-fragments.js'
import { signatureLineAt } from './signature-lines.js'
import { slotPlaceholderAt } from './slot-placeholders.js'
import { equationLine, specNotationAt, specOperationCalled } from './spec-notation.js'
import { syntaxTemplateAt } from './syntax-templates.js'
import { callsWithString } from './typo-calls.js'

/** `<name>`, `<your-name>`, `<你的虚拟机名称>`, `{{name}}`, `[YOUR_KEY]`, `/path/to/dir`, a blank `____`, `.[xxx]`: a value the reader fills in. */
const placeholder = new RegExp(
  [
    '<(?:[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}][^<>\\n]*',
    '[A-Za-z][\\w-]*(?:[ -][\\w-]+)+',
    '[A-Z][A-Z0-9_]{2,}',
    'your[\\w-]*',
    '[a-z]+[-_][a-z_-]+)>',
    '\\{\\{\\s*[\\w.-]+\\s*\\}\\}',
    '\\[YOUR[\\w ]*\\]',
    // The conventional path placeholder: `sys.pycache_prefix = /path/to/dir`, `cd /path/to/project`.
    '(?<![\\w.-])/path/to(?:/[\\w.-]+)+',
    // An exercise's blank to fill in: `total = ____ + len(word)`, `values.____(1)`, `____:`.
    '(?<![\\w$])_{3,}(?![\\w$])',
    // A member's name in brackets after a dot, no language's syntax (`?.[` is JavaScript's): `exports.[xxx] = fn`.
    '(?<![?.])\\.\\[[\\p{L}_$][\\p{L}\\p{N}_$]*\\]',
    // A comment alone where a condition or argument belongs: `if (/* condition */)`, `resolve(/* value */)`.
    '\\(\\s*/\\*\\s*\\p{L}[\\p{L}\\p{N} _-]*\\*/\\s*\\)',
  ].join('|'),
  'u',
)
/** `...`, `…`, or middle dots `···` (as ES6 tutorials write it) standing for code left out (not a spread `...args`). */
const elision = /(?:\.\.\.|…|···|⋯)(?![\w$([{'"`])/u
/** Two dots alone between brackets, `{ .. }`, `foo(..)`: code left out, as You Don't Know JS writes it. */
const twoDotElision = /[{[(]\s*\.\.\s*[}\])]/u
/** A line that is only an elision comment: `// ...`, `# ...`, `// 省略`, a block comment of `...`. */
const elisionComment =
  /^\s*(?:\/\/|#|\/\*|--)\s*(?:\.\.\.|…|省略|略|etc\.?|more code|rest of|其他|其余)/iu
/** Code, then a comment that is only an elision: `if (x) // …`, `foo(a, // ...`. */
const trailingElision = /\S\s*((?:\/\/|#)\s*(?:\.\.\.|…))\s*$/u
/** Words of prose: two or more words with no code punctuation, or Han text outside strings and comments. */
const proseLine = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}'’-]+)+\s*[.。]?$/u
const hanText = /[\p{Script=Han}]/u
/** Full-width punctuation (`：`, `，`, `（`), which no language here reads outside strings. */
const fullWidth = /[\u3001\u3002\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF5E]/u

/** Errors a missing definition gives: the code left out was needed. */
const missingName =
  /NameError|ReferenceError|is not defined|command not found|Cannot find module|No module named|ModuleNotFoundError/

/**
 * Why a sample that failed is pseudo-code rather than wrong code, judged by
 * what stands at the line its error names: a placeholder to fill in, code
 * left out (`...`), or a line of prose; or a missing name in a sample that
 * says code was left out. `undefined` when the line is real code, so a
 * genuine error (a missing colon, an unclosed bracket) still fails.
 * `differing`, the post lines of the documented lines that differ, lets a
 * shell session be judged by the commands whose output differs.
 */
export function pseudoCodeAt(
  sample: Sample,
  output: string,
  samplePath: string,
  line: number | undefined = errorLine(output, samplePath),
  differing?: readonly number[],
): string | undefined {
  const lines = sample.code.split('\n')
  const at = (found: number | undefined) =>
    found === undefined ? '' : ` at line ${sample.line + found}`
  if (isTextDiagram(sample)) return diagramKind(sample)
  const said = saidNotCode(sample)
  if (said) return said
  const report = pastedTraceback(sample)
  if (report) return report
  const synopsis = hanPlaceholderAt(sample)
  if (synopsis) return synopsis
  const grammar = grammarRuleAt(sample, line)
  if (grammar) return grammar
  const severalFiles = severalFilesNote(sample, output)
  if (severalFiles) return severalFiles
  const notation =
    pythonNotationAt(sample, output, line) ?? builtinNamedObjectAt(sample, output, line)
  if (notation) return notation
  const command = commandLineAt(sample, line) ?? bracketedNumbersAt(sample, output, line)
  if (command) return command
  const exportList = exportListExcerptAt(sample, output, line)
  if (exportList) return exportList
  const shellFragment = shellFragmentAt(sample, output, line)
  if (shellFragment) return shellFragment
  const awk = awkProgramAt(sample)
  if (awk) return awk
  const template =
    syntaxTemplateAt(sample, output, line) ??
    signatureLineAt(sample, output, line) ??
    parameterNotationAt(sample, output, line) ??
    pythonSignatureAt(sample, output, line)
  if (template) return template
  const jsx = jsxAt(sample, line)
  if (jsx) return jsx
  const slot =
    slotPlaceholderAt(sample, output, line) ??
    exerciseBlankAt(sample, output, line) ??
    generatorBodyAt(sample, output, line)
  if (slot) return slot
  const spec = specNotationAt(sample, output, line)
  if (spec) return `${spec}${at(line)}, not code`
  const equation = equationLine(sample, output, line ?? 1)
  if (equation) {
    return `an evaluation step written as an equation (\`${equation.text}\`)${at(equation.line)}`
  }
  const literal = line === undefined ? undefined : objectLiteralAt(sample)
  if (literal !== undefined)
    return `an object literal shown as a value, not statements${at(literal)}`
  const members = line === undefined ? undefined : objectMembersAt(sample)
  if (members !== undefined)
    return `members of an object literal shown without its braces, not statements${at(members)}`
  const fragment = expressionFragment(sample, line)
  if (fragment !== undefined) {
    return `a fragment of an expression (\`${(lines[fragment - 1] ?? '').trim()}\`)${at(fragment)}`
  }
  if (output.trim() === '' && documentsError(sample) && declaresOnly(sample)) {
    return 'it only declares, and the error it shows needs code that uses them'
  }
  if (line !== undefined) {
    const text = stripStringsAndComments(lines[line - 1] ?? '', sample)
    const printed = outputAsCode.exec((lines[line - 1] ?? '').trim())
    if (printed) return `program output written as code at line ${sample.line + line}`
    const arrow = arrowNoteAt(text)
    if (arrow) return `a note pointed at the code (\`${arrow}\`) at line ${sample.line + line}`
    const found = placeholder.exec(lines[line - 1] ?? '')
    if (found) return `placeholder \`${found[0]}\` at line ${sample.line + line}`
    if (elision.test(text)) return `code left out (\`...\`) at line ${sample.line + line}`
    // A statement cut short by a comment that stands for the rest: `if (obj.constructor == Array) // …`.
    const cut = trailingElision.exec(lines[line - 1] ?? '')?.[1]
    if (cut) return `code left out (\`${cut}\` after the code) at line ${sample.line + line}`
    if (!isShell(sample) && twoDotElision.test(text))
      return `code left out (\`..\`) at line ${sample.line + line}`
    const emptyBody = commentOnlyBody(lines, line, sample, output)
    if (emptyBody !== undefined) {
      return `code left out (a body of comments only) at line ${sample.line + emptyBody}`
    }
    const cheatsheet =
      cheatsheetNotationAt(sample, output, line) ?? pythonNotationLineAt(sample, output, line)
    if (cheatsheet) return cheatsheet
    const listed = describedCalls(lines, sample, output)
    if (listed !== undefined) {
      return `a list of calls, each described by its comment: \`${listed}\` at line ${sample.line + line} stands for a value`
    }
    const spelling = otherSpelling(lines, line, output)
    if (spelling !== undefined) {
      return `two spellings of one line, at lines ${sample.line + spelling} and ${sample.line + line}`
    }
    const trimmed = text.trim()
    const words = !isShell(sample) && leadingWords.test(trimmed)
    // A keyword line of Han words and full-width punctuation is a template (`if 判断条件：`);
    // Han names alone are code (`for (const 分数 of 分数) {`), and so is a command's argument;
    // a line that parses as JavaScript is code whatever its names (`总价 = 计算(购物车)`).
    // A keyword misspelt among lines of code (`funciton foo() {`) is a real syntax error.
    if (
      trimmed &&
      !readsAsCode(trimmed, sample) &&
      !misspeltKeyword(lines, line - 1, sample) &&
      (proseLine.test(trimmed) || hanText.test(trimmed) || words) &&
      (!isKeywordLine(trimmed) ||
        (hanText.test(trimmed) && fullWidth.test(trimmed) && !isShell(sample)))
    ) {
      return `a line of prose at line ${sample.line + line}`
    }
  }
  // A line of JavaScript that is only `...` never parses: the code left out there, wherever
  // the parser stopped first (`var this = {};` above it in a sketch of what `new` does).
  const elidedLine = elisionLineOf(sample, output)
  if (elidedLine !== undefined) return `code left out (\`...\`) at line ${sample.line + elidedLine}`
  const alternative = alternativeDefinitions(sample, output)
  if (alternative) {
    const [first, second] = alternative.lines
    return `two alternative definitions of \`${alternative.name}\`, at lines ${sample.line + first} and ${sample.line + second}`
  }
  // No input is given to a sample: what it prints after reading some is not the post's.
  // A program reading what the reader types still has to parse: a syntax error is its own.
  const reads = readsInput(sample)
  if (reads !== undefined && !syntaxErrorShown.test(output))
    return `it reads what the reader types, at line ${sample.line + reads}`
  const machine = authorMachineNeed(sample, output, samplePath, differing)
  if (machine) return machine
  const browser = browserNeed(sample, output, samplePath)
  if (browser) return browser
  const operation = specOperationCalled(sample, output)
  if (operation) {
    return `the specification's abstract operation \`${operation}\`${at(errorLine(output, samplePath))}, not a JavaScript function`
  }
  // An exercise uses what the reader is to write (`data = Statistics(ages)`).
  const missing = missingNameOf.exec(output)
  if (sample.exercise && missing) {
    return `an exercise: it uses \`${missing[1] ?? missing[2]}\`, which the reader is to write`
  }
  const elided = lines.findIndex((text) => elisionComment.test(text))
  if (elided !== -1 && missingName.test(output)) {
    return `code left out at line ${sample.line + 1 + elided}`
  }
  return undefined
}

/** Whether the documented output shows an error: `ReferenceError: ...`, a traceback. */
function documentsError(sample: Sample): boolean {
  return (sample.expected?.lines ?? []).some((text) =>
    /^\s*(?:Uncaught\s+)?[A-Z]\w*(?:Error|Exception)\b|^Traceback \(most recent call last\)/.test(
      text,
    ),
  )
}

/** A bare call (`s.endswith(suffix)`) and its trailing comment. */
const callWithComment = /^\s*[\p{L}_$][\w$.]*\s*\(.*\)\s*;?\s+(?:#|\/\/)\s*(.+)$/u

/**
 * The missing name of a sample that lists calls, one a line, each with a
 * comment in words saying what it does (`s.endswith(suffix)  # Check the
 * end`): a reference of methods whose arguments stand for values, not a
 * program; `undefined` for anything else.
 */
function describedCalls(
  lines: readonly string[],
  sample: Sample,
  output: string,
): string | undefined {
  const missing = missingNameOf.exec(output)
  const name = missing?.[1] ?? missing?.[2]
  const code = lines.filter((text) => text.trim() !== '' && !/^\s*(?:#|\/\/)/.test(text))
  if (name === undefined || isShell(sample) || code.length < 2) return undefined
  const described = code.every((text) => {
    const comment = callWithComment.exec(text)?.[1]
    return comment !== undefined && readsAsProse(comment)
  })
  return described ? name : undefined
}

/** The name a NameError or ReferenceError says is not defined. */
const missingNameOf = /name '([\w$]+)' is not defined|ReferenceError: ([\w$]+) is not defined/

/**
 * What a program prints, in a fence labelled as code: numbers only, an
 * object's repr, an `output:` label, or a result under its call in the
 * style of library docs (`_.union([1, 2], [2, 3]);` / `=> [1, 2, 3]`),
 * since no line of code starts with an arrow.
 */
const outputAsCode =
  /^(?:(?=[^\d]*\d)[\d\s.,+-]+|<[\w.]+ object at 0x[\da-fA-F]+>|(?:output|输出|结果|运行结果)\s*[:：]?|=>\s.*)$/iu

/** Two words side by side, which Python and JavaScript never allow outside keywords: `Enter base: 20`. */
const leadingWords = /^[\p{L}_][\p{L}\d_]*\s+[\p{L}_][\p{L}\d_]*/u

function isShell(sample: Sample): boolean {
  return isShellRunner(sample.runner)
}

/**
 * The line (1-based) where a sample reads standard input, which is closed
 * when it runs, or runs a file of an earlier fence that does (`bash demo.sh`).
 */
/** A parser's refusal in a run's output: Python's and Node's `SyntaxError`, Python's indentation errors, a shell's `syntax error`. */
const syntaxErrorShown = /^(?:SyntaxError|IndentationError|TabError)\b|\bsyntax error\b/mu

/**
 * The line (1-based, in the sample) of the first read of what the reader types, if any (a
 * function's indented `read` too; Python's `input` handed to `iter()`, `iter(input, 'end')`, too;
 * Node's `process.stdin`, read line by line through `readline`, as an online judge's program does).
 */
export function readsInput(sample: Sample): number | undefined {
  const pattern = isShell(sample)
    ? /(?:^\s*|[;&|]\s*)read\b/
    : /\binput\s*\(|\biter\s*\(\s*input\b|sys\.stdin|process\.stdin\b|readline\(\)|prompt\s*\(/
  const lines = sample.code.split('\n')
  const index = lines.findIndex((line) => pattern.test(line))
  if (index !== -1) return index + 1
  // A script a transcript lists (`$ cat case.sh`) and then runs (`$ bash case.sh`).
  const listed = isShell(sample) ? listedFiles(sample.code) : []
  const files = [
    ...Object.entries(sample.files),
    ...listed.map(({ file, lines }): [string, string] => [file, lines.join('\n')]),
  ]
  for (const [name, text] of files) {
    const reader = /\.(?:sh|bash|zsh)$/.test(name)
      ? /(?:^\s*|[;&|]\s*)read\b/m
      : /\binput\s*\(|sys\.stdin|readline\(\)|process\.stdin|prompt\s*\(/
    const user = lines.findIndex(
      (line) => line.includes(name) && !line.startsWith(`> ${name} printf`),
    )
    if (user !== -1 && reader.test(text)) return user + 1
  }
  return undefined
}

/**
 * The first line (1-based) of a block body made only of comments, when the
 * error is at the line closing it (or, in Python, the line after it): a
 * syntax template (`fn() {` / `# codes` / `}`, `if found:` / `# do something`)
 * that stands for code to write. A Python comment no deeper than its header
 * is not a body: the code lost its indentation, a true failure.
 */
function commentOnlyBody(
  lines: string[],
  line: number,
  sample: Sample,
  output: string,
): number | undefined {
  const prefix = sample.runner.commentPrefixes
  const isComment = (text: string) => prefix.some((p) => text.trim().startsWith(p))
  const skippable = (text: string | undefined) => isComment(text ?? '') || !text?.trim()
  // Python may name the comment line itself: the body runs on to the next code line.
  let end = line
  while (end <= lines.length && skippable(lines[end - 1])) end++
  let start = end - 1
  while (start > 1 && skippable(lines[start - 1])) start--
  const opener = lines[start - 1]?.trimEnd() ?? ''
  const body = lines.slice(start, end - 1)
  const closes =
    /^\s*[}\])]|^\s*(?:done|fi|esac)\b/.test(lines[end - 1] ?? '') ||
    end > lines.length ||
    /IndentationError: expected an indented block/.test(output)
  // A shell header written without its `then` or `do` (`if [ $a ] && [ $b ]` / `# ...` / `fi`).
  const header =
    /[{:(]$|\b(?:do|then)$/.test(opener) ||
    (isShell(sample) && /^\s*(?:if|elif|while|until|for|select)\s/.test(opener))
  if (!closes || !header || !body.some(isComment)) return undefined
  // Python reads indentation: a comment written where the body goes is indented past its
  // header; one at the header's own indentation leaves the block empty, as flattened code does.
  const indent = (text: string) => /^[ \t]*/.exec(text)?.[0].length ?? 0
  if (
    /IndentationError: expected an indented block/.test(output) &&
    body.filter(isComment).every((text) => indent(text) <= indent(opener))
  ) {
    return undefined
  }
  return start + 1
}

/**
 * The earlier line of a name declared twice (`Identifier 'x' has already
 * been declared`) when both lines are one statement but for brackets and
 * spaces, with only comments between them: a post showing how a line is
 * read, not code to run. Code between the two uses the first: a fence of
 * two examples declaring one name twice is the reader's `SyntaxError`.
 */
function otherSpelling(lines: string[], line: number, output: string): number | undefined {
  const name = /Identifier '([\w$]+)' has already been declared/.exec(output)?.[1]
  if (!name) return undefined
  const bare = (text: string) => text.replace(/\/\/.*$/, '').replace(/[\s()]/g, '')
  const wanted = bare(lines[line - 1] ?? '')
  const earlier = lines.findIndex(
    (text, index) => index < line - 1 && text.includes(name) && bare(text) === wanted,
  )
  // Only comments and blank lines stand between the two: code between them uses the first.
  const between = lines.slice(earlier + 1, line - 1)
  const apart = between.some((text) => text.trim() !== '' && !/^\s*\/\//u.test(text))
  return earlier === -1 || apart ? undefined : earlier + 1
}

/** Lines of real code that read like words: `import os`, `return x`, `echo hello world`. */
function isKeywordLine(text: string): boolean {
  return /^(?:import|from|return|yield|raise|pass|break|continue|echo|export|set|cd|sudo|get|del|global|nonlocal|assert|await|throw|print|else|elif|try|finally|async|def|class|let|const|var|new|delete|typeof|void|instanceof|not|and|or|in|is|lambda|with|while|for|if|case|match|type|interface|enum|declare|namespace|abstract|public|private|protected|static|readonly|export|function|yield)\b/.test(
    text,
  )
}

/** Whether a line of a JavaScript or TypeScript sample parses as a statement of code. */
function readsAsCode(line: string, sample: Sample): boolean {
  const { id } = sample.runner
  return (
    callsWithString(line) ||
    ((id === 'javascript' || id === 'typescript') && readsAsJavaScript(line, id === 'typescript'))
  )
}

/** Whether the line (0-based) of a JavaScript or TypeScript sample misspells a keyword among code. */
function misspeltKeyword(lines: readonly string[], index: number, sample: Sample): boolean {
  const { id } = sample.runner
  return (
    (id === 'javascript' || id === 'typescript') &&
    keywordTypoAt(lines, index, id === 'typescript') !== undefined
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

/** The line of the sample an error in its output names (the innermost frame), or `undefined`. */
export function errorLine(output: string, samplePath: string): number | undefined {
  const python = pythonFrames(output, samplePath)
  if (python.length > 0) return python.at(-1)
  return otherFrames(output, samplePath)[0]
}

/** Every line of the sample a traceback or stack in its output names. */
export function errorLines(output: string, samplePath: string): number[] {
  return [...pythonFrames(output, samplePath), ...otherFrames(output, samplePath)]
}

function pythonFrames(output: string, samplePath: string): number[] {
  if (!samplePath) return []
  const file = escapeStringRegexp(samplePath)
  return [...output.matchAll(new RegExp(`File "${file}", line (\\d+)`, 'g'))].map((m) =>
    Number(m[1]),
  )
}

function otherFrames(output: string, samplePath: string): number[] {
  if (!samplePath) return []
  const file = escapeStringRegexp(samplePath)
  return [...output.matchAll(new RegExp(`${file}(?::| line |: line )(\\d+)`, 'g'))].map((m) =>
    Number(m[1]),
  )
}

/** The line (from 1) of a JavaScript sample refused with a `SyntaxError` that is only `...` or `…`; of a shell sample, `shellElisionLineOf`. */
function elisionLineOf(sample: Sample, output: string): number | undefined {
  if (isShell(sample)) return shellElisionLineOf(sample, output)
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (!/^SyntaxError: /mu.test(output)) return undefined
  const found = sample.code.split('\n').findIndex((text) => /^\s*(?:\.\.\.|…)\s*$/u.test(text))
  return found === -1 ? undefined : found + 1
}

/** `...` standing for a body before the word that closes it: `do ... done`, `then ... fi`, `{ ... }`. */
const elidedShellBody =
  /(?:^|[;&|{]|\b(?:do|then|else))\s*(?:\.\.\.|…)\s*;?\s*(?:done|fi|esac|\})(?=\s|;|$)/u

/**
 * The line of a shell sample that never closes its loops or conditionals
 * because a body is left out (`for i in {1..10}; do ... done`: the shell
 * reads `...` as a command and `done` as its argument), the first such line.
 */
function shellElisionLineOf(sample: Sample, output: string): number | undefined {
  if (!/unexpected end of file|syntax error/u.test(output)) return undefined
  const found = sample.code.split('\n').findIndex((text) => elidedShellBody.test(text))
  return found === -1 ? undefined : found + 1
}
