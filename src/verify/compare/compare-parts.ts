import escapeStringRegexp from 'escape-string-regexp'
import { describesOutput } from '../read/outputs/comments/value-claims.js'
import { commaListed } from '../read/outputs/comments/value-comments.js'
import { valueSequence } from '../read/outputs/comments/value-sequence.js'
import type { OutputPart } from '../read/outputs/documented-output.js'
import { oneOfAlternatives } from './comments/alternative-values.js'
import { compareCalledPrints } from './comments/called-prints.js'
import { listsPrintedLines } from './comments/listed-prints.js'
import { sameListedValues } from './comments/listed-values.js'
import { templateValueShown } from './comments/template-values.js'
import { namesPrintedType } from './comments/type-names.js'
import { documentsValueAfterPrints } from './comments/value-after-prints.js'
import {
  type CompareOptions,
  type Comparison,
  compareOutput,
  type VaryingLine,
} from './compare-output.js'
import { compareNothing, documentsNothing, noneShownAsNothing } from './empty-output.js'
import { otherQuotedMessage } from './errors/error-messages.js'
import { asShownIndented, differsInIndentation } from './shown-indentation.js'
import { browserAndNodeDates, sameLocalTimeInOtherZone } from './values/date-display.js'
import { showsClassesAsIPython, showsObjectsAsIPython } from './values/ipython-classes.js'
import { showsIndentedJson } from './values/json-indentation.js'
import { quotesPrintedText } from './values/quoted-text.js'
import {
  compareUnquoted,
  sameStringContents,
  sameUnquotedValue,
  sameWithBareWords,
} from './values/unquoted-strings.js'
import { sameValueDisplay } from './values/value-display.js'
import { rewrappedLine, wrappedLike } from './values/wrapped-values.js'
import { icuNeutral } from './varying/locale-formats.js'
import type { VaryingKind } from './varying/recogniser.js'

/**
 * Compare what one documented statement showed with its comment: `actual`
 * is all it showed, `printed` what it printed before the value a REPL shows
 * after it (a call that logs and returns). `undefined` when the comment is
 * not compared after all: words sharing little with the output (a remark),
 * or a loop's comment matching neither all its output nor each iteration.
 */
