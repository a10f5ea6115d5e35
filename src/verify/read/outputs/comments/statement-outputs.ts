import type { Runner } from '../../../runners.js'
import { type Statement, topLevelStatements } from '../../code/statements.js'
import {
  headsValueComment,
  quotedInCode,
  saysThrows,
  statementError,
} from '../../error-claims/error-comments.js'
import { printRaisesNamedError } from '../../error-claims/raised-by-print.js'
import { saysFailsInWords } from '../../error-claims/worded-errors.js'
import type { DocumentedOutput, OutputPart } from '../documented-output.js'
import { outputMarker, printCall, uncomment } from '../documented-output.js'
import { alignedContinuation } from './aligned-comments.js'
import { callbackPrints, calledPrints } from './called-prints.js'
import { labelledLineAbove } from './labelled-above.js'
import { markedLineAbove } from './marked-above.js'
import { mutatedReceiver } from './mutated-receiver.js'
import { isOutputHeading } from './output-headings.js'
import { printedThenValue } from './printed-then-value.js'
import { assignedValue, readOutputBlock, readsClock } from './repl-values.js'
import { callsPrintingFunction } from './shell-function-calls.js'
import { kindOf, printsWithin, type StatementKind } from './statement-kinds.js'
import { remarksUnderValue, templateLabel } from './template-labels.js'
import { trailingComment } from './trailing-comments.js'
import {
  commentBelow,
  commentValue,
  errorComment,
  loopComment,
  markedValue,
  nothingPrinted,
  printedValue,
  type ValueComment,
  valueComment,
  valueMarker,
} from './value-comments.js'
import { valueSequence } from './value-sequence.js'
import { varyingSource, withVarying } from './varying-sources.js'
import { wrappedValueBelow } from './wrapped-comments.js'

