import path from 'node:path'
import { diffArrays } from 'diff'
import escapeStringRegexp from 'escape-string-regexp'
import type { DocumentedOutput } from '../read/outputs/documented-output.js'
import type { MachineReads } from '../read/varying/machine-reads.js'
import { arrowJoinedLines } from './arrow-joined.js'
import { withoutCountPadding } from './count-columns.js'
import { browserConsoleErrors } from './errors/browser-console-errors.js'
import { collectedWarningsLeftOut } from './errors/collected-warnings.js'
import { bareErrorNames } from './errors/error-names.js'
import { withoutMainModule } from './errors/exception-module.js'
import { nameSuggestions } from './errors/name-suggestions.js'
import { withoutNodeInternals } from './errors/node-internals.js'
import { olderSyntaxMessages } from './errors/older-syntax-messages.js'
import { shellErrorPrefixes } from './errors/shell-errors.js'
import {
  bareExceptionShown,
  bareExceptionStack,
  type LeftOut,
  stackLinesLeftOut,
} from './errors/stack-frames.js'
import { matchesWithoutNote } from './noted-lines.js'
import { openingRemarksLeftOut } from './output-remarks.js'
import { matchesPathWords } from './path-words.js'
import { matchesPlaceholders } from './placeholders.js'
import { isProseElision } from './prose-elision.js'
import { showsTerminal, terminalDisplay } from './terminal-display.js'
import { traceOffLinesLeftOut } from './trace-off.js'
import { matchesElidedValue } from './values/elided-values.js'
import { showsIndentedJson, withoutSharedIndent } from './values/json-indentation.js'
import { withOneSpaceAfterLabel, withoutLiteralSpaces } from './values/spaced-literals.js'
import { statementSemicolons } from './values/statement-semicolons.js'
import { sameDisplayLines } from './values/value-display.js'
import { icuNeutral } from './varying/locale-formats.js'
import { type VaryingKind, varyingDifferences } from './varying/varying-values.js'

/** One line of a comparison's diff. */
export interface DiffLine {
  /** `same` on both sides, `expected` only in the post, `actual` only in the real output. */
  kind: 'same' | 'expected' | 'actual'
  text: string
  /** Line in the post, for lines of the documented output. */
  line?: number
  /** Set on a differing line whose counterpart differs from it only in values that vary between runs. */
  varies?: true
}

/** A documented line, and the real line it stands for, that differ only in values that vary between runs. */
export interface VaryingLine {
  /** The documented line, with its line in the post. */
  expected: DiffLine & { kind: 'expected' }
  actual: DiffLine & { kind: 'actual' }
  /** What differs, e.g. `['date']`, `['duration']`, `['hash order']`. */
  kinds: VaryingKind[]
}

/** The outcome of comparing real output with documented output. */
export interface Comparison {
  ok: boolean
  /** The normalised documented lines against the normalised real ones; empty when `ok`. */
  diff: DiffLine[]
  /** Names of the normalisers that changed either side. */
  normalisers: string[]
  /** Whether only numbers on duration lines differ. */
  timingOnly: boolean
  /**
   * Whether, when not `ok`, every documented line matches a real line, one
   * to one and in order, exactly or but for values that vary between runs:
   * the sample varies, it does not fail. Always set by `compareOutput`.
   */
  variesOnly?: boolean
  /** When `variesOnly`, the lines that differ, paired; otherwise empty. */
  varies?: VaryingLine[]
  /** Browser globals (`window`) of documented statements that differ, left uncompared. */
  browserOnly?: string[]
  /** Environment variables read by statements left out of the comparison (`process.env.PORT`): the reader sets them. */
  environmentOnly?: string[]
  /**
   * For outputs documented statement by statement: how many statements' comments were
   * compared; none when every comment only describes the output in words.
   */
  partsCompared?: number
  /**
   * Lines of an error's stack (a traceback's frames, Node's `at` lines) left out of the
   * comparison and of `diff`: indexes into the documented lines and the real output's lines.
   */
  leftOut?: LeftOut
}

