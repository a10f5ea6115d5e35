import { boxedToken, boxedTypes, nodeBoxedOpening, primitiveValueKey } from './boxed-primitives.js'
import { browserItems, nodeShownItems, sameJavaScriptKey } from './browser-forms.js'

/**
 * The value a console display shows, read back into a model so that two
 * consoles' notations of one value compare equal: Node's `util.inspect`
 * (`Set(2) { 'a', 'b' }`, `[ 1, <2 empty items> ]`, `[Function: f]`) and a
 * browser's (Chrome's `(2) ["a", "b"]`, `Map(1) {"k" => 1}`, `ƒ f()`,
 * `{…}`, a preview cut short with `…`; Firefox's `Array [ 1 ]`).
 * Note: only what a display shows is compared; a preview cut short (`…`,
 * `... 3 more items`) matches when the items it shows agree.
 */

/** A value as a console shows it. */
export type ConsoleValue =
  | { kind: 'string'; text: string }
  /** A number, bigint or constant, as written: `3`, `10n`, `NaN`, `true`, `undefined`. */
  | { kind: 'primitive'; text: string }
  | Container
  /** A container shown collapsed: Node's `[Object]` past its depth, Chrome's `{…}` or `Array(3)`. */
  | { kind: 'collapsed'; open: '[' | '{'; size?: number }
  | { kind: 'function'; name?: string }
  /** Anything else shown as one token: `<pending>`, `Symbol(a)`, `[Getter]`, `<Buffer 61>`. */
  | { kind: 'token'; text: string }

/** An array, object, Set or Map. */
export interface Container {
  kind: 'container'
  open: '[' | '{'
  /** The constructor or tag before it: `Set`, `Person`, `[Object: null prototype]`; none for a plain array or object. */
  tag?: string
  /** The size shown with it: `Set(4)`, Chrome's `(4) [...]`. */
  size?: number
  items: Item[]
  /** Whether the display is cut short (`…`, `... 2 more items`). */
  cut: boolean
  /** Whether it is shown padded, as Node's `util.inspect` does (`{ a: 1 }`): see browser-forms.ts. */
  node?: boolean
}

/** One entry of a container: a value, a `key: value` property, a `key => value` entry, or an empty slot. */
export interface Item {
  key?: string
  mapKey?: ConsoleValue
  value?: ConsoleValue
}

/** Read a display as one value; `undefined` when it is not one value of a known notation. */
export function parseConsoleValue(display: string): ConsoleValue | undefined {
  const reader = new Reader(display.trim())
  try {
    reader.skipReference()
    const value = reader.value()
    reader.space()
    return reader.done() ? value : undefined
  } catch {
    return undefined
  }
}

/**
 * Read a display of several values side by side, as a console shows the
 * arguments of one call (`console.log(map, array)`: Chrome's
 * `Map {"t" => 1} [Object]`, Node's `Map(1) { 't' => 1 } [ { t: 1 } ]`);
 * `undefined` unless the whole display is values.
 */
