import type { Runner } from '../../../runners.js'

/**
 * Methods that change the collection they are called on and return nothing
 * of it, by language: Python's list, dict and set methods returning `None`
 * (or a dict's `setdefault`, its one value), JavaScript's `push` and
 * `unshift`, returning the new length (and `splice`, returning what it removed).
 */
const mutators: Record<string, ReadonlySet<string>> = {
  python: new Set([
    'append',
    'extend',
    'insert',
    'remove',
    'reverse',
    'sort',
    'clear',
    'update',
    'setdefault',
    'add',
    'discard',
    'intersection_update',
    'difference_update',
    'symmetric_difference_update',
  ]),
  javascript: new Set(['push', 'unshift']),
  typescript: new Set(['push', 'unshift']),
}

/** A statement that is one method call on a name: `list1.append(6)`, `this.items.push(x);`. */
const methodCall =
  /^([\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*)\.(\w+)\s*\([\s\S]*\)\s*;?$/u

/** A collection as a console shows it: `[1, 2]`, `{'a': 1}`, `{1, 2}`, `Set(2) {1, 2}`, `set()`. */
const collection = /^(?:\[[\s\S]*\]|\{[\s\S]*\}|set\(\)|(?:Set|Map)\(\d+\)\s*\{[\s\S]*\})$/u

/**
 * The receiver whose contents a value comment on a mutating call shows, as
 * notes write the collection after each change (`list1.append(6)  #[1, 2, 3, 4, 5, 6]`,
 * `dict2.setdefault("a", 0)  #{'a': 0}`, `arr.push(4) // [1, 2, 3, 4]`):
 * the comment is a collection's display, which such a call does not return.
 * `undefined` for any other statement or comment (`arr.push(4) // 4` is the length).
 */
export function mutatedReceiver(
  statement: string,
  comment: string,
  runner: Runner,
): string | undefined {
  const call = methodCall.exec(statement.trim())
  const receiver = call?.[1]
  const shown = comment.trim()
  if (!receiver || !collection.test(shown)) return undefined
  if (mutators[runner.id]?.has(call[2] ?? '')) return receiver
  // `splice` returns the items it removed, as many as its second argument says: a longer array
  // is the receiver after the change (`a.splice(4, 0, 5); //[1,2,3,4,5,6]`).
  const removed = runner.id === 'python' ? undefined : spliced.exec(statement.trim())?.[1]
  return removed !== undefined && itemCount(shown) > Number(removed) ? receiver : undefined
}

/** A `splice` call's count of items to remove: `a.splice(2, 1, 3)` gives `1`. */
const spliced = /\.splice\s*\(\s*-?\d+\s*,\s*(\d+)\s*[,)]/u

/** How many items an array display holds at its top level: `[1, [2, 3], 'a,b']` holds 3. */
function itemCount(display: string): number {
  const inner = display.slice(1, -1).trim()
  if (!display.startsWith('[') || inner === '') return 0
  let depth = 0
  let quote: string | undefined
  let count = 1
  for (const char of inner) {
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === "'" || char === '"' || char === '`') quote = char
    else if ('[{('.includes(char)) depth++
    else if (']})'.includes(char)) depth--
    else if (char === ',' && depth === 0) count++
  }
  return count
}