/** How to compare. */
export interface CompareOptions {
  /** Absolute path of the file the sample ran from, as it appears in its output. */
  samplePath: string
  /**
   * Read documented lines written with arrows between printed lines (`a -> b -> c`), for a
   * sample's whole output only: on one statement, `// hint: string -> 1000` is its print, then its value.
   */
  arrowJoined?: boolean | undefined
  /** Allowed difference of decimals on duration lines; default: 5%, at least 0.1 and at most 0.5. */
  tolerance?: number | undefined
  /** Compare lines in any order. */
  unordered?: boolean | undefined
  /**
   * Whether the code starts threads or processes side by side: the same lines
   * in another order are their scheduling, which varies from run to run.
   */
  sideBySide?: boolean | undefined
  /** When the sample printed its output, to tell today's date from one the code computes; default: now. */
  now?: Date | undefined
  /** The code builds sets of strings: lists and tuples of strings may print in another order. */
  stringSetOrders?: boolean | undefined
  /** Whether the code reads today's date: a line differing only in its numbers varies. */
  clockNumbers?: boolean | undefined
  /** Whether the code never waits on purpose (no sleep, timer or thread): a round timing is noise too. */
  waitsNever?: boolean | undefined
  /** Whether the program draws at random, unseeded: its numbers, and an order they sort, vary. */
  randomNumbers?: boolean | undefined
  /** Whether the code formats numbers by locale: ICU's forms of a currency vary by version. */
  localeFormats?: boolean | undefined
  /** The machine values the program prints (`$$`, `date -d @N`): a line differing in one alone varies. */
  machineReads?: MachineReads | undefined
  /**
   * Whether real output holding tabs, backspaces or the bell may be compared
   * as a terminal shows it (the default); a difference is shown as printed.
   */
  terminal?: boolean | undefined
  /** Whether the output is a shell tool's, whose count columns pad differently per system. */
  countColumns?: boolean | undefined
  /** Whether the output is text a shell printed, which a comment may quote (`# output: "baz"`). */
  shellText?: boolean | undefined
  /** Words of the code's string literals that open with spaces (`spaced-literals.ts`). */
  spacedLiterals?: readonly string[] | undefined
  /** Words of the code's string literals ending in a space, printed before another argument (`spaced-literals.ts`). */
  labelLiterals?: readonly string[] | undefined
}

const latinDurationCue =
  /\b(?:time|times|timing|elapsed|took|duration|seconds?|secs?|ms|(?:milli|micro|nano)(?:seconds?|secs?)|millis|ns)\b|\d\s*[µμ]s\b/i
const cjkDurationCue = /耗时|用时|秒/u
const decimal = /-?\d+\.\d+/g
/**
 * A memory address: `at 0x…` as Python prints objects (32-bit Python 2 without the `0x`,
 * 8 hex digits, letters and digits: `<function f at 10042ed0>`), or any hex number of 8 digits or more.
 */
const address =
  /(?<=\bat )0x[\da-f]+\b|(?<=\bat )(?=[\da-f]{0,7}[a-f])(?=[a-f]{0,7}\d)[\da-f]{8}(?=>)|\b0x[\da-f]{8,}\b/gi
const ellipsisLine = '...'
/** A `...` line, or one of words standing for output left out (`...many other things...`). */
const isElision = (line: string | undefined) =>
  line === ellipsisLine || (line !== undefined && isProseElision(line))
/** Files of languages whose sets and objects print in insertion order, never in hash order. */
const insertionOrdered = /^\.[cm]?[jt]sx?$/i
const lineWildcard = '[..]'

/** Whether a line reports a duration, so its decimals are compared with a tolerance. */
export function isDurationLine(line: string): boolean {
  return (latinDurationCue.test(line) || cjkDurationCue.test(line)) && /\d\.\d/.test(line)
}

/**
 * bash's `type` on a command its shell ran before, which it remembers:
 * `expr is hashed (/usr/bin/expr)`; a fresh shell says `expr is /usr/bin/expr`,
 * the same command at the same path.
 */
const hashedCommand = /^(\S+) is hashed \((\/[^()\s]*)\)$/u

/**
 * Compare a sample's real output with its documented output, after
 * normalising both sides: line endings and trailing spaces; memory addresses;
 * the path of the sample's own file (a Windows path in the post matches the
 * temporary path it ran from); indentation, for outputs written as comments.
 * Decimals on duration lines match within a tolerance; integers never do.
 * `...` alone on a documented line matches any lines, `[..]` any text.
 * When that fails, `variesOnly` tells whether the lines still match, one to
 * one and in order (as `...` and `unordered` allow), but for values that vary
 * between runs (today's date, a duration, a uuid, a Python set's order...):
 * `varies` pairs the lines that differ so, with what varies in each.
 */
