import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { outputLanguages, type Runner, runnerFor } from '../../runners.js'
import { fenceFileName } from '../named-files.js'
import { isNotebookCell } from '../notebook-cells.js'
import { echoesOf, echoParts } from '../transcripts/echo-fence.js'
import { isTemplateTags, sampleRunIn } from '../transcripts/file-runs.js'
import { pastedDefinitionsSession } from '../transcripts/pasted-definitions.js'
import {
  ipythonToDoctest,
  isDoctestSession,
  isIpythonSession,
  sessionForDoctest,
} from '../transcripts/python-sessions.js'
import { isSessionAfterCode } from '../transcripts/session-after-code.js'
import { blockCommentOutput } from './comments/block-comment-output.js'
import { closingStringOutput } from './comments/closing-string-output.js'
import { commentBlockOutputs } from './comments/comment-blocks.js'
import { markerAboveOutputs } from './comments/marker-above.js'
import { orderMarkedPrints } from './comments/order-markers.js'
import { isOutputHeading } from './comments/output-headings.js'
import { withoutNote } from './comments/output-notes.js'
import { outputStrings } from './comments/output-strings.js'
import { printedCommentBlock } from './comments/printed-comment-block.js'
import { withoutReplMarks } from './comments/repl-marks.js'
import { valueThenRemark } from './comments/repl-values.js'
import { statementOutputs } from './comments/statement-outputs.js'
import { valueSequence } from './comments/value-sequence.js'
import { announcesOutputAbove } from './fences/announcing-sentence.js'
import { answerFence } from './fences/answer-fence.js'
import { answerLines } from './fences/answer-labels.js'
import { checkedAnswer } from './fences/checked-answer.js'
import { chosenAnswer } from './fences/chosen-answer.js'
import { isCodeNotOutput, isShellFenceOfNumberedRows } from './fences/code-not-output.js'
import { contentBaseLine } from './fences/content-lines.js'
import { pythonErrorDisplay } from './fences/error-displays.js'
import { headingLeadIn } from './fences/heading-lead-ins.js'
import { knitrOutputLines } from './fences/knitr-output.js'
import { withoutLineLabels } from './fences/labelled-lines.js'
import { cellOutputShown, lastValueShown } from './fences/last-value.js'
import { leadInKind } from './fences/lead-ins.js'
import { notebookValues } from './fences/notebook-values.js'
import { listItemLeadIn } from './fences/output-lead-in.js'
import { isPrintedBy } from './fences/printed-fence.js'
import { callsPrintingFunction } from './fences/printing-calls.js'
import { isQuotedProse } from './fences/quoted-prose.js'
import { withoutReplTail } from './fences/repl-tail.js'
import {
  hasPrompts,
  isShellOutput,
  laterScriptRun,
  scriptRunOf,
  showsPrompts,
} from './fences/script-runs.js'
import { solutionOutputFence } from './fences/solution-blocks.js'
import { isStructuralHtml } from './fences/structural-tags.js'
import { pastedOutput, pastedUnderMarker } from './pasted/pasted-output.js'
import { printedParagraph } from './pasted/printed-paragraph.js'