export function parseConsoleValues(display: string): ConsoleValue[] | undefined {
  const reader = new Reader(display.trim())
  const values: ConsoleValue[] = []
  try {
    while (!reader.done()) {
      values.push(reader.value())
      reader.space()
    }
    return values.length > 0 ? values : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether a documented value is the real one: equal primitives and strings
 * (whatever their quotes), containers of the same kind with equal items in
 * order. A collapsed container stands for any container of its kind (and
 * size); a display cut short matches when the items it shows are the first
 * items of the other.
 */
export function sameConsoleValue(documented: ConsoleValue, actual: ConsoleValue): boolean {
  if (documented.kind === 'collapsed' || actual.kind === 'collapsed') {
    const [collapsed, other] =
      documented.kind === 'collapsed' ? [documented, actual] : [actual, documented]
    if (collapsed.kind !== 'collapsed') return false
    if (other.kind === 'collapsed') return other.open === collapsed.open
    if (other.kind !== 'container' || other.open !== collapsed.open) return false
    return collapsed.size === undefined || sizeOf(other) === collapsed.size
  }
  if (documented.kind !== actual.kind) return false
  switch (documented.kind) {
    case 'string':
    case 'primitive':
    case 'token':
      return documented.text === (actual as { text: string }).text
    case 'function': {
      const other = actual as { name?: string }
      return (
        documented.name === undefined || other.name === undefined || documented.name === other.name
      )
    }
    case 'container':
      return sameContainer(documented, actual as Container)
  }
}

function sameContainer(written: Container, displayed: Container): boolean {
  const writtenItems = nodeShownItems(written, displayed)
  const documented: Container =
    writtenItems === written.items ? written : { ...written, items: writtenItems }
  const items = browserItems(documented, displayed)
  const { size: _size, ...unsized } = displayed
  const actual: Container = items === displayed.items ? displayed : { ...unsized, items }
  if (documented.open !== actual.open || !sameTag(documented.tag, actual.tag)) return false
  const documentedSize = sizeOf(documented)
  const actualSize = sizeOf(actual)
  if (documentedSize !== undefined && actualSize !== undefined && documentedSize !== actualSize)
    return false
  const want = documented.items
  const got = actual.items
  // Items a display leaves out are not compared; the other side must show at least as many.
  if (!documented.cut && !actual.cut && want.length !== got.length) return false
  if (documented.cut && !actual.cut && want.length > got.length) return false
  if (actual.cut && !documented.cut && got.length > want.length) return false
  const shown = Math.min(want.length, got.length)
  for (let index = 0; index < shown; index++) {
    if (!sameItem(want[index], got[index], actual.node === true)) return false
  }
  return true
}

function sameItem(documented: Item | undefined, actual: Item | undefined, node: boolean): boolean {
  if (!documented || !actual) return false
  if (documented.key !== actual.key && !(node && sameJavaScriptKey(documented.key, actual.key)))
    return false
  if ((documented.mapKey === undefined) !== (actual.mapKey === undefined)) return false
  if (documented.mapKey && actual.mapKey && !sameConsoleValue(documented.mapKey, actual.mapKey))
    return false
  if (documented.value === undefined || actual.value === undefined)
    return documented.value === actual.value
  return sameConsoleValue(documented.value, actual.value)
}

/**
 * Whether two tags name the same kind of container: a plain object or
 * array may be shown with or without its constructor's name, an instance of
 * a class with or without it (Chrome and Node both name it, MDN may not);
 * a tag in brackets (`[Object: null prototype]`, `[Arguments]`) must be on both.
 */
function sameTag(documented: string | undefined, actual: string | undefined): boolean {
  if (documented === actual) return true
  // Not `[Arguments]`: `{ '0': 1 }` for `arguments` is Node 8's display, stale (value-display.ts).
  if (documented === undefined) return actual !== undefined && /^[\p{L}\p{N}_$]+$/u.test(actual)
  return false
}

/** The number of items a container has, when known: the size it shows, or its items when not cut short. */
function sizeOf(container: Container): number | undefined {
  if (container.size !== undefined) return container.size
  return container.cut ? undefined : container.items.length
}

const identifier = /^[\p{L}_$][\p{L}\p{N}_$]*/u
const number =
  /^-?(?:Infinity|NaN|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?|0x[\da-f]+n?|\.\d+)(?![\p{L}\p{N}_$])/iu
const constant = /^(?:true|false|null|undefined)(?![\p{L}\p{N}_$])/u
/** The parameters and arrow of an arrow function: `(y) =>`, `x =>`, `async (a, b) =>`; not a Map's `true => 1`. */
const arrowHead =
  /^(?:async\s+)?(?:\([^()]*\)|(?!(?:true|false|null|undefined)\b)[\p{L}_$][\p{L}\p{N}_$]*)\s*=>/u
/** Node's `... 3 more items`, Chrome's and Node's ellipses. */
const moreItems = /^(?:\.\.\. (\d+) more items?|…|\.\.\.)/u

/** A cursor over a display. */
class Reader {
  private at = 0
  /** How many containers the cursor is inside. */
  private nesting = 0
  constructor(private readonly text: string) {}

  done(): boolean {
    return this.at === this.text.length
  }

  space(): void {
    while (this.at < this.text.length && /\s/u.test(this.text[this.at] ?? '')) this.at++
  }

  /** Node's `<ref *1>` before a value that refers to itself. */
  skipReference(): void {
    const match = /^<ref \*\d+>\s*/u.exec(this.rest())
    if (match) this.at += match[0].length
  }

  private rest(): string {
    return this.text.slice(this.at)
  }

  private take(pattern: RegExp): RegExpExecArray | undefined {
    const match = pattern.exec(this.rest()) ?? undefined
    if (match) this.at += match[0].length
    return match
  }

  private expect(literal: string): void {
    this.space()
    if (!this.rest().startsWith(literal)) throw new Error(`expected ${literal}`)
    this.at += literal.length
  }

  value(): ConsoleValue {
    this.space()
    this.skipReference()
    const rest = this.rest()
    const first = rest[0]
    if (first === "'" || first === '"' || first === '`') return this.string()
    if (this.take(/^ƒ\s*/u)) return this.browserFunction()
    if (this.take(/^\{…\}/u)) return { kind: 'collapsed', open: '{' }
    // Older Node showed a function with no name as `[Function]`, and older engines named fewer
    // functions (`{ 'a b': function () {} }`), so `[Function]` is a function of any name.
    const nodeTag = this.take(
      /^\[(?:(?:Async|Generator|AsyncGenerator)?Function(?:: ([^\]]+)| (\(anonymous\)))?|class ([^\]\s]+)[^\]]*)\]/u,
    )
    if (nodeTag) {
      const bare = nodeTag[1] === undefined && nodeTag[2] === undefined && nodeTag[3] === undefined
      const name = nodeTag[1] ?? nodeTag[3] ?? ''
      // The constructor Node names after a function whose prototype is not Function's:
      // `[Function (anonymous)] Object` for `Function.prototype`.
      this.take(/^ (?:[A-Z][\p{L}\p{N}_$]*|\[null prototype\])(?=\s*(?:$|[,\]}]))/u)
      this.skipProperties()
      return bare ? { kind: 'function' } : { kind: 'function', name }
    }
    // Node's `[Object]` stands for an object past its depth, so it is never a whole display;
    // a whole `[Object]` is older Chrome's array of one object shown collapsed.
    const depth =
      this.nesting > 0 || !rest.startsWith('[Object]')
        ? this.take(/^\[(Object|Array)\]/u)
        : undefined
    if (depth) return { kind: 'collapsed', open: depth[1] === 'Array' ? '[' : '{' }
    const boxed = this.take(nodeBoxedOpening)
    if (boxed) return this.boxed(boxed[1] ?? '', ']')
    const bracketTag = this.take(/^\[[\p{L}][^\]]*\]\s*(?=[[{])/u)
    if (bracketTag) return this.container(this.rest()[0] === '[' ? '[' : '{', bracketTag[0].trim())
    const accessor = this.take(/^\[(?:Getter|Setter|Getter\/Setter|Circular \*\d+)\]/u)
    if (accessor) return { kind: 'token', text: accessor[0] }
    const chromeSize = this.take(/^\((\d+)\)\s*(?=\[)/u)
    if (chromeSize) return this.container('[', undefined, Number(chromeSize[1]))
    if (first === '[' || first === '{') return this.container(first)
    const numeric = this.take(number)
    if (numeric) return { kind: 'primitive', text: canonicalNumber(numeric[0]) }
    const fixed = this.take(constant)
    if (fixed) return { kind: 'primitive', text: fixed[0] }
    if (first === '<') {
      const token = this.take(/^<[^<>]*>/u)
      if (token) return { kind: 'token', text: token[0].replace(/\s+/gu, ' ') }
    }
    const symbol = this.take(/^Symbol\([^()]*\)/u)
    if (symbol) return { kind: 'token', text: symbol[0] }
    // Older browsers' function: `function()`, `function f(a)`, perhaps with its body, as a
    // post shows the functions an array holds by their source.
    const legacy = this.take(/^function\s*([\p{L}_$][\p{L}\p{N}_$]*)?\s*\([^()]*\)/u)
    if (legacy) {
      const save = this.at
      this.space()
      if (this.rest().startsWith('{')) this.balanced('{', '}')
      else this.at = save
      return legacy[1] === undefined ? { kind: 'function' } : { kind: 'function', name: legacy[1] }
    }
    // An arrow function shown by its source (`[(y) => 1 + y]`): JavaScript names it after the
    // key or variable it is bound to (`{ inc: [Function: inc] }`), so any name matches it.
    if (this.take(arrowHead)) {
      this.arrowBody()
      return { kind: 'function' }
    }
    const named = this.take(identifier)
    if (named) return this.afterName(named[0])
    throw new Error('not a value')
  }

  /** A value that starts with a name: `Set(2) {...}`, `Person {...}`, `Array(3)`, `Array [...]`, `Object {...}`. */
  private afterName(name: string): ConsoleValue {
    const sized = this.take(/^\((\d+)\)/u)
    const size = sized ? Number(sized[1]) : undefined
    const save = this.at
    this.space()
    const next = this.rest()[0]
    if (next === '{' && sized === undefined && boxedTypes.has(name)) {
      this.at++
      this.space()
      this.take(primitiveValueKey)
      return this.boxed(name, '}')
    }
    if (next === '[' || next === '{') {
      const tag = name === 'Array' || name === 'Object' ? undefined : name
      return this.container(next, tag, size)
    }
    this.at = save
    if (name === 'Array' && size !== undefined) return { kind: 'collapsed', open: '[', size }
    // Older Chrome's preview of a nested object: `{Symbol(Mark): Object}` for `{…}`.
    if (name === 'Object' && size === undefined) return { kind: 'collapsed', open: '{' }
    throw new Error('a name alone')
  }

  /** The value of a wrapped primitive and its closing (see boxed-primitives.ts). */
  private boxed(type: string, close: ']' | '}'): ConsoleValue {
    const token = boxedToken(type, this.value())
    this.expect(close)
    if (!token) throw new Error('not a primitive')
    return token
  }

  /** Chrome's function: `ƒ`, `ƒ f()`, `ƒ (a, b)`, perhaps with its body. */
  private browserFunction(): ConsoleValue {
    const name = this.take(identifier)?.[0]
    this.space()
    if (this.rest().startsWith('(')) this.balanced('(', ')')
    this.space()
    if (this.rest().startsWith('{')) this.balanced('{', '}')
    return name === undefined ? { kind: 'function' } : { kind: 'function', name }
  }

  /** An arrow function's body, to the comma or bracket that ends the item it is. */
  private arrowBody(): void {
    let depth = 0
    for (; this.at < this.text.length; this.at++) {
      const character = this.text[this.at] ?? ''
      if (character === "'" || character === '"' || character === '`') {
        this.string()
        this.at--
      } else if ('([{'.includes(character)) depth++
      else if (')]}'.includes(character)) {
        if (depth === 0) break
        depth--
      } else if (character === ',' && depth === 0) break
    }
    while (/\s/u.test(this.text[this.at - 1] ?? '')) this.at--
  }

  /** Node's properties of a function: `[Function: f] { a: 1 }`; not compared. */
  private skipProperties(): void {
    const save = this.at
    this.space()
    if (this.rest().startsWith('{')) this.balanced('{', '}')
    else this.at = save
  }

  private balanced(open: string, close: string): void {
    let depth = 0
    for (; this.at < this.text.length; this.at++) {
      const character = this.text[this.at]
      if (character === open) depth++
      else if (character === close && --depth === 0) {
        this.at++
        return
      }
    }
    throw new Error(`unclosed ${open}`)
  }

  private string(): ConsoleValue {
    const quote = this.text[this.at]
    let text = ''
    for (this.at++; this.at < this.text.length; this.at++) {
      const character = this.text[this.at] ?? ''
      if (character === quote) {
        this.at++
        return { kind: 'string', text }
      }
      if (character === '\\') {
        const next = this.text[++this.at] ?? ''
        text += escapedCharacter(next, this)
      } else text += character
    }
    throw new Error('unclosed string')
  }

  /** Read the code point of `\uXXXX` or `\xXX` after the backslash; `\n` and the like as the character. */
  readHex(length: number): string {
    const digits = this.text.slice(this.at + 1, this.at + 1 + length)
    if (!/^[\da-f]+$/iu.test(digits) || digits.length !== length) return ''
    this.at += length
    return String.fromCharCode(Number.parseInt(digits, 16))
  }

  private container(open: '[' | '{', tag?: string, size?: number): Container {
    this.expect(open)
    this.nesting++
    try {
      return this.containerItems(open, tag, size)
    } finally {
      this.nesting--
    }
  }

  private containerItems(open: '[' | '{', tag?: string, size?: number): Container {
    const close = open === '[' ? ']' : '}'
    const items: Item[] = []
    const node = /^\s/u.test(this.rest()) && !this.rest().trimStart().startsWith(close)
    let cut = false
    for (;;) {
      this.space()
      if (this.rest().startsWith(close)) {
        this.at++
        break
      }
      const more = this.take(moreItems)
      if (more) {
        cut = true
      } else {
        items.push(...this.items())
      }
      this.space()
      if (this.rest().startsWith(',')) this.at++
      else if (!this.rest().startsWith(close)) throw new Error('expected , or close')
    }
    const container: Container = { kind: 'container', open, items, cut }
    if (tag !== undefined) container.tag = tag
    if (size !== undefined) container.size = size
    if (node) container.node = true
    return container
  }

  /** One entry, or several empty slots: `<2 empty items>`, `empty × 2`. */
  private items(): Item[] {
    const holes = this.take(
      /^(?:<(\d+) empty (?:items?|slots?)>|empty(?: × (\d+))?(?![\p{L}\p{N}_$:]))/u,
    )
    if (holes) return Array.from({ length: Number(holes[1] ?? holes[2] ?? 1) }, () => ({}))
    // Chrome names a settled promise's state before its value (`Promise {<fulfilled>: 1}`,
    // older Chrome `<resolved>`), where Node shows the value alone (`Promise { 1 }`).
    if (this.take(/^<(?:fulfilled|resolved)>\s*:/u)) return [{ value: this.value() }]
    const key = this.take(
      /^(?:([\p{L}_$][\p{L}\p{N}_$]*)|(['"])((?:\\.|(?!\2).)*)\2|(\[[^[\]]*\])|(\d+)|(Symbol\([^()]*\)))\s*:(?!:)/u,
    )
    if (key) {
      // A number key is a number to Python (`{1: 2}` is not `{'1': 2}`), so it stays marked.
      // Chrome shows a symbol key bare (`Symbol(foo): 1`), Node in brackets (`[Symbol(foo)]: 1`).
      const name =
        key[1] ??
        key[3] ??
        key[4] ??
        (key[6] && `[${key[6]}]`) ??
        (key[5] === undefined ? '' : `#${key[5]}`)
      return [{ key: name, value: this.value() }]
    }
    const value = this.value()
    this.space()
    if (this.take(/^=>/u)) return [{ mapKey: value, value: this.value() }]
    return [{ value }]
  }
}

/** The characters of one-letter escapes in a string display: `\n`, `\t`... */
const escapes: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
}

/** The character an escape stands for, the backslash read: `n` of `\n`, `x41` of `\x41`. */
function escapedCharacter(next: string, reader: Reader): string {
  if (next === 'x') return reader.readHex(2) || next
  if (next === 'u') return reader.readHex(4) || next
  return escapes[next] ?? next
}

/** A number as one text however written: `1_000` and `1000`, `1.50` and `1.5`; bigints keep their `n`. */
function canonicalNumber(text: string): string {
  const plain = text.replace(/_/gu, '')
  if (plain.endsWith('n')) return `${BigInt(plain.slice(0, -1))}n`
  const value = Number(plain)
  if (Number.isNaN(value) && plain !== 'NaN' && plain !== '-NaN') return plain
  // Consoles show a negative zero as `-0` (`-0.0` in Python): not the `0` String() gives.
  return Object.is(value, -0) ? '-0' : String(value)
}