export function compareOutput(
  expected: DocumentedOutput,
  actualText: string,
  options: CompareOptions,
): Comparison {
  const normalisers = new Set<string>()
  const extension = /\.[^./\\]+$/.exec(options.samplePath)?.[0] ?? ''
  // What the real output shows besides the sample's own path.
  const actualOthers = options.samplePath
    ? actualText.replaceAll(options.samplePath, '')
    : actualText
  const steps: Array<[string, (line: string, side: 'expected' | 'actual') => string]> = [
    ['trailing spaces', (line) => line.trimEnd()],
    ['memory addresses', (line) => line.replace(address, '0x…')],
    [
      'sample path',
      (line, side) =>
        side === 'actual'
          ? options.samplePath
            ? line.replaceAll(options.samplePath, '<sample>')
            : line
          : // A path that the real output shows too is the same file on both sides, not the sample's.
            line
              .replace(foreignSamplePath(extension), (path) =>
                actualText.includes(path) ? path : '<sample>',
              )
              .replace(authorFileName(extension), (name: string) =>
                actualOthers.includes(name) ? name : '<sample>',
              ),
    ],
  ]
  const json = expected.kind === 'comment' && showsIndentedJson(expected.lines, actualText)
  if (expected.kind === 'comment' && !json) {
    steps.push(['indentation', (line) => line.trimStart()])
  } else if (json) {
    steps.push(['shared indentation', withoutSharedIndent(expected.lines, actualText.split('\n'))])
  }
  const semicolons =
    expected.kind === 'comment' ? statementSemicolons(expected.lines, actualText) : undefined
  if (semicolons) steps.push(['statement semicolon', semicolons])
  const terminal = options.terminal !== false && showsTerminal(expected.lines, actualText)
  if (terminal)
    steps.push([
      'terminal display',
      (line, side) => (side === 'actual' ? terminalDisplay(line) : line),
    ])
  // The padding before a count column is the tool's, and differs between systems.
  if (options.countColumns) steps.push(['count padding', (line) => withoutCountPadding(line)])
  // Only where the post shows such a line trimmed: one shown with its spaces is compared as it is.
  const spaced = (options.spacedLiterals ?? []).filter((text) =>
    expected.lines.some((line) => line.startsWith(text.trimStart())),
  )
  if (spaced.length > 0)
    steps.push([
      'leading spaces of a string',
      (line, side) => (side === 'actual' ? withoutLiteralSpaces(line, spaced) : line),
    ])
  // Only where the post shows a labelled line with one space after its label.
  const labels = (options.labelLiterals ?? []).filter((text) =>
    expected.lines.some(
      (line) => line.startsWith(`${text} `) && /^\S/.test(line.slice(text.length + 1)),
    ),
  )
  if (labels.length > 0)
    steps.push(['space after a label', (line) => withOneSpaceAfterLabel(line, labels)])
  // `expr is hashed (/usr/bin/expr)`: bash's `type` on a command the author's shell had run before.
  if (expected.lines.some((line) => hashedCommand.test(line.trim())))
    steps.push(['shell hash table', (line) => line.replace(hashedCommand, '$1 is $2')])
  const shellErrors = shellErrorPrefixes(expected.lines)
  if (shellErrors) steps.push(['shell error prefix', shellErrors])
  const suggestions = nameSuggestions(expected.lines)
  if (suggestions) steps.push(['name suggestion', suggestions])
  const errorNames = bareErrorNames(expected.lines)
  if (errorNames) steps.push(['error shown by its name', errorNames])
  const olderWording = olderSyntaxMessages(expected.lines)
  if (olderWording) steps.push(['older syntax error message', olderWording])
  if (insertionOrdered.test(extension)) {
    const browserErrors = browserConsoleErrors(expected.lines)
    if (browserErrors) steps.push(['browser console error', browserErrors])
  }
  // `__main__.FooError: ...`, as Pythons before 3.11 name a script's own exception; read on both
  // sides, so a class IPython displays with its module (`__main__.Golem`) still equals itself.
  steps.push(['exception module', (line) => withoutMainModule(line)])

  const normalise = (lines: string[], side: 'expected' | 'actual') =>
    lines.map((line) =>
      steps.reduce((current, [name, step]) => {
        const next = step(current, side)
        if (next !== current) normalisers.add(name)
        return next
      }, line),
    )

  if (actualText.includes('\r')) normalisers.add('line endings')
  // A terminal draws a lone carriage return by going back to the line's start.
  const rawActual = withoutNodeInternals(
    actualText.replace(terminal ? /\r\n/g : /\r\n?/g, '\n'),
  ).split('\n')
  const allActual = trimBlankEnds(normalise(rawActual, 'actual'))
  const allExpected = normalise(expected.lines, 'expected')
  const leftOut = stackLinesLeftOut(expected.lines, rawActual.slice(0, allActual.length))
  if (leftOut.expected.length + leftOut.actual.length > 0) normalisers.add('stack frames')
  if (bareExceptionStack(expected.lines, rawActual.slice(0, allActual.length)).length > 0)
    normalisers.add(bareExceptionShown)
  const collected = collectedWarningsLeftOut(expected.lines, rawActual)
  if (collected.length > 0) normalisers.add('warning printed when collected')
  const traceOff = traceOffLinesLeftOut(expected.lines, allActual)
  if (traceOff.length > 0) normalisers.add('trace of set +x')
  const remarks = openingRemarksLeftOut(expected.kind, expected.lines, allActual, extension)
  if (remarks.length > 0) normalisers.add('remark opening the output')
  const printedFirst = blankLinesPrintedFirst(expected.kind, allExpected, allActual)
  if (printedFirst.length > 0) normalisers.add('blank lines printed first')
  const [expectedOut, actualOut] = [
    new Set([...leftOut.expected, ...collected, ...remarks]),
    new Set([...leftOut.actual, ...traceOff, ...printedFirst]),
  ]
  const keptExpected = (_: unknown, index: number) => !expectedOut.has(index)
  let expectedLines = allExpected.filter(keptExpected)
  let expectedNumbers = expected.lineNumbers.filter(keptExpected)
  let actualLines = trimBlankEnds(allActual.filter((_, index) => !actualOut.has(index)))
  // Printed lines pasted as one paragraph (printed-paragraph.ts): what it printed, joined by spaces.
  if (expected.paragraph && expectedLines.length === 1 && actualLines.length > 1) {
    normalisers.add('lines joined into a paragraph')
    actualLines = [actualLines.map((line) => line.trim()).join(' ')]
  }
  // A quiz's chosen option (chosen-answer.ts): its values, in a console's notation, all it printed.
  if (
    expected.chosenOption &&
    expectedLines.length === 1 &&
    sameOptionValues(expectedLines[0] ?? '', actualLines)
  ) {
    normalisers.add('values of a chosen option')
    actualLines = [...expectedLines]
  }
  while (expectedLines.length > 0 && expectedLines.at(-1) === '') {
    expectedLines.pop()
    expectedNumbers.pop()
  }
  // `// a -> b -> c`: the printed lines written on one line, an arrow between each.
  const arrowJoined = options.arrowJoined
    ? arrowJoinedLines(expectedLines, expectedNumbers, actualLines)
    : undefined
  if (arrowJoined) {
    normalisers.add('arrow-joined lines')
    expectedLines = arrowJoined.lines
    expectedNumbers = arrowJoined.numbers
  }

  const tolerance = (value: number) =>
    options.tolerance ?? Math.min(0.5, Math.max(0.1, Math.abs(value) * 0.05))
  const same = (want: string, got: string) => linesMatch(want, got, tolerance)
  const pair = options.unordered ? multisetPairs : sequencePairs
  const paired = pair(expectedLines, actualLines, same) !== undefined
  const ok = paired || (!json && sameDisplayLines(expectedLines, actualLines, options.samplePath))
  if (ok && !paired) normalisers.add('value display')
  if (ok) {
    return {
      ok,
      diff: [],
      normalisers: [...normalisers],
      timingOnly: false,
      variesOnly: false,
      varies: [],
      leftOut,
    }
  }

  // What differs even as a terminal shows it is shown as printed, its control characters visible.
  if (terminal) return compareOutput(expected, actualText, { ...options, terminal: false })
  const diff = lineDiff(expectedLines, expectedNumbers, actualLines, same)
  const exact = (want: string, got: string) => linesMatch(want, got, () => Number.POSITIVE_INFINITY)
  const timingOnly =
    !options.unordered && sequencePairs(expectedLines, actualLines, exact) !== undefined
  const settings = {
    now: options.now ?? new Date(),
    hashOrders: !insertionOrdered.test(extension),
    stringSetOrders: options.stringSetOrders,
    clockNumbers: options.clockNumbers,
    waitsNever: options.waitsNever,
    randomNumbers: options.randomNumbers,
    machineReads: options.machineReads,
    home: options.samplePath ? path.dirname(options.samplePath) : undefined,
  }
  const valueDifference = varyingDifferences(settings)
  // An amount ICU formats differently from version to version (locale-formats.ts).
  const differenceOf = (want: string, got: string): VaryingKind[] | undefined =>
    valueDifference(want, got) ??
    (options.localeFormats && /\d/u.test(want) && same(icuNeutral(want), icuNeutral(got))
      ? ['locale format']
      : undefined)
  const varying = (want: string, got: string) =>
    same(want, got) || differenceOf(want, got) !== undefined
  const varies: VaryingLine[] = []
  /** The documented line at `index`, with its post line when known. */
  const expectedAt = (index: number): VaryingLine['expected'] => {
    const text = expectedLines[index] ?? ''
    const line = expectedNumbers[index]
    return line === undefined ? { kind: 'expected', text } : { kind: 'expected', text, line }
  }
  for (const [wantIndex, gotIndex] of pair(expectedLines, actualLines, varying) ?? []) {
    const want = expectedLines[wantIndex] ?? ''
    const got = actualLines[gotIndex] ?? ''
    const kinds = same(want, got) ? undefined : differenceOf(want, got)
    if (!kinds) continue
    varies.push({ expected: expectedAt(wantIndex), actual: { kind: 'actual', text: got }, kinds })
  }
  // Threads printing side by side: every line is there, in the order this run's scheduling gave.
  if (varies.length === 0 && options.sideBySide && !options.unordered) {
    for (const [wantIndex, gotIndex] of multisetPairs(expectedLines, actualLines, varying) ?? []) {
      const want = expectedLines[wantIndex] ?? ''
      if (want === actualLines[wantIndex]) continue
      varies.push({
        expected: expectedAt(wantIndex),
        actual: { kind: 'actual', text: actualLines[gotIndex] ?? '' },
        kinds: ['thread order'],
      })
    }
    // Two threads' prints written into one line, each newline coming after (`Thread 1 got AThread 2 got B` and a blank line).
    if (varies.length === 0 && !ok && interleavedWrites(expectedLines, actualLines)) {
      for (const [index, want] of expectedLines.entries()) {
        if (want === actualLines[index]) continue
        varies.push({
          expected: expectedAt(index),
          actual: { kind: 'actual', text: actualLines[index] ?? '' },
          kinds: ['thread order'],
        })
      }
    }
  }
  // Lines that differ only in values that vary are marked, where the output varies only, too.
  if (varies.length > 0) for (const line of diff) if (line.kind !== 'same') line.varies = true
  if (varies.length === 0) markVaryingPairs(diff, differenceOf)
  return {
    ok,
    diff,
    normalisers: [...normalisers],
    timingOnly,
    variesOnly: varies.length > 0,
    varies,
    leftOut,
  }
}