export function comparePart(
  part: OutputPart,
  shown: string,
  printed: string | undefined,
  options: CompareOptions,
): Comparison | undefined {
  if (part.error) return compareError(part, shown)
  if (documentsNothing(part)) return compareNothing(part, shown)
  // The value None, which the REPL shows as nothing, written as a print shows it.
  if (noneShownAsNothing(part, shown)) {
    return { ok: true, diff: [], normalisers: ['None shown as nothing'], timingOnly: false }
  }
  if (part.printedBy) return withCalledPrints(part, part.printedBy, shown, printed, options)
  // An assignment's comment gives the value it binds, whatever the call on its right printed first
  // (`result = func()  # result = None`, where `func` prints a line).
  if (part.shows !== undefined && printed?.trim() && shown.startsWith(printed)) {
    const bound = comparePart(part, shown.slice(printed.length), undefined, options)
    if (bound?.ok) return bound
  }
  // A string's value its assignment's comment gives without quotes, else a remark.
  if (part.unquoted) return compareUnquoted(part.lines[0] ?? '', shown, part.lineNumbers[0])
  // In a transcript, a blank line the command prints first is the page's spacing, as the one
  // between a command and its output is (a script's bare `echo` before its lines).
  const spaced =
    part.asShown && part.lines[0]?.trim() ? shown.replace(/^(?:[ \t]*\r?\n)+/, '') : shown
  const actual = part.gapless ? spaced.replace(/^[ \t]*\r?\n/gm, '') : spaced
  const documented = part.asShown
    ? asShownIndented(valueAsPrinted(part, actual), actual)
    : valueAsPrinted(part, actual)
  const comparison = compareOutput(
    {
      kind: part.asShown ? 'block' : 'comment',
      lines: documented,
      lineNumbers: part.lineNumbers,
      reason: '',
    },
    actual,
    part.unordered ? { ...options, unordered: true } : options,
  )
  if (comparison.ok) return comparison
  // The value alone under a labelled template print (`console.log(`Top: ${n}`)` / `//4`).
  if (
    part.template !== undefined &&
    part.lines.length === 1 &&
    templateValueShown(part.template, part.lines[0] ?? '', actual)
  ) {
    return { ...comparison, ok: true, diff: [], normalisers: ['value after the label it prints'] }
  }
  // A comment naming alternatives (`#=> $food or "Cake"`), the statement showing one of them.
  if (oneOfAlternatives(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['one of the alternatives named'] }
  }
  // Spaces a terminal showed are output: no reading of values makes them equal.
  if (part.asShown && differsInIndentation(documented, actual)) return comparison
  // A comment read as a value then words may be, as a whole, what was printed or shown
  // (`// 123 - abc - 456` for the string `'123 - abc - 456'`).
  if (
    part.whole !== undefined &&
    (part.whole.trim() === actual.trim() || sameValueDisplay(part.whole, actual))
  ) {
    return { ...comparison, ok: true, diff: [] }
  }
  // A class shown as IPython shows it (`int` for `<class 'int'>`), as notebook authors copy it.
  if (part.value && showsClassesAsIPython(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['IPython display of classes'] }
  }
  if (part.value && showsObjectsAsIPython(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['IPython display of objects'] }
  }
  // A shell command's one printed line its comment quotes (`# output: "baz"`, quoted-text.ts).
  if (options.shellText && quotesPrintedText(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['quoted text'] }
  }
  if (!showsIndentedJson(documented, actual) && sameDisplay(part, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['value display'] }
  }
  // A string's value the comment gives exactly, without the quotes the REPL shows around it.
  if (part.value && sameUnquotedValue(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['string shown without its quotes'] }
  }
  // A collection's strings of letters written as bare words (`// [apple, orange, pear]`).
  if (sameWithBareWords(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['strings shown as bare words'] }
  }
  // An amount ICU formats otherwise in another version (`￥80,909.89` for `¥80,909.89`).
  const formatted = options.localeFormats ? icuVariant(part, documented, actual) : undefined
  if (formatted) return { ...comparison, variesOnly: true, varies: [formatted] }
  // A value the author wrapped over lines under its arrow (`==> [[…],` / `     […]]`) or in comments.
  if ((part.arrow !== undefined || part.wrapped) && rewrappedLine(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['value wrapped over lines'] }
  }
  // A multi-line string's value shown over comment lines as its text (`# {` / `#   "name": "Ada"` / `# }`).
  if (part.wrapped && sameStringContents(documented, actual)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['string shown as its text'] }
  }
  // Or the value alone, shown after what it printed (`g.next('a')  // value: 2, done: false`).
  if (part.value && documentsValueAfterPrints(documented.join(' '), actual, printed)) {
    return { ...comparison, ok: true, diff: [], normalisers: ['value display'] }
  }
  // A call that prints and has a value: the comment may document what it printed alone.
  if (printed?.trim()) {
    const alone = compareOutput(
      { kind: 'comment', lines: part.lines, lineNumbers: part.lineNumbers, reason: '' },
      printed,
      options,
    )
    if (alone.ok || sameDisplay(part, printed)) return { ...alone, ok: true, diff: [] }
  }
  if (part.clock || part.random || part.processId || part.objectId) {
    const varying = varyingReading(part, documented, actual)
    if (varying) return { ...comparison, variesOnly: true, varies: [varying] }
  }
  // A date in a browser's form claims the value Node showed in its own, however unalike.
  const dated = documented.length === 1 && browserAndNodeDates(documented[0] ?? '', actual)
  // Words about a labelled print resemble what it prints after its label, not the label it always
  // prints; a comment written with the label too (`# user 41`) is read whole, as the line printed.
  const label = part.label?.trim()
  const comment = part.lines.join(' ')
  const afterLabel =
    label && !comment.trimStart().startsWith(label) && actual.trimStart().startsWith(label)
      ? actual.trimStart().slice(label.length)
      : actual
  if (part.loose && !dated && !resembles(comment, afterLabel)) return undefined
  // The name of the printed value's type (`console.log(Symbol()); // symbol`): a remark.
  if (part.loose && namesPrintedType(comment, actual)) return undefined
  if (dated && sameLocalTimeInOtherZone(documented[0] ?? '', actual)) {
    // The same local time in the author's zone: a date built from local fields (date-display.ts).
    const expected = { kind: 'expected' as const, text: documented[0] ?? '', ...lineOf(part) }
    const shown = { kind: 'actual' as const, text: actual.trim() }
    return {
      ...comparison,
      variesOnly: true,
      varies: [{ expected, actual: shown, kinds: ['date'] }],
    }
  }
  if (dated) return comparison
  if (part.loose && describesOutput(documented.join(' '), actual)) return undefined
  // A loop's comment listing every iteration's value is a claim; other words about it are not.
  if (part.iterations && !valueSequence(part.lines[0] ?? '')) return undefined
  // A loop's one comment line that is not its lines joined, word for word, is a remark on them;
  // one listing each iteration's value (`//> 0, 1`) is a claim, compared line by line.
  if (
    part.joined &&
    part.iterations !== true &&
    documented.length === 1 &&
    actual.trim().includes('\n') &&
    words(documented[0] ?? '').length !== words(actual).length
  )
    return undefined
  // A remark in brackets after the value may be in the post's language (`7 "number"（加法）`).
  const unremarked = documented.join(' ').replace(remarkAfter, '$1')
  if (part.inline && translated(unremarked, actual)) return undefined
  return (
    (part.arrow !== undefined || part.wrapped
      ? rewrapped(documented, actual, part, options)
      : undefined) ?? comparison
  )
}