/** What one stretch of a sample's code prints, as the post documents it. */
export interface OutputPart {
  /** First line of the code (1-based, within the sample) whose output this is. */
  from: number
  /** Last line of that code. */
  to: number
  /** Whether the line is an expression whose value is shown, as a REPL shows it. */
  value: boolean
  /** Of a `value` part's expressions, only the last statement's shows, as a notebook cell's does. */
  lastOnly?: boolean
  /** The name an assignment binds, whose value after it the comment documents (`b = a[0]  # 'H'`). */
  shows?: string
  /** That assignment, or its sample, reads the clock (`day = now.day`): a number it documents may vary from run to run. */
  clock?: boolean
  /** Its sample draws random numbers (`Math.random()`): a number it documents may vary from run to run. */
  random?: boolean
  /** Its code prints a process id (`echo $$`, `os.getpid()`): a number it documents varies from run to run. */
  processId?: boolean
  /** Its code prints an object's identity (Python's `id(a)`, a memory address): a number that varies from run to run. */
  objectId?: boolean
  /** Its lines come in any order (a transcript's `env` listing): compared as `unordered` compares. */
  unordered?: boolean
  /** Whether the output is a comment on the statement's own line (`print(x)  # 3`). */
  inline?: boolean
  /** A comment in words, not a literal: compared only when the real output resembles it. */
  loose?: boolean
  /** Whether that statement prints a label before the value its comment gives (`print('Sum:', s)  # 6`). */
  labelled?: boolean
  /** That label's literal text, as far as it is plain (up to an f-string's first `{`). */
  label?: string
  /** The label a print of one template literal shows before its one value (`Top: ` of `` `Top: ${n}` ``). */
  template?: string
  /** An error the comment says the statement raises; the statements after it still run, as in a REPL. */
  error?: { name: string | undefined; comment: string; hedged?: boolean } | undefined
  /**
   * What a call prints through the function it calls, as the value comments on that function's
   * prints document it (see `calledPrints`): compared line by line with what the call printed.
   */
  printedBy?: { lines: string[]; lineNumbers: number[] }
  /** A comment inside a loop: all iterations' output, on one line or one item each (`John, then 30`). */
  iterations?: boolean
  /**
   * A comment line under a loop (or a call whose callback prints): the lines it printed written on
   * one line (`//value add  value delete`), a claim only when it has as many words as they do.
   */
  joined?: boolean
  /** The whole comment, when `lines` holds only the value it starts with (`undefined is false`). */
  whole?: string
  /** A string's value written without quotes on its assignment (`// wor`): compared when spelt nearly as the value. */
  unquoted?: boolean
  /** Written as comment lines, which cannot show blank lines: the real output's are not compared. */
  gapless?: boolean
  /** The comment's line in the post, when it says the statement prints nothing (`// 无输出`). */
  nothingAt?: number
  /**
   * How many of the last lines may be the author's words rather than output
   * (`其他方法` after a command's output in a session): not compared when the
   * run printed no line for them (`withoutAuthorsWords`).
   */
  prose?: number
  /** Written in the `/* ... *\/` comment (Python: the string) that ends the sample: `--update` leaves it to the author. */
  inBlockComment?: boolean
  /** Pasted into the code after the statements, under a marker line (`# 输出`): rewritten in place. */
  pasted?: boolean
  /** Output lines as the terminal showed them (a prompt transcript's), not comment text: their indentation is output. */
  asShown?: boolean
  /** Written into the code after an arrow (`==> value`, see `arrowOutputs`): rewritten after it. */
  arrow?: string
  /** A value wrapped over several comment lines under its statement (wrapped-comments.ts): compared as one line. */
  wrapped?: boolean
  lines: string[]
  lineNumbers: number[]
}

/** The output a post documents for a sample. */
export interface DocumentedOutput {
  /**
   * `comment`: a trailing `# output:` comment block in the sample;
   * `block`: the output fence after the sample;
   * `transcript`: the sample is an interactive `>>>` (or IPython) session;
   * `statements`: comments on or under single statements (`print(x)  # 3`,
   * `x  # => 3`, several `# Output:` blocks), each for its own statement.
   */
  kind: 'comment' | 'block' | 'transcript' | 'statements'
  /** The expected lines, comment prefixes removed (every part's, for `statements`). */
  lines: string[]
  /** Line in the post of each expected line. */
  lineNumbers: number[]
  /** For `statements`: the output of each statement, compared on its own. */
  parts?: OutputPart[]
  /** For `transcript`: the session as doctest reads it (an IPython session rewritten, line for line). */
  doctest?: string
  /** For `block`: a fence of REPL echoes, its first line written after `>>> `, the others after `... `. */
  echoed?: boolean
  /**
   * For `statements`: a prompt transcript showing no output, claiming its commands print nothing
   * (silent-transcript.ts); for `block`: the output block right after such a transcript, whose
   * failing commands need the author's machine just the same.
   */
  silent?: boolean
  /**
   * For `statements` of a shell transcript: the lines, within the sample, of its commands shown
   * without output among commands shown with it (`$ chmod ./calc.sh` before `$ ./calc.sh`),
   * whose statuses are kept (judge/misused-command.ts).
   */
  quiet?: number[]
  /** For `statements`: a notebook cell's output, its values shown as IPython shows them (notebook-values.ts). */
  notebook?: boolean
  /**
   * The values of a quiz's option the answer chooses (chosen-answer.ts): for `block`, compared
   * with what the sample printed as one run of values, quotes, commas and line breaks aside.
   */
  chosenOption?: boolean
  /**
   * For `block`: printed lines pasted as one paragraph under the sample (printed-paragraph.ts),
   * compared with the lines it printed joined by spaces.
   */
  paragraph?: boolean
  /** Why this output was paired with the sample, for `--explain`. */
  reason: string
}