/** An absolute path, Windows (spaces allowed) or POSIX, of a file with the sample's extension. */
function foreignSamplePath(extension: string): RegExp {
  const ext = escapeStringRegexp(extension)
  const windowsPart = `[^\\\\/:"'<>|\\n]+`
  const posixPart = `[^\\\\/\\s:"'<>|]+`
  const windows = `[A-Za-z]:\\\\(?:${windowsPart}\\\\)*${windowsPart}${ext}`
  const posix = `/(?:${posixPart}/)*${posixPart}${ext}`
  return new RegExp(`(?:${windows}|${posix})\\b`, 'g')
}

/**
 * A bare file name with the sample's extension where Python names the file
 * that ran: a traceback's frame (`File "prog.py", line 3`) or a warning
 * (`prog.py:3: DeprecationWarning: ...`). The author saved the sample under
 * a name of their own; its line numbers are still compared.
 */
function authorFileName(extension: string): RegExp {
  if (!extension) return /(?!)/g
  const name = `[\\p{L}\\p{N}_.-]+${escapeStringRegexp(extension)}`
  return new RegExp(
    `(?<=^\\s*File ")${name}(?=", line \\d)|^${name}(?=:\\d+: [\\w.]*Warning: )`,
    'gu',
  )
}

/**
 * The blank lines a program printed before its first line of text, when the
 * output block the post shows under it opens with text: a fence cannot show
 * where the program's output starts, so the blank lines it opens with (a
 * triple-quoted string's first newline) are left out, as for a shell
 * command's; blank lines between lines of text are still compared.
 */