/**
 * A wrapped value that differs, compared line by line with the printed value broken where the
 * author broke it, so the diff and the failure point at the documented line that differs.
 */
function rewrapped(
  documented: readonly string[],
  actual: string,
  part: OutputPart,
  options: CompareOptions,
): Comparison | undefined {
  const wrapped = wrappedLike(documented, actual)
  if (wrapped === undefined) return undefined
  const comparison = compareOutput(
    { kind: 'comment', lines: [...documented], lineNumbers: part.lineNumbers, reason: '' },
    wrapped,
    options,
  )
  return comparison.ok ? undefined : comparison
}

/**
 * A call's part whose prints are documented inside the function it calls:
 * those lines compared with what it printed, and its own comment, if any,
 * with the value it shows after them.
 */
function withCalledPrints(
  part: OutputPart,
  printedBy: NonNullable<OutputPart['printedBy']>,
  shown: string,
  printed: string | undefined,
  options: CompareOptions,
): Comparison | undefined {
  // Where the run does not tell printed lines from the value (Python's), the first lines are printed.
  const lines = shown.split(/(?<=\n)/)
  const leading =
    lines.length > printedBy.lines.length ? lines.slice(0, printedBy.lines.length) : []
  const through = part.value ? (printed ?? leading.join('')) : shown
  const inner = compareCalledPrints(printedBy, through)
  if (!part.value) return inner
  const rest = shown.startsWith(through) ? shown.slice(through.length) : shown
  // A value shown as `undefined` after printed lines is not shown at all (see `replShown`).
  const { printedBy: _, ...alone } = part
  const own = comparePart(alone, rest, undefined, options)
  if (!own) return inner
  return {
    ...own,
    ok: inner.ok && own.ok,
    diff: [...inner.diff, ...own.diff],
    normalisers: [...new Set([...inner.normalisers, ...own.normalisers])],
    timingOnly: false,
    variesOnly: false,
  }
}

/** Letters of scripts other than Latin that a translation brings: Han, kana, Hangul, Cyrillic. */
const translationScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}]/u

/**
 * Whether a value comment is written in another language than the output it
 * stands for: a translator turned `# Now a = z` into `# 现在 a = z`. Such a
 * comment is the translator's words, not a claim about the output.
 */
function translated(documented: string, actual: string): boolean {
  return (
    translationScript.test(documented) && !translationScript.test(actual) && /\p{L}/u.test(actual)
  )
}

/**
 * The documented lines of a part as the reader means them: a value comment
 * on a print call written as the value (`print(fruit)  # 'apple'`) reads as
 * what print shows of it (`apple`), and one on a call that prints a label
 * first (`print('Sum:', s)  # 6`) as the label followed by the value.
 */
