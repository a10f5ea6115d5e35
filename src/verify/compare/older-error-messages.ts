/**
 * The messages older Pythons gave runtime errors that newer ones reworded:
 * a lesson written with Python 3.8 shows `UnboundLocalError: local
 * variable 'count' referenced before assignment` where Python 3.11 says
 * `cannot access local variable 'count' where it is not associated with a
 * value`: the same error, in its interpreter's words. Each rewording names
 * the parts both wordings share (the variable, the function, the types),
 * which must agree; the error's type must be the same. Syntax errors' are
 * older-syntax-messages.ts's.
 */
const rewordings: readonly { type: string; older: RegExp; newer: RegExp }[] = [
  {
    type: 'UnboundLocalError',
    older: /^local variable '(?<name>[\p{L}\p{N}_]+)' referenced before assignment$/u,
    newer:
      /^cannot access local variable '(?<name>[\p{L}\p{N}_]+)' where it is not associated with a value$/u,
  },
  {
    type: 'NameError',
    older:
      /^free variable '(?<name>[\p{L}\p{N}_]+)' referenced before assignment in enclosing scope$/u,
    newer:
      /^cannot access free variable '(?<name>[\p{L}\p{N}_]+)' where it is not associated with a value in enclosing scope$/u,
  },
  // Python 3.10 names a method with its class: `Point.move() missing 1 required positional argument`.
  {
    type: 'TypeError',
    older: /^(?<function>[\p{L}\p{N}_<>]+)\(\) (?<rest>.+)$/u,
    newer: /^[\p{L}\p{N}_.<>]+\.(?<function>[\p{L}\p{N}_<>]+)\(\) (?<rest>.+)$/u,
  },
  // Python 3.5's and 3.6's words for adding a number to a string.
  {
    type: 'TypeError',
    older: /^must be str, not (?<type>[\p{L}\p{N}_]+)$/u,
    newer: /^can only concatenate str \(not "(?<type>[\p{L}\p{N}_]+)"\) to str$/u,
  },
  {
    type: 'TypeError',
    older: /^Can't convert '(?<type>[\p{L}\p{N}_]+)' object to str implicitly$/u,
    newer: /^can only concatenate str \(not "(?<type>[\p{L}\p{N}_]+)"\) to str$/u,
  },
  // Python 3.5's comparison of unordered types.
  {
    type: 'TypeError',
    older:
      /^unorderable types: (?<left>[\p{L}\p{N}_]+)\(\) (?<operator>[<>=!]+) (?<right>[\p{L}\p{N}_]+)\(\)$/u,
    newer:
      /^'(?<operator>[<>=!]+)' not supported between instances of '(?<left>[\p{L}\p{N}_]+)' and '(?<right>[\p{L}\p{N}_]+)'$/u,
  },
  {
    type: 'AttributeError',
    older: /^'module' object has no attribute '(?<name>[\p{L}\p{N}_]+)'$/u,
    newer:
      /^module '[\p{L}\p{N}_.]+' has no attribute '(?<name>[\p{L}\p{N}_]+)'(?:\. Did you mean: '[\p{L}\p{N}_]+'\?)?$/u,
  },
]

/** An error's line: its type (perhaps with its module) and message. */
const errorLine = /^(?:[\w.]+\.)?([A-Z]\w*): (.+)$/u

/**
 * Whether `older`, a message of the error `type` a post shows, is an older
 * Python's wording of `newer`, the message this Python gave.
 */
export function isOlderWording(type: string, older: string, newer: string): boolean {
  return olderWordingOf(type, older, newer) === true
}

/**
 * Whether an older wording (`local variable 'total' referenced before
 * assignment`) names the same parts as the newer message; `undefined` when
 * the two are no older and newer wordings of one error.
 */
export function olderWordingOf(type: string, older: string, newer: string): boolean | undefined {
  let found: boolean | undefined
  for (const rewording of rewordings) {
    if (rewording.type !== type) continue
    const before = rewording.older.exec(older.trim())?.groups
    const after = rewording.newer.exec(newer.trim())?.groups
    if (!before || !after) continue
    if (Object.keys(before).every((part) => before[part] === after[part])) return true
    found = false
  }
  return found
}

/**
 * The step that writes a real error line as the documented one when its
 * message is a newer Python's wording of the documented message, of the
 * same error type; `undefined` when the post shows no older wording. Only
 * the real output changes; any other difference stays one.
 */
export function olderErrorMessages(
  expected: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  const documented = expected.flatMap((line) => {
    const match = errorLine.exec(line.trim())
    const [type, message] = [match?.[1], match?.[2]]
    if (type === undefined || message === undefined) return []
    return rewordings.some((rewording) => rewording.type === type && rewording.older.test(message))
      ? [{ line: line.trim(), type, message }]
      : []
  })
  if (documented.length === 0) return undefined
  return (line, side) => {
    if (side !== 'actual') return line
    const match = errorLine.exec(line.trim())
    if (!match) return line
    const shown = documented.find(
      ({ type, message }) => type === match[1] && isOlderWording(type, message, match[2] ?? ''),
    )
    return shown ? shown.line : line
  }
}
