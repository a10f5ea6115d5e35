/**
 * A value shown as the call that builds it, as Python's `repr` shows many
 * objects: a class's name (`Counter({'a': 2, 'b': 1})`, `Decimal('2.9')`,
 * `Point(x=1, y=2)`, `datetime.date(2020, 1, 1)`) or a lower-case type of
 * the standard library (`deque([1, 2])`, `defaultdict(<class 'list'>, {})`,
 * `slice(1, None, 3)`), its arguments literals, `name=literal` pairs or such
 * calls, no name standing alone: `list(x)` is code, not a value.
 */
export function isConstructorRepr(text: string): boolean {
  const match = reprCall.exec(text.trim())
  if (!match) return false
  const args = (match[1] ?? '')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/gu, '""')
    .replace(/<[^<>]*>/gu, '""')
  if (!balanced(args)) return false
  // Every name is a constant, a keyword argument's, or a nested call's.
  for (const name of args.matchAll(/(?<![\w.])[A-Za-z_][\w.]*/gu)) {
    const after = args.slice((name.index ?? 0) + name[0].length)
    if (constants.has(name[0]) || /^\s*=(?!=)/u.test(after) || /^\(/u.test(after)) continue
    return false
  }
  return true
}

const reprCall =
  /^(?:[A-Z][\w]*|(?:[a-z_]\w*\.)+(?:[A-Z]\w*|date|datetime|time|timedelta|timezone)|deque|defaultdict|slice|range|frozenset|array|mappingproxy|dict_(?:keys|values|items)|odict_(?:keys|values|items)|namespace)\((.*)\)$/u

const constants = new Set(['True', 'False', 'None', 'inf', 'nan', 'Ellipsis'])

/** Whether the brackets of `text` (strings already blanked) close in order. */
function balanced(text: string): boolean {
  const open: string[] = []
  for (const char of text) {
    if ('([{'.includes(char)) open.push(char)
    else if (')]}'.includes(char)) {
      const last = open.pop()
      if (!last || '([{'.indexOf(last) !== ')]}'.indexOf(char)) return false
    }
  }
  return open.length === 0
}