/** Calls that print their arguments, in the languages postdeck runs. */
export const printCall = /^(?:print|console\.(?:log|info|error|warn|dir|table)|alert|echo|printf)\b/

/**
 * `output:`, `Output -`, `输出：`, `运行结果：`, `# 输出示例：`, `# Example output:` opening a comment block; one saying the
 * output looks so, `Output something like:`, `输出类似:`, `输出可能类似 (看系统语言):`.
 */
export const outputMarker =
  /^(?:(?:(?:expected|example|sample)\s+)?outputs?(?:\s+(?:as follows|below|(?:is\s+)?(?:something\s+)?(?:like|similar to)))?|(?:示例|样例)?输出(?:结果|示例|样例)?(?:如下|(?:可能)?类似于?)?|运行结果(?:如下)?|结果(?:如下)?)\s*(?:[(（][^)）\n]*[)）]\s*)?[:：-]\s?(.*)$/iu

/**
 * Find the output documented for `code` (the runnable code of
 * `parent.children[index]`): the sample as a `>>>` or IPython session,
 * comments documenting single statements (or a last print's output in a
 * closing block comment), a trailing output comment, the
 * value of its last expression in the next fence (a quiz's answer), else
 * the next output fence (after at most one lead-in paragraph).
 */
export function findDocumentedOutput(
  code: string,
  node: Code,
  parent: Parent,
  index: number,
  runner: Runner,
  earlier: readonly string[] = [],
): DocumentedOutput | undefined {
  const fenceLine = node.position?.start.line ?? 1
  const lines = code.split('\n')
  const numbers = lines.map((_, offset) => fenceLine + 1 + offset)
  if (runner.id === 'python' && (isDoctestSession(code) || pastedDefinitionsSession(code))) {
    return {
      kind: 'transcript',
      lines,
      lineNumbers: numbers,
      // Leaving the interpreter ends the reader's session, not a failed example.
      doctest: sessionForDoctest(code),
      reason: 'interactive `>>>` session the sample is, checked as doctest does',
    }
  }
  if (runner.id === 'python' && isIpythonSession(code)) {
    return {
      kind: 'transcript',
      lines,
      lineNumbers: numbers,
      doctest: ipythonToDoctest(code),
      reason: 'IPython session the sample is (`In [1]:`), checked as doctest does',
    }
  }
  // A notebook exported to Markdown that displays every expression's value: the block under the cell.
  const notebook = notebookValues(code, parent, index, runner, earlier)
  if (notebook) return notebook
  // Value lines under a bare `# Output:` / `#输出` line ending the sample: the marker is no statement comment.
  const marked = pastedUnderMarker(code, fenceLine, runner)
  if (marked) return marked
  // `console.log('script start') // 1`: the prints numbered in the order they run.
  const ordered = orderMarkedPrints(code, fenceLine, runner)
  if (ordered) return ordered
  const parts = statementParts(code, fenceLine, runner)
  // Comments in words alone claim nothing the output fence after the sample does not show whole,
  // which may be the value of the expression ending it (`"{} {}".format(a, b)  # 按默认顺序`).
  if (parts?.parts?.every(inWords)) {
    const block = followingBlock(code, parent, index, runner)
    if (block?.kind === 'block')
      return lastValue(block, code, runner, parent, index, earlier, isNotebookCell(node))
  }
  // Value comments on some statements, and the output fence after the sample showing each of them
  // among all it printed (a notebook cell's `print(f)  # <bound method ...>` over its output): the fence.
  if (parts?.parts) {
    const block = followingBlock(code, parent, index, runner)
    if (block?.kind === 'block' && shownWithin(parts.parts, block.lines)) return block
  }
  return (
    parts ??
    raisedInComment(trailingComment(code, fenceLine, runner.commentPrefixes), code, runner) ??
    printedCommentBlock(code, fenceLine, runner) ??
    pastedOutput(code, fenceLine, runner) ??
    // A quiz's options listed after the sample, the one it prints checked (`- [x] 6`).
    checkedAnswer(parent, index) ??
    // A quiz's lettered options after the sample, the answer choosing one (`#### 答案: B`).
    chosenAnswer(code, parent, index, runner) ??
    answerFence(code, parent, index, runner) ??
    lastValue(
      withoutReplTail(followingBlock(code, parent, index, runner), code, runner),
      code,
      runner,
      parent,
      index,
      earlier,
      isNotebookCell(node),
    ) ??
    printedFence(code, parent, index, earlier) ??
    printedParagraph(code, parent, index, runner, earlier)
  )
}