function valueAsPrinted(part: OutputPart, actual: string): string[] {
  const [only] = part.lines
  if (!part.inline || part.value || part.lines.length !== 1 || only === undefined) return part.lines
  const printed = actual.replace(/\r?\n$/, '')
  // `echo "$unset"  # (blank line)`: a description of an empty line.
  if (blankLine.test(only.trim()) && printed.trim() === '') return [printed]
  // The value, quoted or not, and a remark in brackets after it: `# " world" (empty)`.
  const bare = remarkAfter.exec(only.trim())?.[1]
  for (const candidate of bare === undefined ? [only] : [only, bare]) {
    const quoted = /^(['"])(.*)\1$/.exec(candidate.trim())
    const text = quoted?.[2] ?? candidate
    if ((quoted || candidate === bare) && (text === printed || text.trim() === printed.trim()))
      return [printed]
    // An object's display quoted whole (`// "{ value: 1, done: false}"`), or values before a
    // remark (`// 3 "number" (numeric subtraction)`): that display, as another console shows it.
    // (A display the comment already is as written, `Sun Jan 01 2017 ... (Central European Time)`,
    // is left to the comparison, which names the reading.)
    const display = quoted ? /^[[{]/u.test(text.trim()) : candidate === bare
    if (
      display &&
      !printed.includes('\n') &&
      sameValueDisplay(text, printed) &&
      !sameValueDisplay(only, printed)
    )
      return [printed]
  }
  // Values listed with commas (`// 1, 1`) for a call printing them side by side (`1 1`).
  if (commaListed(only.trim()) && sameListedValues(only, printed)) return [printed]
  const quoted = /^(['"])(.*)\1$/.exec(only.trim())
  const value = quoted?.[2] ?? only
  // A type named loosely: `print(type(x))  # list` for `<class 'list'>`.
  if (/^<class '(?:[\w.]+\.)?([\w]+)'>$/.exec(printed.trim())?.[1] === value.trim())
    return [printed]
  if (part.labelled && !printed.includes('\n')) {
    // The label is whatever the line prints before as many words as the value has,
    // unless the comment already starts with it (`console.log('has', x) // has true`).
    const words = printed.trim().split(/\s+/)
    if (words[0] !== undefined && value.trim().startsWith(words[0])) return part.lines
    const count = value.trim().split(/\s+/).length
    if (words.length > count) {
      const label = printed.slice(0, printed.lastIndexOf(words.slice(-count).join(' ')))
      return [`${label}${value.trim()}`]
    }
  }
  return part.lines
}

/** A comment that describes an empty output line: `(blank line)`, `(empty)`, `（空行）`. */
const blankLine = /^[(（](?:blank|empty)(?: line)?[)）]$|^[(（]?(?:空行|空白行|空)[)）]?$/iu

/** A value followed by a remark of words in brackets: `DE (only 2 characters available)`, `3（减法）`. */
const remarkAfter =
  /^(.+?)(?:\s+\((?=[^()]*\p{L}{2,}\s+\p{L})[^()]*\)|\s*（(?=[^（）]*\p{Script=Han}{2})[^（）]*）)$/u

/** The words of a text, split at spaces and line breaks. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '')
}

/**
 * Whether a one-line documented value is what the statement showed, as
 * another console would show it (`["a", "b"]` for `[ 'a', 'b' ]`), or, for a
 * comment inside a loop, each iteration's line in turn (`John, then 30`).
 */
function sameDisplay(part: OutputPart, actual: string): boolean {
  const [only] = part.lines
  if (part.lines.length !== 1 || only === undefined) return false
  const lines = actual
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
  if (part.iterations) {
    const items =
      valueSequence(only) ??
      only.split(
        /\s*(?:[,，;；]\s*(?:then|and then|然后|接着|再)?|\s(?:then|and then)|然后|接着)\s*/u,
      )
    if (items.length > 1 && items.length === lines.length) {
      return items.every((item, at) => sameValueDisplay(item, lines[at] ?? ''))
    }
  }
  // A loop's printed lines written on one line, spaces between (`//value add  value delete`).
  if (part.joined && lines.length > 1 && words(only).join(' ') === words(lines.join(' ')).join(' '))
    return true
  // A call whose function logs several lines, its comment listing them (`// '若川', [1, 2]`).
  if (!part.iterations && !part.joined && listsPrintedLines(part.whole ?? only, lines)) return true
  return sameValueDisplay(only, lines.join(' '))
}

/**
 * A value read from the clock or drawn at random (`day = now.day  # 8`,
 * `console.log(random())` / `// <- 174`, `'3:15:20 PM'`), documented and
 * real, as a line that varies: the two differ in their numbers alone.
 */
function varyingReading(
  part: OutputPart,
  documented: readonly string[],
  actual: string,
): VaryingLine | undefined {
  // Several lines (a loop printing `$RANDOM` three times): each in the form of its documented line.
  const reals = actual.trim().split('\n')
  if (documented.length > 1 && documented.length === reals.length) {
    const at = documented.findIndex((line, index) => line.trim() !== reals[index]?.trim())
    const alike = documented.every((line, index) =>
      varyingReading(part, [line], reals[index] ?? ''),
    )
    return at === -1 || !alike
      ? undefined
      : varyingReading(
          { ...part, lineNumbers: part.lineNumbers.slice(at) },
          [documented[at] ?? ''],
          reals[at] ?? '',
        )
  }
  const [written] = documented
  const real = actual.trim()
  if (documented.length !== 1 || !written || real.includes('\n')) return undefined
  // A print shows a string without the quotes its comment may give it.
  const want = (/^(['"`])(.*)\1$/.exec(written.trim())?.[2] ?? written).trim()
  // A Buffer's bytes are numbers too, in hexadecimal: `<Buffer 49 ae c9>`; a time's half of the day, `AM`/`PM`, too.
  // A number's sign varies with it (a time zone's offset, `-480` for `0`).
  const numbers = (text: string) =>
    dayNames(
      text
        .replace(/<Buffer(?: [\da-f]{2})+/g, (bytes) => bytes.replace(/ [\da-f]{2}/g, ' 0'))
        .replace(/(?<![\w.-])-(?=\d)/g, '')
        .replace(/\d+/g, '0')
        .replace(/(?<=\d ?)[AP]M\b|[上下]午(?=\s*\d)/gu, 'AM'),
      part.clock === true,
    )
  // A browser shows a `Date` in another form than Node's ISO one (see `sameDateDisplay`).
  const bare = real.replace(/^(['"`])(.*)\1$/, '$2')
  const sameForm = /\d/.test(want) && numbers(want) === numbers(bare)
  if (!sameForm && !browserAndNodeDates(want, real) && !randomWord(part, want, bare))
    return undefined
  return {
    expected: { kind: 'expected', text: written, ...lineOf(part) },
    actual: { kind: 'actual', text: real },
    kinds: [varyingKind(part)],
  }
}

/**
 * The documented line and the real one, when they differ only in forms ICU
 * versions write differently (locale-formats.ts), the value's display aside.
 */
function icuVariant(
  part: OutputPart,
  documented: readonly string[],
  actual: string,
): VaryingLine | undefined {
  const [written] = documented
  const real = actual.trim()
  if (documented.length !== 1 || !written || real.includes('\n') || !/\d/u.test(real)) {
    return undefined
  }
  if (icuNeutral(written) === written && icuNeutral(real) === real) return undefined
  const neutral = { ...part, lines: part.lines.map(icuNeutral) }
  if (icuNeutral(written).trim() !== icuNeutral(real) && !sameDisplay(neutral, icuNeutral(real))) {
    return undefined
  }
  return {
    expected: { kind: 'expected', text: written, ...lineOf(part) },
    actual: { kind: 'actual', text: real },
    kinds: ['locale format'],
  }
}

/**
 * A string drawn at random, letter by letter, in the part of a sample that
 * draws at random (`random_str(6); // "NdQKOr"`): as long as the one
 * documented and made of letters, digits, `-` and `_` alike, a letter in
 * each; not a number alone, nor a value a language names (`NaN`, `True`).
 */
function randomWord(part: OutputPart, want: string, real: string): boolean {
  const word = /^(?=.*\p{L})[\p{L}\p{N}_-]+$/u
  const named = /^(?:NaN|undefined|null|true|false|True|False|None|Infinity)$/u
  return (
    part.random === true &&
    word.test(want) &&
    word.test(real) &&
    !named.test(want) &&
    !named.test(real) &&
    want.length === real.length
  )
}

/** Names of the week's days and of months: a clock read on another day shows others. */
const dayOrMonth =
  /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/gu

/**
 * A time zone after a time of day, its digits already masked: a name
 * (`PST`, `CST`, `EDT`), an offset (`+0800`, `GMT+8`, `UTC-05:00`), as the
 * author's machine shows its clock where ours shows `UTC`.
 */
const zoneAfterTime =
  /(?<=\d:\d+(?:[.,]\d+)?(?: ?AM)? ?)(?:(?:GMT|UTC)(?:[+-]\d+(?::\d+)?)?|[A-Z]{2,5}|[+-]\d+(?::\d+)?)(?![\w+-])/gu

/**
 * A date line's day and month names as one, and its time zone, for a part
 * reading the clock (`Thu Jan  1 08:19:23 PST 2009` read on a Monday of November, in UTC).
 */
function dayNames(text: string, clock: boolean): string {
  if (!clock) return text
  return text.replace(dayOrMonth, 'Day').replace(zoneAfterTime, 'Zone').replace(/ {2,}/g, ' ')
}

function varyingKind(part: OutputPart): VaryingKind {
  if (part.random) return 'random number'
  if (part.processId) return 'process id'
  return part.objectId ? 'object id' : 'date'
}

function lineOf(part: OutputPart): { line?: number } {
  const line = part.lineNumbers[0]
  return line === undefined ? {} : { line }
}

/**
 * Whether a statement raised the error its comment names: a traceback, or
 * the `Uncaught Name: message` the instrumented code prints, naming it.
 */
function compareError(part: OutputPart, actual: string): Comparison {
  const error = part.error
  // A comment leaving open whether the line throws (`// 某些浏览器不报错`) holds either way.
  if (error?.hedged) {
    return { ok: true, diff: [], normalisers: [], timingOnly: false, variesOnly: false, varies: [] }
  }
  const raised = /^Traceback \(most recent call last\)|^Uncaught |^\w*(?:Error|Exception)\b/m.test(
    actual,
  )
  const named = raised && (error?.name === undefined || raisedNamed(actual, error.name))
  // A message the comment quotes is compared too, as a stale one is the post's mistake.
  const message =
    error?.name === undefined
      ? undefined
      : new RegExp(`\\b${escapeStringRegexp(error.name)}\\s*[:：]\\s*(\\S.*)$`, 'u')
          .exec(error.comment)?.[1]
          ?.trim()
  const quoted =
    named && error?.name !== undefined && message !== undefined
      ? otherQuotedMessage(message, actual, error.name)
      : undefined
  const ok = named && quoted === undefined
  const line = part.lineNumbers[0]
  const expected = { kind: 'expected' as const, text: error?.comment ?? '' }
  const diff = ok
    ? []
    : [
        line === undefined ? expected : { ...expected, line },
        ...outputLinesOf(actual).map((text) => ({ kind: 'actual' as const, text })),
      ]
  return { ok, diff, normalisers: [], timingOnly: false, variesOnly: false, varies: [] }
}

/**
 * Whether an output shows an error of that name on its own line (`ValueError: ...`,
 * `Uncaught TypeError: ...`), not merely in a traceback's quoted source line.
 */
export function raisedNamed(output: string, name: string): boolean {
  return new RegExp(`^(?:Uncaught )?(?:[\\w.]+\\.)?${escapeStringRegexp(name)}\\b`, 'm').test(
    output,
  )
}

function outputLinesOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines.at(-1)?.trim() === '') lines.pop()
  return lines.length === 0 ? ['(nothing: it raised no error)'] : lines
}

/** Whether most words of a comment appear in what a statement printed. */
function resembles(comment: string, printed: string): boolean {
  const words = (text: string) => text.toLowerCase().match(/[\p{Script=Han}]|[\p{L}\p{N}]+/gu) ?? []
  const documented = words(comment)
  const real = new Set(words(printed))
  if (documented.length === 0) return false
  return documented.filter((word) => real.has(word)).length / documented.length >= 0.5
}