function blankLinesPrintedFirst(
  kind: string,
  expected: readonly string[],
  actual: readonly string[],
): number[] {
  if (kind !== 'block' || (expected[0] ?? '') === '') return []
  const first = actual.findIndex((line) => line !== '')
  return first <= 0 ? [] : Array.from({ length: first }, (_, index) => index)
}

function trimBlankEnds(lines: string[]): string[] {
  let end = lines.length
  while (end > 0 && lines[end - 1] === '') end--
  return lines.slice(0, end)
}

function linesMatch(want: string, got: string, tolerance: (value: number) => number): boolean {
  if (want === got) return true
  if (want.includes(lineWildcard)) {
    const pattern = want
      .split(lineWildcard)
      .map((part) => escapeStringRegexp(part))
      .join('.*')
    return new RegExp(`^${pattern}$`, 's').test(got)
  }
  if (matchesPlaceholders(want, got) || matchesPathWords(want, got)) return true
  // Part of a value left out: `2.333...`, `"ABC...XYZ"`.
  if (matchesElidedValue(want, got)) return true
  // The author's note after the value: `True  #（'a' < 'b'）`.
  if (matchesWithoutNote(want, got)) return true
  if (!isDurationLine(want)) return false
  const wantNumbers = want.match(decimal) ?? []
  const gotNumbers = got.match(decimal) ?? []
  if (wantNumbers.length !== gotNumbers.length) return false
  if (want.replace(decimal, '#') !== got.replace(decimal, '#')) return false
  // The tolerance is in seconds: a line in milliseconds (`milliseconds: 1002.3`) gets it in those.
  const perSecond = unitsPerSecond(want)
  return wantNumbers.every((text, index) => {
    const value = Number(text)
    return Math.abs(value - Number(gotNumbers[index])) <= tolerance(value / perSecond) * perSecond
  })
}