/** The output fence after a sample, read as its last expression's value where that is what it shows (last-value.ts). */
function lastValue(
  block: DocumentedOutput | undefined,
  code: string,
  runner: Runner,
  parent: Parent,
  index: number,
  earlier: readonly string[],
  cell: boolean,
): DocumentedOutput | undefined {
  // A notebook's code cell shows what it printed and its last expression's value.
  if (cell) return cellOutputShown(block, code, runner) ?? block
  // A sample the paragraph above runs as a script (`If we run the following script:`) shows no value.
  const above = parent.children[index - 1]
  if (above?.type === 'paragraph' && runsAsScript(plainText(above))) return block
  // Calls of a function an earlier sample defines to print: the fence is what they print.
  if (callsPrintingFunction(code, earlier)) return block
  return lastValueShown(block, code, runner) ?? block
}

/** Words running the code below as a script or program: `run the following script`, `运行下面的脚本`. */
function runsAsScript(text: string): boolean {
  return /\brun(?:ning)?\s+(?:the\s+)?(?:following|this|the)\s+(?:script|program)\b|(?:运行|执行)(?:下面|以下|这个|这段)的?(?:脚本|程序)/iu.test(
    text,
  )
}

/**
 * Whether the values the comments give are each a whole line of `shown`, in
 * their order, and `shown` holds more: the full output, which they quote.
 */
function shownWithin(parts: readonly OutputPart[], shown: readonly string[]): boolean {
  const quoted = parts.flatMap((part) =>
    part.error || part.printedBy || part.loose || part.joined || part.iterations
      ? [undefined]
      : part.lines,
  )
  if (quoted.length === 0 || quoted.length >= shown.length) return false
  let at = 0
  for (const line of quoted) {
    if (line === undefined || line.trim() === '') return false
    while (at < shown.length && shown[at]?.trim() !== line.trim()) at += 1
    if (at === shown.length) return false
    at += 1
  }
  return true
}

/** A comment that describes a statement in words, claiming no value: loose, or no list of a loop's values. */
function inWords(part: OutputPart): boolean {
  return part.loose === true || (part.iterations === true && !valueSequence(part.lines[0] ?? ''))
}

/**
 * Outputs a sample documents statement by statement, in comments: on or
 * under single statements, as comment lines under the statement that
 * prints them, or in the block comment (Python: the string) closing the sample after a print. `--update` reads a rewritten sample with it again.
 */
