import type { Container, Item } from './console-values.js'

/**
 * What a browser console's display of an object or array leaves to the
 * reader that Node's `util.inspect` spells out, for a display run here by
 * Node (`node`: the container is shown padded, `{ '0': 'a' }`, as Node
 * does and Python's and browsers' displays never are). In JavaScript every
 * property key is a string, so Chrome's `{0: "a"}` is Node's `{ '0': 'a' }`;
 * and an array's display in a browser shows its elements without the
 * symbol-keyed properties Node adds (`[Symbol(Symbol.isConcatSpreadable)]: false`).
 * A match array shown by an engine older than named groups (ES2018) has no
 * `groups` property: `["10.53", ".53", index: 1, input: "$10.53"]` is
 * Node's display with `groups: undefined`, the value of a match without
 * named groups. A match written with its elements only (`["100"]`,
 * `Returns ['cat']`), as Firefox's console shows an array collapsed
 * (`Array [ "100" ]`), is the match without its `index`, `input` and
 * `groups`. A prototype's `constructor` is a property of its own that is not
 * enumerable: Chrome shows it (`{constructor: ƒ}`, `{constructor: ƒ, greet: ƒ}`),
 * Node's `util.inspect` leaves it out (`{}`).
 */

/** Whether a documented key is the real one: a number key (`#0`) is Node's quoted `'0'`. */
export function sameJavaScriptKey(
  documented: string | undefined,
  actual: string | undefined,
): boolean {
  return documented?.startsWith('#') === true && documented.slice(1) === actual
}

/**
 * The real items as a browser shows them: without symbol keys when the
 * documented array shows none, without a match's `groups: undefined` when
 * the documented match shows no `groups`, and a match's elements alone
 * when the documented array shows no keys.
 */
export function browserItems(documented: Container, actual: Container): Item[] {
  if (!actual.node || documented.open !== '[' || actual.open !== '[') return actual.items
  if (isMatchWithoutGroups(documented))
    return actual.items.filter(
      (item) =>
        item.key !== 'groups' ||
        item.value?.kind !== 'primitive' ||
        item.value.text !== 'undefined',
    )
  if (documented.items.some((item) => item.key !== undefined)) return actual.items
  const shown = actual.items.filter((item) => !item.key?.startsWith('[Symbol('))
  return isMatch(actual) ? shown.filter((item) => !matchKeys.has(item.key ?? '')) : shown
}

/**
 * The documented items as Node would show them: without the `constructor`
 * Chrome shows on a prototype (a function), when the real object has no
 * `constructor` it enumerates. Any other item is compared.
 */
export function nodeShownItems(documented: Container, actual: Container): Item[] {
  if (documented.open !== '{' || actual.items.some((item) => item.key === 'constructor'))
    return documented.items
  return documented.items.filter(
    (item) => item.key !== 'constructor' || item.value?.kind !== 'function',
  )
}

/** The properties a match array has besides its elements. */
const matchKeys = new Set(['index', 'input', 'groups', 'indices'])

/** Whether an array display is a match's: `index:` and `input:` keys. */
function isMatch(display: Container): boolean {
  const keys = new Set(display.items.map((item) => item.key))
  return keys.has('index') && keys.has('input')
}

/** Whether an array display is a match's (`index:` and `input:` keys) with no `groups` key. */
function isMatchWithoutGroups(display: Container): boolean {
  const keys = new Set(display.items.map((item) => item.key))
  return keys.has('index') && keys.has('input') && !keys.has('groups')
}
