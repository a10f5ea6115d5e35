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
export function sameValueDisplay(documented: string, actual: string): boolean {
  const want = canonical(documented)
  let got = canonical(actual)
  // Node names an object's class (`Person {}`, `[Arguments] {}`) where a post may show the object
  // alone; a tag with more than a name (`[Object: null prototype] {}`) says what the object is.
  if (want.startsWith('{'))
    got = got.replace(/^(?:[\p{L}\p{N}_$]+|\[[\p{L}\p{N}_$]+\]) ?(?=\{)/u, '')
  if (want === got) return true
  if (unreadableAlike(documented, actual)) return true
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
 */
function holes(display: string): string {
  const drawn = /^\[(\s*,)+\s*\]$/u.exec(display)
  const mark = (count: number) => Array.from({ length: count }, () => '\uE001').join(', ')
  if (drawn) return `[${mark((display.match(/,/g)?.length ?? 0) + 1)}]`
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
