import type { DiffLine } from '../compare/compare-output.js'

/** Where Python starts a traceback it prints for an error. */
const TRACEBACK = /^Traceback \(most recent call last\):/mu

/**
 * The post line a failed session example is reported at: its first
 * documented output line that differs from what it printed, as a reader
 * points at it. Undefined (report the prompt) when the example documents no
 * output, or it raised where its output shows no error; the documented
 * error line when both show a traceback. Doctest's `...`
 * stands for any text within a line; a line of `...` alone for any lines, so
 * past it the lines are matched from the end. Output laid out otherwise
 * (IPython's pretty printer folds a list the plain `repr` keeps on one line)
 * is matched with its white space left out.
 */
export function sessionFailLine(diff: DiffLine[]): number | undefined {
  const wanted = diff.filter((line) => line.kind === 'expected')
  const got = diff.filter((line) => line.kind === 'actual').map((line) => line.text)
  while (wanted.length > 0 && wanted.at(-1)?.text.trim() === '') wanted.pop()
  while (got.length > 0 && got.at(-1)?.trim() === '') got.pop()
  if (wanted.length === 0) return undefined
  const gotText = got.join('\n')
  const wantText = wanted.map((line) => line.text).join('\n')
  if (
    TRACEBACK.test(gotText) &&
    !TRACEBACK.test(wantText) &&
    !/Error\b|Exception\b/u.test(wantText)
  ) {
    return undefined
  }
  // Tracebacks on both sides: doctest compares what was printed before it and the error line, the stack left out.
  if (TRACEBACK.test(gotText) && TRACEBACK.test(wantText)) {
    const printed = got.slice(
      0,
      got.findIndex((text) => TRACEBACK.test(text)),
    )
    const before = wanted.slice(
      0,
      wanted.findIndex((line) => TRACEBACK.test(line.text)),
    )
    const differs = before.find((line, index) => !sameLine(line.text, printed[index] ?? ''))
    return (
      differs?.line ??
      (printed.length > before.length ? (before.at(-1) ?? wanted[0]) : wanted.at(-1))?.line
    )
  }
  const reflowed = !wantText.includes('...') && firstUnlike(wanted, gotText)
  if (reflowed !== false) return reflowed
  const skip = wanted.findIndex((line) => line.text.trim() === '...')
  const head = skip < 0 ? wanted : wanted.slice(0, skip)
  for (const [index, line] of head.entries()) {
    const printed = got[index]
    if (printed === undefined || !sameLine(line.text, printed)) return line.line
  }
  if (skip < 0) return got.length > wanted.length ? wanted.at(-1)?.line : undefined
  const tail = wanted.slice(skip + 1).reverse()
  for (const [index, line] of tail.entries()) {
    const printed = got[got.length - 1 - index]
    if (printed === undefined || !sameLine(line.text, printed)) return line.line
  }
  return wanted[skip]?.line
}

/** Whether a printed line is the documented one, `...` standing for any text. */
function sameLine(want: string, got: string): boolean {
  const wanted = want.replace(/^<BLANKLINE>$/u, '').trimEnd()
  const printed = got.trimEnd()
  if (wanted === printed) return true
  if (!wanted.includes('...')) return false
  const pattern = wanted
    .split('...')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('.*')
  return new RegExp(`^${pattern}$`, 'u').test(printed)
}

/**
 * The documented line where the output, white space left out, first parts
 * from what was printed; `false` when the two differ only in white space.
 */
function firstUnlike(wanted: DiffLine[], got: string): number | undefined | false {
  const printed = got.replace(/\s+/gu, '')
  let at = 0
  for (const [index, line] of wanted.entries()) {
    const text = line.text.replace(/^<BLANKLINE>$/u, '').replace(/\s+/gu, '')
    const shown = printed.slice(at, at + text.length)
    if (shown !== text) {
      // Only the separator that ends the line differs (`'line',` for `'line']`): the next item is what is wrong.
      const same = [...text].findIndex((char, offset) => char !== shown[offset])
      const next = wanted[index + 1]
      return next && /^[,;\])}]+$/u.test(text.slice(same)) ? next.line : line.line
    }
    at += text.length
  }
  return at < printed.length ? wanted.at(-1)?.line : false
}

/**
 * The line, counted from the example's prompt (1), that a syntax error
 * raised by a session example names (`File "<doctest sample[0]>", line 2`):
 * the compiler names the line of the fault in an example over several
 * lines (an unterminated string on its `... ` line). `undefined` for any
 * other error, which is reported at the prompt.
 */
export function syntaxErrorLine(got: string | undefined): number | undefined {
  if (!/^(?:SyntaxError|IndentationError|TabError)\b/mu.test(got ?? '')) return undefined
  const named = [...(got ?? '').matchAll(/File "<doctest [^>]*>", line (\d+)/gu)].at(-1)?.[1]
  return named === undefined ? undefined : Number(named)
}
