import type { Runner } from '../../../runners.js'
import { type Statement, topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { outputMarker, printCall, uncomment } from '../documented-output.js'
import { isProseAmongOutput } from '../fences/prose-among-output.js'
import { markedSummary } from './marked-summary.js'
import { isOutputHeading } from './output-headings.js'
import { endsAtClaimedError } from './stopping-error.js'

/** A print call anywhere in a statement: a loop or block whose own code prints. */
const printsWithin =
  /(?:^|[^\w.$])(?:print\s*\(|console\.(?:log|info|error|warn)\s*\(|echo\b|printf\b)/
/** A statement that defines something for later rather than running now. */
const definition =
  /^(?:async\s+)?(?:def|class|function)\b|^@|^(?:let|const|var)\s+\w+\s*=\s*(?:async\s+)?(?:function\b|\(|\w+\s*=>)|^\w+\s*\(\)\s*\{/
/** A comment line that is commented-out code, not output. */
const codeLike = /^(?:console\.|print\s*\(|(?:let|const|var|function|def|return|import)\s)/
/** A comment line that says a statement fails, which documents an error, not output. */
const errorLike = /\b\w*(?:Error|Exception)\b|报错|\braises?\b|\bthrows?\b/u
/** An ES module import of a file of the post: `import { create } from "blogpost.js"`. */
const localImport = /^\s*import\b[^'"]*\bfrom\s*(['"])(?:\.{0,2}\/)?[\w./-]+\.m?js\1/m

/** An arrow before a value: `=> "abc"`, `-> 3`, `→ 3`. */
const valueArrow = /^(?:=>|->|→|⇒)\s+(\S.*)$/u

/** A single comment line that talks about the output rather than showing it. */
/** A line of carets pointing at parts of the line above: `   ^^^  ^^  ^^^^^^^^`. */
const caretPointer = /^\s*\^+(?:\s+\^+)*\s*$/

const remark =
  /\b(?:prints?|printed|returns?|outputs?|shows?|will|should|would|displays?)\b|输出|打印|返回|显示|结果/iu

/** A label naming what follows as output or a result: `Result: `, `Output: `, `Logs: `, `输出：`. */
const lineLabel = /^(?:results?|outputs?|logs?|prints?|输出|结果|打印)\s*[:：]\s*/iu

/**
 * The length of the label every line of a block starts with, as written on
 * the first (`Result: 1` / `Result: 2` gives 8), when there are two lines
 * or more; `undefined` otherwise.
 */
function sharedLabel(body: readonly string[]): number | undefined {
  const label = lineLabel.exec(body[0]?.trim() ?? '')?.[0]
  if (body.length < 2 || label === undefined) return undefined
  const indent = /^\s*/.exec(body[0] ?? '')?.[0].length ?? 0
  const same = body.every(
    (text) => text.trimStart().startsWith(label) && text.trimStart() !== label,
  )
  return same ? indent + label.length : undefined
}

/**
 * The lines of a string's display written over comment lines (`"string
 * text line 1` / `string text line 2"`) without the quotes opening the first
 * and closing the last, when that quote stands nowhere else in them: what a
 * print shows of the string. Lines of another form are left as they are.
 */
function unquoteLines(body: string[]): void {
  const first = body[0]?.trimStart() ?? ''
  const quote = first[0]
  const last = body.at(-1)?.trimEnd() ?? ''
  if (body.length < 2 || (quote !== '"' && quote !== "'") || !last.endsWith(quote)) return
  if (body.join('\n').split(quote).length !== 3) return
  body[0] = first.slice(1)
  body[body.length - 1] = last.slice(0, -1)
}

/**
 * Output shown as comment lines right under the statement that prints it,
 * with no `Output:` marker: `printf "+ %s\n" "${fruits[@]}"` then
 * `# + Apple` / `# + Plum`, `book.print();` then `// Title: ...` lines, a
 * loop that logs then `// abc` three times. The block must end the sample or
 * be followed by a blank line (a comment right above code is a heading for
 * that code), and say nothing of errors. Under a print call (or a loop or
 * block that prints) it is compared as written; under another call, only
 * when the real output resembles it, since it may be a remark.
 *
 * Note: phmdoctest and Sybil need a marker or a fence for output; this is the
 * comment form of ruanyf's, the Bash Handbook's and YDKJS's posts.
 */
export function commentBlockOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  // A module importing the post's other files runs only beside them, not as one program.
  if (localImport.test(code)) return undefined
  const outer = topLevelStatements(runner, code)
  if (!outer) return undefined
  // A bare block's statements too, read as top-level ones (a block's output may follow its `}`).
  const opened = topLevelStatements(runner, code, { openBlocks: true }) ?? []
  const statements = [
    ...outer,
    ...opened.filter((inner) => !outer.some((s) => s.start === inner.start && s.end === inner.end)),
  ].sort((a, b) => a.start - b.start)
  const lines = code.split('\n')
  const shell = runner.id === 'bash' || runner.id === 'sh' || runner.id === 'zsh'
  // The commands, without the comment lines among them.
  const commands = lines
    .filter((line) => uncomment(line, runner.commentPrefixes) === undefined)
    .join('\n')
  const parts: OutputPart[] = []
  for (const statement of statements) {
    const kind = kindOf(statement, shell)
    if (kind === undefined) continue
    const body: string[] = []
    const numbers: number[] = []
    const indent = /^\s*/.exec(lines[statement.from - 1] ?? '')?.[0] ?? ''
    let index = statement.to
    for (; index < lines.length; index++) {
      const line = lines[index] ?? ''
      if (!line.startsWith(indent) || /^\s/.test(line.slice(indent.length))) break
      const text = uncomment(line, runner.commentPrefixes)
      if (text === undefined || line.trim() === '') break
      body.push(text.trimEnd())
      numbers.push(fenceLine + index + 1)
    }
    // A value's display over comment lines after a blank line, ending the sample, under its last print.
    if (body.length === 0 && !shell && printCall.test(statement.text.trim())) {
      const display = displayBelowBlank(lines, statement.to, indent, runner)
      if (display) {
        parts.push({
          from: statement.from,
          to: statement.to,
          value: false,
          gapless: true,
          lines: display.map((at) => uncomment(lines[at] ?? '', runner.commentPrefixes) ?? ''),
          lineNumbers: display.map((at) => fenceLine + at + 1),
        })
        continue
      }
    }
    const after = lines[index]
    // The `}` closing the bare block the statement stands in ends the block too.
    const closes =
      after !== undefined &&
      indent !== '' &&
      /^\s*\};?\s*$/.test(after) &&
      !after.startsWith(indent)
    if (body.length === 0 || (after !== undefined && after.trim() !== '' && !closes)) continue
    // A single line under a program's statement is the value comment other readers take.
    if (body.length === 1 && !shell) continue
    // A heading over the lines (`## 输出结果`) makes them the trailing comment's output, the whole sample's.
    if (
      body.some(
        (text) => outputMarker.test(text.trim()) || isOutputHeading(text) || errorLike.test(text),
      )
    )
      continue
    if (body.some((text) => codeLike.test(text.trim()) || text.trim() === '')) continue
    // The same label on every line (`// Result: 1` / `// Result: 2`) is the author's, not output.
    const label = sharedLabel(body)
    if (label !== undefined) body.splice(0, body.length, ...body.map((text) => text.slice(label)))
    // A string printed over lines, written as the console quotes it: `// "line 1` / `// line 2"`.
    if (kind === 'print') unquoteLines(body)
    // A summary line of the values, then words about them (`// 打印出：100 200 300`).
    const summary = markedSummary(body, kind === 'print' && !printCall.test(statement.text.trim()))
    if (summary) {
      body.splice(0, body.length, ...summary.lines)
      numbers.splice(0, numbers.length, ...summary.lines.map(() => numbers[0] ?? fenceLine))
    }
    if (body.length === 1 && remark.test(body[0] ?? '')) continue
    // Carets under the code above (`#    ^^^  ^^  ^^^^`) and the labels under them draw a diagram of it.
    if (caretPointer.test(body[0] ?? '') && !statement.text.includes('^')) continue
    // A shell statement's line of the author's words (`# 正常执行，条件为 false`) that no command
    // holds, under a statement whose own text holds no Han text to print.
    if (
      shell &&
      body.length === 1 &&
      !/\p{Script=Han}/u.test(statement.text) &&
      isProseAmongOutput(body[0] ?? '', commands)
    )
      continue
    // `# => "computer1 is in daveeddy.com"`: an arrow that reads "gives", then the value,
    // quoted or not, as a value comment on the line itself would give it.
    const arrowed = body.length === 1 ? valueArrow.exec(body[0] ?? '') : null
    if (arrowed?.[1] !== undefined) body.splice(0, 1, arrowed[1])
    const run = kind === 'print' ? printRunAbove(statements, statement, lines, shell) : []
    parts.push({
      from: run.length <= body.length ? (run[0]?.from ?? statement.from) : statement.from,
      to: statement.to,
      value: false,
      ...(arrowed && { inline: true }),
      ...(kind === 'call' && { loose: true }),
      gapless: true,
      lines: body,
      lineNumbers: numbers,
    })
  }
  if (parts.length === 0 || endsAtClaimedError(code, runner, parts)) return undefined
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts,
    reason: `${parts.length} output${parts.length === 1 ? '' : 's'} shown as comment lines under the statement${parts.length === 1 ? '' : 's'} printing ${parts.length === 1 ? 'it' : 'them'}, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}

/**
 * The print statements written right above `last` with nothing between
 * (no blank or comment line), each on its own lines: a comment block
 * under such a run (`console.log('a:', a)` / `console.log('b:', b)` /
 * `// a: 1` / `// b: 2`) shows what the run prints, the block being as
 * long as the run or longer. Empty when no print stands right above.
 */
function printRunAbove(
  statements: readonly Statement[],
  last: Statement,
  lines: readonly string[],
  shell: boolean,
): Statement[] {
  const run: Statement[] = []
  let next = last
  for (let at = statements.indexOf(last) - 1; at >= 0; at--) {
    const above = statements[at]
    if (!above || above.to !== next.from - 1 || kindOf(above, shell) !== 'print') break
    if ((lines[above.from - 1] ?? '').trim() === '') break
    run.unshift(above)
    next = above
  }
  return run.length === 0 ? [] : [...run, last]
}

/** `print` for a statement that prints, `call` for another call, `undefined` for the rest. */
function kindOf(statement: Statement, shell: boolean): 'print' | 'call' | undefined {
  const text = statement.text.trim()
  if (printCall.test(text)) return 'print'
  if (definition.test(text)) return undefined
  if (shell)
    return /^(?:for|while|until|if)\b/.test(text) && printsWithin.test(text) ? 'print' : undefined
  if (!statement.expression && printsWithin.test(text)) return 'print'
  return statement.expression && /\)\s*;?$/.test(text) ? 'call' : undefined
}

/**
 * The indexes of the comment lines after the blank line under a print that
 * show the array or object it prints, over several lines (`console.log(a)`,
 * a blank line, `// [` … `//   5, 6, 7, 8` … `// ]`), when they end the
 * sample: an opening bracket on the first line and its closing one on the
 * last say it is a value's display, not words about the code. `undefined`
 * otherwise.
 */
function displayBelowBlank(
  lines: readonly string[],
  printEnd: number,
  indent: string,
  runner: Runner,
): number[] | undefined {
  if ((lines[printEnd] ?? '').trim() !== '') return undefined
  const found: number[] = []
  let index = printEnd + 1
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '' || !line.startsWith(indent) || /^\s/.test(line.slice(indent.length)))
      break
    if (uncomment(line, runner.commentPrefixes) === undefined) return undefined
    found.push(index)
  }
  if (lines.slice(index).some((line) => line.trim() !== '')) return undefined
  const text = found.map((at) => uncomment(lines[at] ?? '', runner.commentPrefixes)?.trim() ?? '')
  if (text.length < 2 || !/^[[{]$/.test(text[0] ?? '')) return undefined
  const closer = text[0] === '[' ? ']' : '}'
  return new RegExp(`^\\${closer}[,;]?$`).test(text.at(-1) ?? '') ? found : undefined
}
