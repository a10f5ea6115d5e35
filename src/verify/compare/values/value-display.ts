import { printedText, withBareArguments } from '../comments/printed-arguments.js'
import {
  type ConsoleValue,
  parseConsoleValue,
  parseConsoleValues,
  sameConsoleValue,
} from './console-values.js'
import { sameConstructorNotation } from './constructor-notation.js'
import { sameDateDisplay } from './date-display.js'
import { matchesElidedMembers } from './elided-values.js'
import { sameFunctionDisplay } from './function-display.js'
import { sameIntegerInBase } from './integer-bases.js'
import { sameJoinedArray } from './joined-array.js'
import { withoutSentencePeriod } from './sentence-period.js'

/** A string literal in single, double or back quotes. */
const stringLiteral = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/gu
/** What consoles print before an array or object: Firefox's `Array`, `Object`, Chrome's `Array(3)`. */
const typeLabel = /^(?:Array(?:\(\d+\))?|Object)\s+(?=[[{])/u

/**
 * Whether a documented value and a real one are the same value shown by
 * two consoles: Node prints `[ 'a', 'b' ]` and `{ a: 1 }`, a browser's
 * console `["a", "b"]` or MDN's `Array ["a", "b"]` and `Object { a: 1 }`,
 * Python `'a'` where a post may write `"a"`. Quotes and the spaces beside
 * punctuation of an array or object are not compared; everything else is,
 * printed text's spacing and string contents exactly. A string written
 * bare on one side (`// abc`, `print(s)  # "abc"`) matches the same string
 * quoted on the other, unless it reads as a number or a constant (`3`,
 * `true`).
 */
export function sameValueDisplay(written: string, actual: string): boolean {
  // A value written as a statement of its own: `// [2,4,8];`.
  const documented = written.trim().replace(/(?<=[\]})\w"'`]);$/u, '')
  if (sameModel(documented, actual) || remarkAfterPrinted(documented, actual)) return true
  if (sameDateDisplay(documented, actual) || sameJoinedArray(documented, actual)) return true
  if (sameFunctionDisplay(documented, actual) || sameIntegerInBase(documented, actual)) return true
  const want = canonical(documented)
  let got = canonical(actual)
  // Node names an object's class (`Person {}`) where a post may show the object alone; a tag in
  // brackets says what the object is (`[Object: null prototype] {}`), and `[Arguments] {}` left out,
  // `{ '0': 1 }`, is what Node 8 and older printed for `arguments`, which no console shows today.
  if (want.startsWith('{')) got = got.replace(/^[\p{L}\p{N}_$]+ ?(?=\{)/u, '')
  if (want === got) return true
  if (matchesElidedMembers(documented, actual, canonical)) return true
  if (unreadableAlike(documented, actual)) return true
  if (sameConstructorNotation(documented, actual, sameValueDisplay)) return true
  const sentence = withoutSentencePeriod(documented)
  if (sentence !== undefined && sameValueDisplay(sentence, actual)) return true
  // The arguments of one print, strings written quoted: `// '1' '2'` for `1 2`.
  const printed = withBareArguments(documented)
  if (printed !== undefined && sameValueDisplay(printed, actual)) return true
  const bareWant = documented.trim()
  const bareGot = actual.trim()
  // A bare `3` or `true` is that number or boolean, not a string holding it.
  if (/^(?:-?[\d.]+|true|false|null|undefined|NaN|True|False|None)$/u.test(bareWant)) return false
  return stringContent(got) === bareWant || stringContent(want) === bareGot
}

/** The content of a display that is one string literal, else `undefined`. */
function stringContent(display: string): string | undefined {
  const match = /^"((?:\\.|[^"\\])*)"$/u.exec(display)
  if (!match) return undefined
  try {
    return JSON.parse(`"${match[1]}"`) as string
  } catch {
    return match[1]
  }
}

/** Empty slots of an array as consoles show them: Node's `<3 empty items>`, Firefox's `<3 empty slots>`, Chrome's `empty × 3` (`empty` for one). */
const emptySlots = /<(\d+) empty (?:items?|slots?)>|\bempty(?: × (\d+))?(?=\s*[,\]])/gu

/**
 * An array's empty slots written one way: as many hole marks as slots.
 * An array of commas alone (`[ , , ]`) draws its slots between them: three.
 * One whose last comma touches the bracket (`[, , ,]`) is written as its
 * JavaScript literal, whose trailing comma ends the last slot: three too.
 */
function holes(display: string): string {
  const drawn = /^\[(\s*,)+\s*\]$/u.exec(display)
  const mark = (count: number) => Array.from({ length: count }, () => '\uE001').join(', ')
  const commas = display.match(/,/g)?.length ?? 0
  if (drawn) return `[${mark(/,\]$/u.test(display) ? commas : commas + 1)}]`
  return display.replace(emptySlots, (_, node?: string, chrome?: string) =>
    mark(Number(node ?? chrome ?? 1)),
  )
}