/** A declaration of a function or a class, which runs nothing. */
const declaration = /^(?:export\s+)?(?:async\s+)?(?:function\b|class\s|def\s)/u
/** A string over lines standing alone, a note or a docstring (`"""语法: ..."""`): a comment under it is about what follows. */
const noteString = /^("""|''')[\s\S]*\n[\s\S]*\1$/u
/** A print call whose first argument is a label: `print('Sum:', total)`, `console.log("x =", x)`. */
const labelledPrint = /^(?:print|console\.log)\s*\(\s*[fFrRbB]?(['"`])((?:\\.|(?!\1).)*)\1\s*,/
/**
 * A shell's `echo` of a label then an expansion in one double-quoted word:
 * `echo "octal number = $oct"`, `echo "exit status of \"true\" = $?"`, the
 * label being the text before the first `$`.
 */
const labelledEcho = /^echo\s+(?:-[neE]+\s+)*"((?:\\.|[^"\\$])+)\$/

/** A shell assignment, to a variable or an array's item, declared or not: `A=(x y)`, `n+=1`, `declare -a B=(1)`. */
const shellAssignment =
  /^(?:(?:declare|typeset|local|export|readonly)(?:\s+-\w+)*\s+)?[A-Za-z_]\w*(?:\[[^\]]*\])?\+?=(?!=)/u

/**
 * Outputs documented statement by statement: a value comment on a line that
 * prints or is an expression (`print(x)  # [1, 2]`, `x  # => 3`,
 * `console.log(a) // 1`, `a // → 3`, a REPL-style `typeof b // "object"`),
 * or on the comment line right under it (`typeof f` / `// "function"`); a
 * comment after a block that prints (`} // true`, `} // 无输出`); an error
 * a statement raises (`v // ReferenceError: v is not defined`), checked in
 * place while the statements after it still run, as in a REPL; or several
 * `# Output:` comment blocks, each documenting the code above it since the
 * previous one. `undefined` when the sample documents its output once, or
 * not at all.
 *
 * Note: only top-level statements count, found from the syntax tree: a value
 * comment inside a function is left alone, since its line runs whenever the
 * function is called. One on a print call inside a loop documents the whole
 * loop's output (`// John, then 30`), and is compared only if it matches it.
 */
export function statementOutputs(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  const statements = topLevelStatements(runner, code, { openBlocks: true })
  if (!statements) return undefined
  const lines = code.split('\n')
  const parts: OutputPart[] = []
  const endsStatement = new Map(statements.map((statement) => [statement.to, statement]))
  const shell = runner.commentPrefixes[0] === '#' && runner.id !== 'python'
  let blockStart = 1
  let blocks = 0
  let values = 0
  for (let index = 0; index < lines.length; index++) {
    const number = index + 1
    const line = lines[index] ?? ''
    const statement = endsStatement.get(number)
    const kind: StatementKind = !statement
      ? 'other'
      : shell
        ? printCall.test(statement.text.trim()) || callsPrintingFunction(statement.text, code)
          ? 'print'
          : 'other'
        : kindOf(statement, runner)
    // A print's comment is what it prints, even when that is an error's text, unless it says
    // in words that the call throws (`console.log(bar); // 报错ReferenceError`) or is an
    // error's `Name: message` that the call's arguments cannot print.
    const claimed = statement && !shell ? errorComment(line, runner, code) : undefined
    const error =
      kind !== 'print' ||
      saysThrows(claimed?.comment) ||
      saysFailsInWords(claimed?.comment) ||
      (statement && claimed && printRaisesNamedError(statement.text, claimed.comment, code))
        ? claimed
        : undefined
    if (statement && error) {
      // JavaScript can go on after an error only around an expression; a declaration that
      // throws stops the program, so such a sample is checked for the error alone.
      if (runner.id !== 'python' && !statement.expression) return undefined
      parts.push({
        from: statement.from,
        to: statement.to,
        value: false,
        inline: true,
        error,
        lines: [error.comment],
        lineNumbers: [fenceLine + number],
      })
      blockStart = number + 1
      values++
      continue
    }
    // A value comment on an assignment claims the value of the name it binds (`b = a[0]  # 'H'`).
    const assigned =
      statement && kind === 'other' && !shell
        ? assignmentPart(statement, trailingComment(line, runner), runner)
        : undefined
    if (assigned) {
      parts.push({ ...assigned, lineNumbers: [fenceLine + number] })
      blockStart = number + 1
      values++
      continue
    }
    // The line a labelled print prints, as the comment line right above it (`// set-array Set {}`).
    const above =
      statement && kind === 'print' && !shell && trailingComment(line, runner) === undefined
        ? labelledLineAbove(lines, statement, runner)
        : undefined
    if (statement && above !== undefined) {
      parts.push({
        from: statement.from,
        to: statement.to,
        value: false,
        lines: [above],
        lineNumbers: [fenceLine + statement.from - 1],
      })
      blockStart = number + 1
      values++
      continue
    }
    // The output written in the comment right above a print, after an output word (`// 输出3`).
    const marked =
      statement && kind === 'print' && !shell && trailingComment(line, runner) === undefined
        ? markedLineAbove(lines, statement.from - 1, runner)
        : undefined
    if (
      statement &&
      marked &&
      commentBelow(lines, index, runner, /^\s*/.exec(lines[statement.from - 1] ?? '')?.[0]) ===
        undefined &&
      !parts.some((taken) => taken.lineNumbers.includes(fenceLine + marked.line + 1))
    ) {
      const value = markedValue(marked.whole, marked.value, kind)
      parts.push(part(statement, kind, value, [fenceLine + marked.line + 1], false, runner))
      blockStart = number + 1
      values++
      continue
    }
    // A shell assignment prints nothing: its comment gives the value it binds (`A=(x{1..2})  # => x1 x2`).
    if (statement && shell && shellAssignment.test(statement.text.trim())) continue
    // A promise's reaction printing on the comment's line documents that print, not the chain's value.
    const lineKind = kind === 'call' && reactionPrintsOn(line, runner) ? 'print' : kind
    const comment =
      statement && !innerPrintOfBlock(statement, kind, line) && !loopsOver(statement, kind, line)
        ? valueComment(line, lineKind, runner)
        : undefined
    // What a call prints through the function it calls, documented in that function.
    // A callback handed to a timer or a promise (`setTimeout(() => {`): what its prints document.
    const through =
      statement && kind === 'call'
        ? (calledPrints(statement, statements, lines, fenceLine, runner, (text) =>
            printedValue(text, runner),
          ) ??
          callbackPrints(statement, lines, fenceLine, runner, (text) => printedValue(text, runner)))
        : undefined
    if (statement && comment) {
      const documented = part(statement, lineKind, comment, [fenceLine + number], true, runner)
      // A printed value going on over comment lines aligned under its comment (aligned-comments.ts):
      // a print's, or a call's that prints (`child.greet() // Hello from the Parent`).
      const more =
        kind === 'print' || kind === 'call' ? alignedContinuation(lines, index, runner) : []
      parts.push({
        ...documented,
        ...(more.length > 0 && {
          lines: [...documented.lines, ...more],
          lineNumbers: [
            ...documented.lineNumbers,
            ...more.map((_, offset) => fenceLine + number + 1 + offset),
          ],
        }),
        ...(listsIterations(statement, kind, comment.text) && { iterations: true }),
        ...(through && { printedBy: through }),
      })
      index += more.length
      blockStart = number + 1 + more.length
      values++
      continue
    }
    // A value wrapped over the comment lines right under it (`# [[0, 1, 2],` / `#  [3, 4, 5]]`).
    const wrapped =
      statement && (kind === 'expression' || kind === 'call') && !shell
        ? wrappedValueBelow(lines, index, runner, /^\s*/.exec(lines[statement.from - 1] ?? '')?.[0])
        : undefined
    if (statement && wrapped) {
      parts.push({
        from: statement.from,
        to: statement.to,
        value: true,
        inline: false,
        wrapped: true,
        lines: wrapped,
        lineNumbers: wrapped.map((_, offset) => fenceLine + number + 1 + offset),
      })
      index += wrapped.length
      blockStart = number + 1
      values++
      continue
    }
    // The value on the comment line right under the statement, alone there (`typeof f` / `// "function"`).
    // A function's or a class's declaration, or a note's string, prints nothing: a comment under it
    // is about what follows.
    const declares =
      statement !== undefined &&
      (declaration.test(statement.text.trim()) || noteString.test(statement.text.trim()))
    const indent = statement ? /^\s*/.exec(lines[statement.from - 1] ?? '')?.[0] : undefined
    const alone =
      statement && !shell && !declares ? commentBelow(lines, index, runner, indent) : undefined
    // A labelled template print shows one value: the comment lines under the one giving it remark on it.
    const labelled =
      statement && kind === 'print' && !shell && alone === undefined
        ? templateLabel(statement.text)
        : undefined
    // Not a heading announcing the lines under it (`// Expected output`): those are the output.
    const labelledValue =
      labelled !== undefined
        ? commentBelow(lines.slice(0, index + 2), index, runner, indent)
        : undefined
    const valueLine =
      labelledValue !== undefined && !isOutputHeading(labelledValue) ? labelledValue : undefined
    const remarks =
      valueLine !== undefined ? remarksUnderValue(lines, index + 1, runner, indent ?? '') : 0
    const below = alone ?? valueLine
    if (statement && below !== undefined) {
      // Under a print, as on its line: an error the call's arguments cannot print, or one said
      // in words, is what the call raises (`console.log(+1n);` / `// TypeError: Cannot convert ...`).
      const stated = quotedInCode(below, code) ? undefined : statementError(below)
      // Words over a line with a value comment of its own label that line (see `headsValueComment`).
      const claimedBelow =
        stated?.name === undefined && headsValueComment(lines[index + 2] ?? '', runner)
          ? undefined
          : stated
      const underError =
        kind !== 'print' ||
        saysThrows(claimedBelow?.comment) ||
        saysFailsInWords(claimedBelow?.comment) ||
        (claimedBelow && printRaisesNamedError(statement.text, claimedBelow.comment, code))
          ? claimedBelow
          : undefined
      if (underError) {
        if (runner.id !== 'python' && !statement.expression) return undefined
        parts.push({
          from: statement.from,
          to: statement.to,
          value: false,
          error: underError,
          lines: [underError.comment],
          lineNumbers: [fenceLine + number + 1],
        })
        blockStart = number + 2
        values++
        index++
        continue
      }
      // Under an assignment, the value of the name it binds (`const e = Object.entries(o);` / `// → [['x', 42]]`).
      const assignedBelow = kind === 'other' ? assignmentPart(statement, below, runner) : undefined
      // Words alone over the next statement head it (`// a template string` / `let s = …`), not a string's value.
      const headsNext =
        /\S/.test(lines[index + 2] ?? '') && !/^\s*(?:\/\/|#)/.test(lines[index + 2] ?? '')
      if (assignedBelow && !(assignedBelow.unquoted && headsNext)) {
        parts.push({ ...assignedBelow, inline: false, lineNumbers: [fenceLine + number + 1] })
        blockStart = number + 2
        values++
        index++
        continue
      }
      // Under a chain ending in a reaction that prints (`.then((v) => console.log(v));`), what it prints.
      const belowKind = kind === 'call' && reactionPrintsOn(line, runner) ? 'print' : kind
      const marked = valueMarker.exec(below)?.[1]?.trim()
      const value = marked ? markedValue(below, marked, belowKind) : commentValue(below, belowKind)
      if (
        value &&
        !outputMarker.test(below) &&
        !captionsPrintBelow(kind, index, lines, statements, runner)
      ) {
        parts.push({
          ...part(statement, belowKind, value, [fenceLine + number + 1], false, runner),
          ...(listsIterations(statement, kind, value.text) && { iterations: true }),
          ...(loops(statement, kind) && { joined: true }),
          ...(through && { printedBy: through }),
        })
        blockStart = number + 2 + remarks
        values++
        index += 1 + remarks
        continue
      }
    }
    if (statement && through) {
      parts.push({
        from: statement.from,
        to: statement.to,
        value: false,
        printedBy: through,
        lines: through.lines,
        lineNumbers: through.lineNumbers,
      })
      values++
      continue
    }
    // A loop's comment on its one print, inside it or on its last line (a Python loop's).
    const lastOfLoop = statement && kind === 'block' && statement.from < number
    const looped =
      (!statement || lastOfLoop) && !shell
        ? loopComment(line, number, statements, runner)
        : undefined
    if (looped) {
      parts.push({
        from: looped.from,
        to: looped.to,
        value: false,
        inline: true,
        iterations: true,
        lines: [looped.text],
        lineNumbers: [fenceLine + number],
      })
      values++
      continue
    }
    const text = uncomment(line, runner.commentPrefixes)
    const marker = text === undefined ? undefined : outputMarker.exec(text.trim())
    if (!marker || /^\s/.test(line)) continue
    // A block with no statement above it is a header (`# Outputs:` in a function's doc comment).
    if (!statements.some((s) => s.from >= blockStart && s.to < number)) continue
    // An `# Output:` block: its comment lines document the code since the previous one.
    const body: string[] = []
    const numbers: number[] = []
    const first = marker[1]?.trim()
    if (first) {
      body.push(first)
      numbers.push(fenceLine + number)
    }
    // The same marker written again on each line of the output (`// 输出：10` / `// 输出：20`) goes on.
    const label = first ? text?.trim().slice(0, -first.length) : undefined
    let end = index + 1
    while (end < lines.length) {
      const next = uncomment(lines[end] ?? '', runner.commentPrefixes)
      const again = label && next?.trim().startsWith(label) ? next.trim().slice(label.length) : ''
      if (next === undefined || (outputMarker.test(next.trim()) && !again.trim())) break
      body.push(again.trim() ? again.trim() : next)
      numbers.push(fenceLine + end + 1)
      end++
    }
    while (body.length > 0 && body.at(-1)?.trim() === '') {
      body.pop()
      numbers.pop()
    }
    const covered = statements.filter((s) => s.from >= blockStart && s.to < number)
    const reading = shell ? { value: false } : readOutputBlock(covered, body, runner)
    // The block under a labelled template print, the one print it covers, may give its value alone.
    const prints = shell ? [] : covered.filter((s) => kindOf(s, runner) === 'print')
    const template =
      prints[0] !== undefined && prints.length === 1 && prints[0] === covered.at(-1)
        ? templateLabel(prints[0].text)
        : undefined
    parts.push({
      from: blockStart,
      to: number - 1,
      ...reading,
      ...(template !== undefined && { template }),
      lines: body,
      lineNumbers: numbers,
    })
    if (reading.value || reading.error || template !== undefined) values++
    blocks++
    blockStart = end + 1
    index = end - 1
  }
  // A loop's comment sits inside it: the parts go in the order of their statements.
  parts.sort((a, b) => a.from - b.from)
  const trailingOnly =
    blocks === 1 && parts.length === 1 && lines.slice(blockStart - 1).every((l) => !l.trim())
  if (parts.length === 0 || (trailingOnly && values === 0)) return undefined
  // Errors alone: the sample is checked for its first error, where the program stops
  // (a traceback in an `# Output:` block is checked in place, as a session's).
  if (blocks === 0 && parts.every((part) => part.error)) return undefined
  // Numbers a sample reads from the clock or draws at random are the author's run's.
  const varying = varyingSource(code)
  return {
    kind: 'statements',
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts: parts.map((part) => withVarying(part, varying, lines, fenceLine)),
    reason: `${parts.length} statement output${parts.length === 1 ? '' : 's'} documented in comments, from line ${parts[0]?.lineNumbers[0] ?? fenceLine}`,
  }
}

/**
 * Whether the comment under a statement that prints nothing (`var a = 1;` /
 * `// 输出 1`) is, after an output word, the caption of the print right under
 * it (`console.log(a);`, see `markedLineAbove`): that print's output, not a
 * remark on the statement above. `index` is the statement's last line.
 */
function captionsPrintBelow(
  kind: StatementKind,
  index: number,
  lines: readonly string[],
  statements: readonly Statement[],
  runner: Runner,
): boolean {
  if (kind !== 'other') return false
  const print = statements.find((s) => s.from === index + 3)
  return (
    print !== undefined &&
    kindOf(print, runner) === 'print' &&
    trailingComment(lines[index + 2] ?? '', runner) === undefined &&
    markedLineAbove(lines, index + 2, runner) !== undefined
  )
}

function part(
  statement: Statement,
  kind: StatementKind,
  comment: ValueComment,
  lineNumbers: number[],
  inline: boolean,
  runner: Runner,
): OutputPart {
  const nothing = nothingPrinted.test(comment.text)
  const text = statement.text.trim()
  const echoed = labelledEcho.exec(text)?.[1]?.replace(/\\(["\\$`])/g, '$1')
  const label = labelledPrint.exec(text)?.[2]?.split('{')[0] ?? echoed
  const template = kind === 'print' ? templateLabel(text) : undefined
  // `打印「开始」→ { value: 1, done: false }`: the printed line, then the value, on one comment.
  const both = kind === 'print' ? undefined : printedThenValue(comment.whole ?? comment.text)
  // `list1.append(6)  #[1, 2, 3, 4, 5, 6]`: the list after the call, not what the call returns.
  const receiver = kind === 'call' ? mutatedReceiver(text, comment.text, runner) : undefined
  return {
    from: statement.from,
    to: statement.to,
    value: receiver === undefined && (kind === 'call' || kind === 'expression'),
    ...(receiver !== undefined && { shows: receiver }),
    inline,
    loose: comment.loose,
    labelled: labelledPrint.test(text) || echoed !== undefined,
    ...(label !== undefined && { label }),
    ...(template !== undefined && { template }),
    lines: nothing ? [] : (both ?? [comment.text]),
    ...(comment.whole !== undefined && { whole: comment.whole }),
    lineNumbers: nothing ? [] : both ? both.map(() => lineNumbers[0] ?? 0) : lineNumbers,
    ...(nothing && lineNumbers[0] !== undefined && { nothingAt: lineNumbers[0] }),
  }
}

/** The part for a value comment on an assignment, its line number aside; `undefined` for a remark. */
function assignmentPart(
  statement: Statement,
  comment: string | undefined,
  runner: Runner,
): Omit<OutputPart, 'lineNumbers'> | undefined {
  const value = comment === undefined ? undefined : assignedValue(statement, comment, runner)
  if (!value) return undefined
  return {
    from: statement.from,
    to: statement.to,
    value: true,
    inline: true,
    shows: value.name,
    ...(readsClock.test(statement.text) && { clock: true }),
    lines: [value.text],
    ...(value.whole !== undefined && { whole: value.whole }),
    ...(value.unquoted && { unquoted: true }),
  }
}

/**
 * Whether a comment on (or under) a loop, or a call whose callback prints
 * (`arr.forEach((v) => console.log(v))`), lists each printed line in turn,
 * joined by commas (`//> 0, 1` for `0` then `1`): compared line by line,
 * as a comment on the loop's one print is (see `valueSequence`).
 */
function listsIterations(statement: Statement, kind: StatementKind, text: string): boolean {
  return loops(statement, kind) && valueSequence(text) !== undefined
}

/** A loop or block, or a call whose callback prints: what it prints may take several lines. */
function loops(statement: Statement, kind: StatementKind): boolean {
  return kind === 'block' || (kind === 'call' && printsWithin.test(statement.text))
}

/**
 * Whether a line is one of several print calls inside a block that ends on
 * it (a Python loop has no closing line): its comment is about that line's
 * own output (`print("年份:", m.group(1))  # 输出年份`), not the block's.
 */
function innerPrintOfBlock(statement: Statement, kind: StatementKind, line: string): boolean {
  if (kind !== 'block' || statement.from === statement.to) return false
  if (!printCall.test(line.trim())) return false
  return statement.text.split('\n').filter((text) => printsWithin.test(text)).length > 1
}

/** Whether a line is the one print call a loop ends on (Python's), whose comment is read as the loop's. */
function loopsOver(statement: Statement, kind: StatementKind, line: string): boolean {
  return (
    kind === 'block' &&
    statement.from < statement.to &&
    /^(?:for|while)\b/.test(statement.text.trim()) &&
    printCall.test(line.trim())
  )
}

/**
 * A promise's reaction that prints what it is handed, on one line
 * (`.then(res => console.log(res)) // 'done'`, `.catch((err) => console.log(err))`):
 * the line's comment is what that print shows, once the promise settles.
 */
export const reactionPrint =
  /\.(?:then|catch|finally)\s*\(\s*(?:(?:async\s+)?(?:[\p{L}_$][\p{L}\p{N}_$]*|\([^()]*\))\s*=>\s*console\.(?:log|info|error|warn)\s*\(|console\.(?:log|info|error|warn)\s*\))/u

function reactionPrintsOn(line: string, runner: Runner): boolean {
  return (runner.id === 'javascript' || runner.id === 'typescript') && reactionPrint.test(line)
}
