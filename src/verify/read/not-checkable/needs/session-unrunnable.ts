/** What a failed example of a `>>>` session printed and documented, by its line in the session. */
export interface FailedExample {
  line: number
  want?: string | undefined
  got?: string | undefined
}

/** Why a failed `>>>` session cannot be checked here, and the example (line in the session) it starts at. */
export interface SessionNote {
  line: number
  check: 'pseudo-code' | 'varies'
  reason: string
}

import { interpreterListing } from './interpreter-listings.js'

/** `input(...)` of Python, which reads what the reader types. */
const inputCall = /(?<![\w.])input\s*\(/
/** What Python raises when `input()` finds standard input closed. */
const noInput = /EOFError: EOF when reading a line/
/** `id(x)`: an object's identity, its address on CPython. */
const idCall = /(?<![\w.])id\s*\(/

/**
 * Why the failed examples of a `>>>` session are not the post's fault, as a
 * reader of it would see: an `input()` answered by typing (the answer shown
 * after the prompt, which nobody types here; the call in the example or in a
 * function the session defined before it, `ask_ok()` calling `input()`), or `id()` values, which are
 * addresses of the author's process, or every differing example shows the
 * author's interpreter (its `dir()` names, its folders: interpreter-listings.ts).
 * Decided by the example's code and the error it raised, so any other
 * difference stays a failure.
 */
export function sessionNote(source: string[], failed: FailedExample[]): SessionNote | undefined {
  const typed = failed.find(
    (example) =>
      noInput.test(example.got ?? '') &&
      inputCall.test([...source.slice(0, example.line), codeOf(source, example.line)].join('\n')),
  )
  if (typed) return { line: typed.line, check: 'pseudo-code', reason: 'needs typed input' }
  const ids = failed.filter(
    (example) =>
      idCall.test(codeOf(source, example.line)) &&
      wholeNumbers(example.want) &&
      wholeNumbers(example.got),
  )
  if (ids.length > 0 && ids.length === failed.length) {
    return { line: ids[0]?.line ?? 0, check: 'varies', reason: 'object id' }
  }
  // The author's interpreter shown, not computed (interpreter-listings.ts): every differing example.
  const listings = failed.map((example) =>
    interpreterListing(codeOf(source, example.line), example.want, example.got),
  )
  const [listing] = listings
  if (listing !== undefined && listings.every((reason) => reason !== undefined)) {
    return { line: failed[0]?.line ?? 0, check: 'pseudo-code', reason: listing }
  }
  return undefined
}

/** The code of the example starting at `line`: its `>>>` line and `...` continuations. */
function codeOf(source: string[], line: number): string {
  const lines = [source[line] ?? '']
  for (let at = line + 1; /^\.\.\.(?: |$)/.test(source[at] ?? ''); at += 1) {
    lines.push(source[at] ?? '')
  }
  return lines.join('\n')
}

/** Whether text is whole numbers only, one per line or side by side (`id(a), id(b)`). */
function wholeNumbers(text: string | undefined): boolean {
  return /^[\s(),]*\d+(?:[\s(),]+\d+)*[\s(),]*$/.test(text ?? '')
}