/** A display with its strings double-quoted and its spaces next to punctuation taken out. */
function canonical(display: string): string {
  const text = display.trim().replace(typeLabel, '')
  // Spacing is part of printed text; only an array's or object's display may space it differently.
  const structured = /^[[{(]|^[\p{L}\p{N}_$]+ ?\{/u.test(text)
  const strings: string[] = []
  const quoted = text.replace(stringLiteral, (_, _quote: string, content: string) => {
    const value = content.replace(/\\(['"`])/g, '$1')
    strings.push(JSON.stringify(value))
    return `\uE000${strings.length - 1}\uE000`
  })
  const masked = structured ? holes(quoted) : quoted
  // A key is a string however it is written: `{ 'a': 1 }` is Node's `{ a: 1 }`.
  const keyed = structured
    ? masked.replace(/\uE000(\d+)\uE000(?=\s*:)/gu, (whole, index: string) => {
        const key = JSON.parse(strings[Number(index)] ?? '""') as string
        return /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? key : whole
      })
    : masked
  const spaced = structured
    ? keyed
        .replace(/\s*([[\](){},:;])\s*/gu, '$1')
        .replace(/\s+/gu, ' ')
        .replace(/,([\]}])/gu, '$1')
    : keyed
  return spaced.replace(/\uE000(\d+)\uE000/gu, (_, index: string) => strings[Number(index)] ?? '')
}

/** A string of lone UTF-16 surrogates as Node shows it, escaped: `'\\ud842'`. */
const loneSurrogates = /^(['"])((?:\\u[dD][89a-fA-F][0-9a-fA-F]{2})+)\1$/u

/**
 * Whether a string of lone surrogates, which Node shows escaped
 * (`'\\ud842'`), is documented as a browser console shows it: a character
 * it cannot draw, written as nothing (`''`) or as `�`, one per surrogate.
 */
function unreadableAlike(documented: string, actual: string): boolean {
  const escaped = loneSurrogates.exec(actual.trim())?.[2]
  const written = /^(['"])(\uFFFD*)\1$/u.exec(documented.trim())?.[2]
  if (escaped === undefined || written === undefined) return false
  return written === '' || written.length === escaped.length / 6
}

/**
 * Whether a comment is the printed line followed by a remark in words,
 * after a comma or in brackets: `// JavaScript 10, accessible` for the
 * line `JavaScript 10`, `# 2（找到了）`. The remark holds letters only,
 * no digits or quotes, so it cannot be more printed values.
 */
function remarkAfterPrinted(documented: string, actual: string): boolean {
  const printed = actual.trim()
  if (printed === '' || printed.includes('\n') || !documented.startsWith(printed)) return false
  const rest = documented.slice(printed.length)
  const remark = /^\s*(?:[,，;；]\s*([^()（）]+)|[(（]([^()（）]+)[)）])$/u.exec(rest)
  const words = remark?.[1] ?? remark?.[2]
  return (
    words !== undefined &&
    /^[\p{L}\s'’-]*\p{L}[\p{L}\s'’-]*$/u.test(words.trim()) &&
    !words.includes("'")
  )
}

/** Whether both displays read as values (see console-values.ts) and those values are the same. */
function sameModel(documented: string, actual: string): boolean {
  const want = parseConsoleValue(documented)
  const got = parseConsoleValue(actual)
  return want !== undefined && got !== undefined && sameConsoleValue(want, got)
}

/** Files of JavaScript and TypeScript samples, whose output a browser's console may be shown for. */
const javascriptFile = /\.[cm]?[jt]sx?$/iu

/**
 * Whether documented lines are a JavaScript sample's real output with its
 * arrays, objects, Sets, Maps and functions shown by another console:
 * Chrome's `Set(2) {"a", "b"}` or `(2) [1, 2]` on one line for Node's
 * `Set(2) { 'a', 'b' }`, or Node's display of a large Map over several
 * lines. Other lines (printed text, bare strings and numbers) compare
 * exactly, and a `...` line disables this reading.
 */
export function sameDisplayLines(
  expected: readonly string[],
  actual: readonly string[],
  samplePath: string,
): boolean {
  if (!javascriptFile.test(samplePath) || expected.some((line) => line.trim() === '...'))
    return false
  const want = displayChunks(expected)
  const got = displayChunks(actual)
  if (!want || !got || want.length !== got.length) return false
  return want.every((chunk, index) => {
    const other = got[index]
    if (!other) return false
    // The strings a print shows side by side, written quoted (`// "foo" 3`, `// "bar" {}`).
    const sameText = chunk.text === other.text || printedText(chunk.text) === other.text
    if (chunk.values === undefined || other.values === undefined)
      return chunk.values === other.values && sameText
    return (
      sameText &&
      chunk.values.length === other.values.length &&
      chunk.values.every((value, at) => {
        const real = other.values?.[at]
        return real !== undefined && sameConsoleValue(value, real)
      })
    )
  })
}

/**
 * A line of output, or several holding one value: the text before the
 * values, and the values (one, or several a call printed side by side).
 */
interface DisplayChunk {
  text: string
  values?: ConsoleValue[]
}

/** Where a container, Set, Map or function display may start on a line. */
const valueStart =
  /(?:^|(?<=\s))(?:\(\d+\)\s*\[|\[|\{|(?:Set|Map|WeakSet|WeakMap|Array|Object|[A-Z][\p{L}\p{N}_$]*)(?:\(\d+\))?\s*[[{]|ƒ\s)/gu

/**
 * Lines grouped into chunks: a line whose value opens a bracket takes the
 * lines up to the one that closes it. `undefined` when brackets never close.
 */
function displayChunks(lines: readonly string[]): DisplayChunk[] | undefined {
  const chunks: DisplayChunk[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    let found: DisplayChunk | undefined
    for (const start of line.matchAll(valueStart)) {
      let display = line.slice(start.index)
      let end = index
      while (depthOf(display) > 0 && end + 1 < lines.length) display += `\n${lines[++end]}`
      const one = parseConsoleValue(display)
      const values = one ? [one] : parseConsoleValues(display)
      if (values) {
        found = { text: line.slice(0, start.index).trimEnd(), values }
        index = end
        break
      }
    }
    chunks.push(found ?? { text: line.trimEnd() })
  }
  return chunks
}

/** How many brackets a text leaves open, outside its strings. */
function depthOf(text: string): number {
  const bare = text.replace(stringLiteral, '""')
  return (bare.match(/[[{(]/gu)?.length ?? 0) - (bare.match(/[\]})]/gu)?.length ?? 0)
}