export function statementParts(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedOutput | undefined {
  // Output written with a REPL's marks (`# <<< 'three'`, `# ... [3, 4]`) is read without them.
  const read = withoutReplMarks(code, runner)
  const strings = outputStrings(read, fenceLine, runner)
  if (strings) {
    const others = statementOutputs(read, fenceLine, runner)
    // One string closing the script, right under its print or opened by `Result:`: its own reading.
    const closing =
      strings.parts?.length === 1 && !others
        ? closingStringOutput(read, fenceLine, runner)
        : undefined
    return closing ?? withOtherParts(strings, others)
  }
  return (
    markerAboveOutputs(read, fenceLine, runner) ??
    statementOutputs(read, fenceLine, runner) ??
    commentBlockOutputs(read, fenceLine, runner) ??
    blockCommentOutput(read, fenceLine, runner) ??
    closingStringOutput(read, fenceLine, runner)
  )
}

/**
 * The outputs a sample writes in strings under its code, and the value
 * comments on statements of its, in code order. A string documents the code
 * under the last statement whose value comment documents its own output
 * (`print(g)` / `#<generator object ...>`, then the loop the string shows);
 * one with no such code under that statement is a note on it.
 */
function withOtherParts(
  strings: DocumentedOutput,
  others: DocumentedOutput | undefined,
): DocumentedOutput {
  const commented = others?.parts ?? []
  const taken = new Set(strings.lineNumbers)
  const apart = commented.filter((part) => part.lineNumbers.every((line) => !taken.has(line)))
  const narrowed = (strings.parts ?? []).flatMap((string) => {
    const within = apart.filter((part) => part.from >= string.from && part.to <= string.to)
    if (within.length === 0) return [string]
    const from = Math.max(...within.map((part) => part.to)) + 1
    return from > string.to ? [] : [{ ...string, from }]
  })
  if (apart.length === 0 && narrowed.length === strings.parts?.length) return strings
  const parts = [...narrowed, ...apart].sort((a, b) => a.from - b.from)
  return {
    ...strings,
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
    parts,
  }
}

/**
 * A Python sample's trailing output comment that shows an error alone
 * (`## 输出结果` / `# UnboundLocalError: ...`), read as the traceback the
 * script prints, as an output fence showing it alone is (error-displays.ts).
 */
function raisedInComment(
  documented: DocumentedOutput | undefined,
  code: string,
  runner: Runner,
): DocumentedOutput | undefined {
  if (!documented || runner.id !== 'python') return documented
  return { ...documented, ...pythonErrorDisplay(documented, false, code) }
}

/** The trailing `# output:` comment block of a sample, if it ends with one. */
function trailingComment(
  code: string,
  fenceLine: number,
  prefixes: readonly string[],
): DocumentedOutput | undefined {
  const lines = code.split('\n')
  let end = lines.length
  while (end > 0 && lines[end - 1]?.trim() === '') end--
  for (let start = end - 1; start >= 0; start--) {
    const text = uncomment(lines[start] ?? '', prefixes)
    if (text === undefined) return undefined
    // `// Will print` / `// 将会输出` alone, the output on the comment lines under it.
    const marker =
      outputMarker.exec(text.trim()) ??
      (isOutputHeading(text) && start + 1 < end ? ['', ''] : undefined)
    if (!marker) continue
    const first = marker[1]?.trim()
    // The same marker written on each line of the output (`// 输出：10` / `// 输出：20`): one block.
    const label = first ? text.trim().slice(0, -first.length) : ''
    const labelled = (at: number) => {
      const above = uncomment(lines[at] ?? '', prefixes)?.trim()
      return label !== '' && above?.startsWith(label) && above.length > label.length
        ? above.slice(label.length).trim()
        : undefined
    }
    if (label !== '' && labelled(start - 1) !== undefined) {
      let top = start
      while (top > 0 && labelled(top - 1) !== undefined) top--
      const values = lines.slice(top, end).map((_, offset) => labelled(top + offset) ?? '')
      if (values.every((value) => value !== '')) {
        return {
          kind: 'comment',
          lines: values,
          lineNumbers: values.map((_, offset) => fenceLine + 1 + top + offset),
          reason: `trailing \`${lines[top]?.trim()}\` comments from line ${fenceLine + 1 + top}`,
        }
      }
    }
    const body = lines
      .slice(start + 1, end)
      .map((line) => withoutNote(uncomment(line, prefixes) ?? '', prefixes))
    const numbers = body.map((_, offset) => fenceLine + 2 + start + offset)
    // One value, then words about it in brackets: `// Output: 30 (nested object shared)`.
    const value = first && body.length === 0 ? (valueThenRemark(first) ?? first) : first
    return {
      kind: 'comment',
      lines: value ? [value, ...body] : body,
      lineNumbers: first ? [fenceLine + 1 + start, ...numbers] : numbers,
      reason: `trailing \`${lines[start]?.trim()}\` comment at line ${fenceLine + 1 + start}`,
    }
  }
  return undefined
}

/**
 * The text of a comment line without its prefix and one space, or
 * `undefined` if it is no comment. The prefix written several times, as a
 * heading is (`## 输出结果`, `### Output:`), is one prefix.
 */
export function uncomment(line: string, prefixes: readonly string[]): string | undefined {
  const trimmed = line.trimStart()
  const prefix = prefixes.find((candidate) => trimmed.startsWith(candidate))
  if (prefix === undefined) return undefined
  const rest = withoutRepeats(trimmed.slice(prefix.length), prefix)
  return rest.startsWith(' ') ? rest.slice(1) : rest
}

/** `rest` without the comment prefix written again at its start (`#` of `## x`), when a space or the end follows it. */
function withoutRepeats(rest: string, prefix: string): string {
  const repeated = /^(?:#|\/\/)+(?=\s|$)/.exec(rest)?.[0] ?? ''
  return repeated && repeated.split(prefix).join('') === '' ? rest.slice(repeated.length) : rest
}

/**
 * The fence right after the sample, or after one paragraph, every line of
 * which the sample prints, whatever language labels it and whatever the
 * paragraph says (`You should get...`, `Can you guess what the output will
 * be? Try.`): its output, told by content. `earlier`: the code of the
 * samples above it on the page, whose strings it may print.
 */
function printedFence(
  code: string,
  parent: Parent,
  index: number,
  earlier: readonly string[],
): DocumentedOutput | undefined {
  const first = parent.children[index + 1]
  const next = first?.type === 'paragraph' ? parent.children[index + 2] : first
  if (next?.type !== 'code' || showsPrompts(next) || /^\s*>>>/m.test(next.value)) {
    return undefined
  }
  if (!isPrintedBy(next.value, { code, earlier })) return undefined
  return wholeBlock(
    next,
    (line) => `output block at line ${line}, every line of which the sample prints`,
  )
}

/** A fence's every line as a sample's documented output, with why, given the fence's line. */
function wholeBlock(fence: Code, reason: (fenceLine: number) => string): DocumentedOutput {
  const fenceLine = contentBaseLine(fence)
  const lines = fence.value.split('\n')
  return {
    kind: 'block',
    lines,
    lineNumbers: lines.map((_, offset) => fenceLine + 1 + offset),
    reason: reason(fenceLine),
  }
}

/** How many paragraphs explaining a sample may stand between it and the lead-in to its output. */
const explanationParagraphs = 2

/**
 * The output block after a paragraph or two that explain the sample, then
 * a lead-in naming its output (`Now if you run the script ... you will see
 * the following output:`): only prose stands between, so the nearest code
 * above is the one that ran; the block must be plain output (no language
 * that runs, no prompts).
 */
function blockAfterExplanation(parent: Parent, index: number): DocumentedOutput | undefined {
  let at = index + 1
  // A note set off as a quote (`> **说明**：…`) explains the sample as a paragraph does.
  const explains = (node: Parent['children'][number] | undefined) =>
    node?.type === 'paragraph' || node?.type === 'blockquote'
  while (
    explains(parent.children[at]) &&
    parent.children[at + 1]?.type === 'paragraph' &&
    at - index <= explanationParagraphs
  ) {
    at++
  }
  const leadIn = parent.children[at]
  const next = parent.children[at + 1]
  if (at === index + 1 || leadIn?.type !== 'paragraph' || next?.type !== 'code') return undefined
  const leadInText = plainText(leadIn).trim()
  const language = next.lang?.toLowerCase() ?? ''
  // A first sentence announcing the output takes a fence of data too (`JSON`): no code that runs.
  const sample = parent.children[index]
  const announced = announcesOutputAbove(
    leadInText,
    next,
    sample?.type === 'code' ? sample : undefined,
  )
  if (
    (leadInKind(leadInText) !== 'output' && !announced) ||
    (!outputLanguages.has(language) && !announced) ||
    runnerFor(language) !== undefined ||
    hasPrompts(next.value)
  ) {
    return undefined
  }
  return wholeBlock(
    next,
    (line) =>
      `output block at line ${line}, after the explanation and the lead-in \`${leadInText}\``,
  )
}

function followingBlock(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
): DocumentedOutput | undefined {
  // A site generator's template tags over a fence (`{% filename %}…`) are a label, not prose;
  // the tags framing a notebook cell's output (`</div>`, `<div class="output_wrapper">`) show nothing.
  const skipTags = (from: number): number =>
    isTemplateTags(parent.children[from]) || isStructuralHtml(parent.children[from])
      ? skipTags(from + 1)
      : from
  let at = skipTags(index + 1)
  // A lesson's folded answer right under an exercise, opening with its output (solution-blocks.ts).
  const solution = solutionOutputFence(code, parent, at)
  let next = solution ?? parent.children[at]
  let leadInText: string | undefined
  let lead: ReturnType<typeof leadInKind>
  // A short heading labelling the output (`#### 🔍 Output:`) stands where a lead-in paragraph would.
  const heading = solution ? undefined : headingLeadIn(parent, at)
  if (heading !== undefined) {
    leadInText = heading
    lead = 'output'
    at = skipTags(at + 1)
    next = parent.children[at]
  } else if (next?.type === 'paragraph' || next?.type === 'list') {
    const listed = next.type === 'list' ? listItemLeadIn(next) : undefined
    leadInText = listed ?? plainText(next).trim()
    lead = next.type === 'paragraph' ? leadInKind(leadInText) : listed ? 'output' : undefined
    const fenceAfter = parent.children[skipTags(at + 1)]
    if (
      (lead === undefined || lead === 'named') &&
      next.type === 'paragraph' &&
      announcesOutputAbove(
        leadInText,
        fenceAfter?.type === 'code' ? fenceAfter : undefined,
        parent.children[index]?.type === 'code' ? (parent.children[index] as Code) : undefined,
      )
    )
      lead = 'output'
    if (!lead) return laterScriptRun(parent, index, runner) ?? blockAfterExplanation(parent, index)
    // A lead-in naming the file the fence holds (`Now suppose `list.txt` contains:`, `The
    // resulting deduped.txt would be:`) gives a file, not what the code above printed.
    if (
      lead === 'colon' &&
      fenceAfter?.type === 'code' &&
      fenceFileName(fenceAfter, parent, at + 1)
    )
      return undefined
    at = skipTags(at + 1)
    next = parent.children[at]
  }
  if (next?.type !== 'code')
    return (
      laterScriptRun(parent, index, runner) ??
      (next?.type === 'blockquote' ? blockAfterExplanation(parent, index) : undefined)
    )
  if (isSessionAfterCode(next, runner)) return undefined
  // A passage quoted under a colon that names no output is read, not printed (quoted-prose.ts).
  if (lead === 'colon' && !next.lang && isQuotedProse(next.value, code)) return undefined
  // An IPython transcript, however labelled, is a session of its own: a script prints no `In [1]:`.
  if (runner.id === 'python' && isIpythonSession(next.value)) return undefined
  const language = next.lang?.toLowerCase() ?? ''
  // After `Output:`, a fence is the output whatever language labels it (`json`, `python`),
  // unless it is code with an output fence of its own right after it.
  // (`The output for:` a command, then `Would be the following:` its output.)
  const after = parent.children[at + 1]
  // A shell-labelled fence of rows opening with numbers is no code (`执行结果是：` / ```` ```bash ```` / `7  man`).
  const ownOutput =
    runnerFor(language) !== undefined &&
    !isShellFenceOfNumberedRows(next) &&
    (after?.type === 'code' ||
      (after?.type === 'paragraph' &&
        leadInKind(plainText(after).trim()) !== undefined &&
        parent.children[at + 2]?.type === 'code'))
  const shellOutput = lead === undefined && isShellOutput(next, runner)
  const isOutput = outputLanguages.has(language) || (lead === 'output' && !ownOutput) || shellOutput
  // A session fenced as code (`bash`, `console`) is a sample of its own, run with the file it names.
  // So is a transcript of running the file, however labelled (`root@arch tests: python demo.py`).
  const fileRun = sampleRunIn(next, parent, index, runner)
  const run =
    (outputLanguages.has(language) && runnerFor(language) === undefined && language !== 'console'
      ? scriptRunOf(next.value, runner)
      : undefined) ?? fileRun
  // A fence every line of which a `>>> ` prompt opens shows what a REPL echoed, not code:
  // a session would show output under its prompts.
  const echoes =
    runner.id === 'python' && (outputLanguages.has(language) || lead === 'output')
      ? echoesOf(next.value)
      : undefined
  if (echoes) {
    const fenceLine = contentBaseLine(next)
    const read = echoParts(code, echoes, fenceLine, runner)
    return {
      kind: read.parts ? 'statements' : 'block',
      ...read,
      ...(!read.parts && { echoed: true }),
      reason: `REPL echoes (\`>>> \`) in the fence at line ${fenceLine}`,
    }
  }
  if ((isOutput || fileRun) && run) {
    const fenceLine = contentBaseLine(next)
    const shown = next.value.split('\n').slice(run.skip)
    const lines = knitrOutputLines(shown, code) ?? shown
    return {
      kind: 'block',
      lines,
      lineNumbers: lines.map((_, offset) => fenceLine + 1 + run.skip + offset),
      reason: `output block at line ${fenceLine}, under \`${run.command}\`, which runs the script above`,
    }
  }
  // A fence holding fences is a box of another site's Markdown (```` ````warn ````), not output.
  if (
    !isOutput ||
    showsPrompts(next) ||
    /^\s*(?:`{3,}|~{3,})/m.test(next.value) ||
    isCodeNotOutput(next, runner, leadInText, code)
  )
    return undefined
  const fenceLine = contentBaseLine(next)
  const all = next.value.split('\n')
  // A first line that only says `# output` or `output` is a heading of the block, not output.
  const skip = /^\s*(?:(?:#|\/\/)\s*)?(?:output|输出|结果|运行结果)\s*[:：]?\s*$/iu.test(
    all[0] ?? '',
  )
    ? 1
    : 0
  const written = all.slice(skip)
  // knitr's `## ` before each line of a chunk's output is the renderer's, not the program's.
  // A label the author set before each printed line (`输出: [...]`) is the author's too.
  // A quiz's answer block gives the value after its label, not the explanation under it.
  const kept =
    knitrOutputLines(written, code) ??
    answerLines(written, code) ??
    withoutLineLabels(written, code) ??
    written
  const block = { lines: kept, lineNumbers: kept.map((_, offset) => fenceLine + 1 + skip + offset) }
  // What it printed, then, in a fence of its own, the error it stopped with (```` ```error ````).
  const raised = solution ? undefined : parent.children[at + 1]
  const errorAppended =
    language !== 'error' && raised?.type === 'code' && raised.lang?.toLowerCase() === 'error'
  if (errorAppended) {
    const errorLine = contentBaseLine(raised)
    const shownError = raised.value.split('\n')
    block.lines.push(...shownError)
    block.lineNumbers.push(...shownError.map((_, offset) => errorLine + 1 + offset))
  }
  const { lines, lineNumbers } =
    runner.id === 'python'
      ? pythonErrorDisplay(block, language === 'error' || errorAppended, code)
      : block
  return {
    kind: 'block',
    lines,
    lineNumbers,
    reason: leadInText
      ? `output block at line ${next.position?.start.line ?? fenceLine}, after the lead-in \`${leadInText}\``
      : `output block at line ${next.position?.start.line ?? fenceLine}, right after the sample`,
  }
}