/** How many of the line's unit of time make a second: 1000 for milliseconds, 1 for seconds. */
function unitsPerSecond(line: string): number {
  if (/\b(?:nanoseconds?|nsecs?|ns)\b|纳秒/iu.test(line)) return 1e9
  if (/\b(?:microseconds?|usecs?)\b|\d\s*[µμ]s\b|微秒/iu.test(line)) return 1e6
  if (/\b(?:milliseconds?|millis|msecs?|ms)\b|毫秒/iu.test(line)) return 1e3
  return 1
}

/**
 * How `actual` matches `expected` line for line, `...` lines matching any run
 * of lines: the pairs of indexes of the lines matched, or `undefined`.
 */
function sequencePairs(
  expected: readonly string[],
  actual: readonly string[],
  same: (want: string, got: string) => boolean,
): Array<[number, number]> | undefined {
  const memo = new Map<number, boolean>()
  const match = (i: number, j: number): boolean => {
    const key = i * (actual.length + 1) + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (i === expected.length) result = j === actual.length
    else if (isElision(expected[i])) {
      result = false
      for (let k = j; k <= actual.length && !result; k++) result = match(i + 1, k)
    } else {
      result = j < actual.length && same(expected[i] ?? '', actual[j] ?? '') && match(i + 1, j + 1)
    }
    memo.set(key, result)
    return result
  }
  if (!match(0, 0)) return undefined
  const pairs: Array<[number, number]> = []
  let j = 0
  for (let i = 0; i < expected.length; i++) {
    if (isElision(expected[i])) {
      while (!match(i + 1, j)) j++
      continue
    }
    pairs.push([i, j])
    j++
  }
  return pairs
}

