import type { Sample } from '../../remark-extract-samples.js'

/**
 * Fences whose lines are what an earlier sample prints, whatever language
 * labels them (`sh`, `python`, `bash`): told by their content, as a reader
 * tells them, not by the label. A line reads as printed when it is a string
 * the sample's code (or a file it runs) writes out, a line of its documented
 * output, an error's line (`ZeroDivisionError: division by zero`), or an
 * object's repr (`<function f at 0x10>`); a fence that is a
 * Python traceback from its header to its exception line is an error's
 * output, which no program of any language starts with.
 */

/** Pieces of a string literal shorter than this (`: `, `, `) say too little to tell printed text by. */
const minimumPiece = 8

/** `Traceback (most recent call last):`, the header of Python's error output. */
const tracebackHeader = /^\s*Traceback \(most recent call last\):\s*$/
/** The exception line that ends a traceback: `NameError: name 'x' is not defined`. */
const exceptionLine = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt)\b(?::.*)?$/
/** An object's repr, as `print` shows a function or an object: `<function f at 0x1004a8c08>`. */
const objectRepr = /^<[\w.<>\s]+ at 0x[\da-fA-F]+>$/

/** The texts of a program's string literals, cut at format fields (`{name}`, `%s`, `${x}`). */
function printedPieces(code: string): string[] {
  const literals = [...code.matchAll(/(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map(
    (match) => match[2] ?? '',
  )
  return literals.flatMap((literal) =>
    literal
      .replace(/\\n/g, '\n')
      .split(/\$?\{[^}]*\}|%[-\d.]*[sdifr]|\n/)
      .map((piece) => piece.trim())
      .filter((piece) => piece !== ''),
  )
}

/** Whether a fence is a whole Python traceback: its header first, an exception line last. */
export function isTraceback(lines: readonly string[]): boolean {
  const text = lines.filter((line) => line.trim() !== '')
  return (
    text.length >= 2 &&
    tracebackHeader.test(text[0] ?? '') &&
    exceptionLine.test(text.at(-1)?.trim() ?? '')
  )
}

/** What the lines of a fence are checked against: the sample's code, the files it runs and its documented output. */
export interface Printer {
  code: string
  files?: Record<string, string>
  documented?: readonly string[]
  /**
   * The code of earlier samples of the page, whose data the sample may print
   * (`print(k)` of keys an earlier fence wrote as `'cloud'`): a line counts
   * as printed when it is one of their strings whole.
   */
  earlier?: readonly string[]
}

/** Whether a line holds the text inside quotes: code that prints it, not what it printed. */
function quotes(line: string, text: string): boolean {
  return [...line.matchAll(/(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].some((match) =>
    (match[2] ?? '').includes(text),
  )
}

/** Which non-blank lines of a fence read as printed by the sample. */
function printedLines(fence: string, printer: Printer): boolean[] {
  const sources = [printer.code, ...Object.values(printer.files ?? {})]
  const pieces = sources.flatMap(printedPieces)
  const documented = new Set((printer.documented ?? []).map((line) => line.trim()))
  const data = new Set((printer.earlier ?? []).flatMap(printedPieces))
  return fence
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(
      (line) =>
        documented.has(line) ||
        exceptionLine.test(line) ||
        (data.has(line) && /[\p{L}\p{N}]/u.test(line)) ||
        objectRepr.test(line) ||
        pieces.some(
          (piece) =>
            (piece === line && /[\p{L}\p{N}]/u.test(line)) ||
            (piece.length >= minimumPiece && line.includes(piece) && !quotes(line, piece)) ||
            (line.length >= minimumPiece && piece.includes(line)),
        ),
    )
}

/**
 * Whether every line of a fence reads as printed by the sample: its
 * output, even when no lead-in names it so
 * (`You should get...`, `Can you guess what the output will be? Try.`).
 */
export function isPrintedBy(fence: string, printer: Printer): boolean {
  const printed = printedLines(fence, printer)
  return printed.length > 0 && printed.every(Boolean)
}

/**
 * Whether a fence reads as what the sample printed, read loosely: a
 * traceback, or its first line printed by the sample and at least half of
 * the others (a command's help text, some of whose headings the program's
 * library writes). Only ever asked of a fence that does not parse as its
 * language, which the note says.
 */
export function looksPrintedBy(fence: string, printer: Printer): boolean {
  if (isTraceback(fence.split('\n'))) return true
  const printed = printedLines(fence, printer)
  return printed[0] === true && printed.filter(Boolean).length * 2 >= printed.length
}

/**
 * Mark the samples whose lines read as the output of the sample before
 * them (a traceback in a `sh` fence, a second output block of the same
 * program after a paragraph of explanation, a command's help text in a
 * `bash` fence under a transcript): `outputOf` names that sample. Like
 * `excerptOf`, it only excuses a sample that does not parse as its language.
 */
export function markPrintedOutputs(samples: readonly Sample[]): void {
  samples.forEach((sample, index) => {
    const earlier = samples[index - 1]
    if (!earlier) return
    const printer = {
      code: earlier.code,
      files: earlier.files,
      documented: earlier.expected?.lines ?? [],
    }
    if (looksPrintedBy(sample.code, printer)) sample.outputOf = earlier.line
  })
}
