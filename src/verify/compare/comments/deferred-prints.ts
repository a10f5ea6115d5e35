import { reactionPrint } from '../../read/outputs/comments/statement-outputs.js'
import { valueSequence } from '../../read/outputs/comments/value-sequence.js'
import type { OutputPart } from '../../read/outputs/documented-output.js'
import { type CompareOptions, compareOutput } from '../compare-output.js'
import { sameValueDisplay } from '../values/value-display.js'

/** A call that runs the function it is handed later: a timer, a promise's reaction, the next tick. */
const deferringCall =
  /(?:\b(?:setTimeout|setInterval|setImmediate|queueMicrotask)|\.(?:then|catch|finally)|\bprocess\.nextTick)\s*\(/u
/** A print call, or the print handed as a promise's reaction (`.then(console.log)`). */
const printCall = /\bconsole\.(?:log|info|warn|error)\s*[()]/u

interface Frame {
  /** Its lines run after the synchronous code: in a callback handed to a deferring call. */
  deferred: boolean
  /** The body of an `async` function. */
  async: boolean
  /** An `await` came before, in this block or an inner one of the same async function. */
  awaited: boolean
}

/**
 * The lines of a JavaScript sample (1-based) that print after the synchronous
 * code has run, as the console shows them: those inside a callback handed to
 * a timer or a promise (`setTimeout(() => {`, `.then((v) => {`), and those
 * after an `await` in an `async` function. A `new Promise` executor runs at
 * once, so it is not deferred. Braces are counted outside strings and comments,
 * line by line, as the code is indented.
 */
export function deferredLines(code: readonly string[]): Set<number> {
  const deferred = new Set<number>()
  const stack: Frame[] = [{ deferred: false, async: false, awaited: false }]
  const top = () => stack[stack.length - 1] as Frame
  for (const [index, raw] of code.entries()) {
    const line = raw.replace(/\/\/.*$/u, '').replace(/(['"`])(?:\\.|(?!\1).)*\1/gu, '""')
    let later = top().deferred || top().awaited
    for (let at = 0; at < line.length; at++) {
      const char = line[at]
      const before = line.slice(0, at)
      if (char === '{') {
        stack.push({
          deferred: later || deferringCall.test(before),
          async: /\basync\b/u.test(before),
          awaited: false,
        })
      } else if (char === '}' && stack.length > 1) {
        stack.pop()
      } else if (line.startsWith('await', at) && !/[\w$]/u.test(line[at + 5] ?? '')) {
        // Everything after it in its async function waits.
        for (let depth = stack.length - 1; depth > 0; depth--) {
          const frame = stack[depth] as Frame
          frame.awaited = true
          if (frame.async) break
        }
      }
      // A print on the line after a deferring call or an await, as in `setTimeout(() => console.log(1))`.
      const print = printCall.exec(line.slice(at))
      if (print?.index === 0) {
        const opening = line.slice(0, at)
        if (deferringCall.test(opening) || top().deferred || top().awaited) later = true
      }
    }
    if (later && printCall.test(line)) deferred.add(index + 1)
  }
  return deferred
}

/** One documented line, with the code line its comment sits on. */
interface Claim {
  text: string
  lineNumber: number
  later: boolean
  /** Words about the print (`// gets called because ... 'error happened!'`), quoting the line it shows. */
  loose: boolean
  /** A comment on a loop's print, listing what each iteration prints. */
  iterations?: boolean
}

/**
 * Whether a JavaScript sample's value comments are what it printed, read in the
 * order the console shows them: the synchronous prints first, in the order
 * of their lines, then those inside callbacks and after an `await`
 * (`console.log('2', a) // -> '2' 10` inside an async function, above
 * `console.log('1', a) // -> '1' 1` at the end). Each deferred comment takes the
 * place of the printed line it matches, the synchronous ones keep theirs; the
 * whole is then compared with the output as one block. A comment on a loop's
 * print listing each iteration's value (`// 6, 6, 6`) claims a line for each.
 * Every comment must sit on a print's line. `fenceLine` is the post line of the sample's opening fence.
 */
export function commentsAsPrinted(
  parts: readonly OutputPart[],
  code: readonly string[],
  output: string,
  fenceLine: number,
  options: CompareOptions,
): boolean {
  if (parts.some((part) => part.error || part.value)) return false
  const later = deferredLines(code)
  if (later.size === 0) return false
  const comments: Claim[] = parts.flatMap((part) =>
    part.lines.map((text, index) => {
      const lineNumber = part.lineNumbers[index] ?? 0
      return {
        text,
        lineNumber,
        later: later.has(lineNumber - fenceLine),
        loose: part.loose === true,
        ...(part.iterations && { iterations: true }),
      }
    }),
  )
  if (comments.some((claim) => !printCall.test(code[claim.lineNumber - fenceLine - 1] ?? '')))
    return false
  // A comment on a loop's one print listing what each iteration printed (`// 6, 6, 6` on
  // `setTimeout(() => console.log(i))`): a claim for each value, each a line of its own.
  const claims = comments.flatMap((claim) => {
    const items = claim.iterations ? valueSequence(claim.text) : undefined
    return items ? items.map((text) => ({ ...claim, text })) : [claim]
  })
  // Deferred prints among synchronous ones, or only deferred ones, each a promise's reaction
  // on its comment's line (`.then(res => console.log(res)) // 'done'`), settling in turn, or
  // one alone (`console.log(one) // 1` after an `await` in the function a call runs).
  const allLater = comments.every((claim) => claim.later)
  if (!comments.some((claim) => claim.later)) return false
  if (
    allLater &&
    comments.length > 1 &&
    !comments.every((claim) => reactionPrint.test(code[claim.lineNumber - fenceLine - 1] ?? ''))
  )
    return false
  const printed = output.replace(/\n$/u, '').split('\n')
  const sync = claims.filter((claim) => !claim.later)
  if (printed.length !== claims.length) return false
  // The deferred prints come after the synchronous ones; among them, each takes the line it matches.
  const rest = printed.slice(sync.length)
  const ordered: Claim[] = [...sync]
  const left = claims.filter((claim) => claim.later)
  for (const line of rest) {
    const at = left.findIndex((claim) => matches(claim, line, options))
    if (at < 0) return false
    const [claim] = left.splice(at, 1)
    // A claim matched on its own (a value in quotes, words quoting it) stands for its line.
    if (claim) ordered.push({ ...claim, text: line })
  }
  return compareOutput(
    {
      kind: 'comment',
      lines: ordered.map((claim) => claim.text),
      lineNumbers: ordered.map((claim) => claim.lineNumber),
      reason: '',
    },
    output,
    options,
  ).ok
}

function matches(claim: Claim, line: string, options: CompareOptions): boolean {
  // Words about what a reaction prints, quoting it: `// gets called ... 'error happened!'`.
  if (claim.loose) return claim.later && quotes(claim.text, line)
  if (sameValueDisplay(claim.text, line)) return true
  const expected = {
    kind: 'comment' as const,
    lines: [claim.text],
    lineNumbers: [claim.lineNumber],
    reason: '',
  }
  return compareOutput(expected, `${line}\n`, options).ok
}

/** Whether words quote a printed line, in quotes of any kind (`'error happened!'`). */
function quotes(words: string, line: string): boolean {
  const text = line.trim()
  return text !== '' && ["'", '"', '`'].some((mark) => words.includes(`${mark}${text}${mark}`))
}