/** How `actual` matches `expected` in any order: exact matches first, then the rest. */
function multisetPairs(
  expected: readonly string[],
  actual: readonly string[],
  same: (want: string, got: string) => boolean,
): Array<[number, number]> | undefined {
  if (expected.length !== actual.length) return undefined
  const taken = new Set<number>()
  const pairs: Array<[number, number]> = []
  const waiting: number[] = []
  for (const [i, want] of expected.entries()) {
    const j = actual.findIndex((got, index) => !taken.has(index) && got === want)
    if (j === -1) waiting.push(i)
    else {
      taken.add(j)
      pairs.push([i, j])
    }
  }
  for (const i of waiting) {
    const j = actual.findIndex((got, index) => !taken.has(index) && same(expected[i] ?? '', got))
    if (j === -1) return undefined
    taken.add(j)
    pairs.push([i, j])
  }
  return pairs.sort(([a], [b]) => a - b)
}

/**
 * Whether the documented lines are the printed lines, every one of them, written
 * by threads into each other: each documented line the printed lines of one
 * or more prints run together, in any order, and as many lines on each side,
 * since each print's newline still comes, later (`A` and `B` printed side by
 * side show as `AB` and a blank line). Printed lines are matched exactly; a
 * line more, less or other is no such interleaving.
 */
function interleavedWrites(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length !== actual.length || expected.length > 64) return false
  const pieces = actual.filter((line) => line !== '')
  const targets = expected.filter((line) => line !== '')
  if (targets.length >= pieces.length) return false
  const used = new Array<boolean>(pieces.length).fill(false)
  const cover = (target: number, at: number): boolean => {
    const line = targets[target]
    if (line === undefined) return used.every(Boolean)
    if (at === line.length) return cover(target + 1, 0)
    const tried = new Set<string>()
    for (const [index, piece] of pieces.entries()) {
      if (used[index] || tried.has(piece) || !line.startsWith(piece, at)) continue
      tried.add(piece)
      used[index] = true
      if (cover(target, at + piece.length)) return true
      used[index] = false
    }
    return false
  }
  return cover(0, 0)
}

/**
 * Marks the differing lines of `diff` that, paired in order within a run of
 * changes, differ from their counterpart only in values that vary between
 * runs (today's date), so the failure is placed at a line that truly differs.
 */
function markVaryingPairs(
  diff: DiffLine[],
  differenceOf: (want: string, got: string) => VaryingKind[] | undefined,
): void {
  let start = 0
  while (start < diff.length) {
    if (diff[start]?.kind === 'same') {
      start++
      continue
    }
    let end = start
    while (end < diff.length && diff[end]?.kind !== 'same') end++
    const run = diff.slice(start, end)
    const wanted = run.filter((line) => line.kind === 'expected')
    const got = run.filter((line) => line.kind === 'actual')
    wanted.forEach((want, k) => {
      const real = got[k]
      if (real && differenceOf(want.text, real.text) !== undefined) {
        want.varies = true
        real.varies = true
      }
    })
    start = end
  }
}

function lineDiff(
  expected: readonly string[],
  numbers: readonly number[],
  actual: readonly string[],
  same: (want: string, got: string) => boolean,
): DiffLine[] {
  const lines: DiffLine[] = []
  let wantIndex = 0
  for (const change of diffArrays([...expected], [...actual], { comparator: same })) {
    for (const text of change.value) {
      if (change.added) {
        lines.push({ kind: 'actual', text })
        continue
      }
      const line = numbers[wantIndex]
      wantIndex++
      const entry: DiffLine = { kind: change.removed ? 'expected' : 'same', text }
      if (line !== undefined) entry.line = line
      lines.push(entry)
    }
  }
  return lines
}

/**
 * Whether a quiz option's values (`{ name: "Lydia" }, "1997"`) are what a run
 * printed (`{ name: 'Lydia' } 1997`), read as one run of values: quotes,
 * commas, spaces and line breaks aside, a browser's `7 x empty` for Node's
 * `<7 empty items>`, and a set or map shown by its items alone
 * (`{1, 2}` for `Set(2) { 1, 2 }`). Every other character counts.
 */
function sameOptionValues(values: string, printed: readonly string[]): boolean {
  const bare = (text: string) =>
    text
      .replace(/<(\d+) empty items?>/g, '$1xempty')
      .replace(/\b(\d+)\s*[x×]\s*empty\b/g, '$1xempty')
      .replace(/\b(?:Set|Map)\(\d+\)\s*/g, '')
      .replace(/["'`,\s]/g, '')
  const want = bare(values)
  return want !== '' && want === bare(printed.join('\n'))
}
