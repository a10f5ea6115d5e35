/** CPython's messages for the errors tutorials show, each with the error it belongs to. */
const messages: ReadonlyArray<readonly [string, RegExp]> = [
  ['ValueError', /^too many values to unpack \(expected \d+(?:, got \d+)?\)$/u],
  ['ValueError', /^not enough values to unpack \(expected \d+, got \d+\)$/u],
  ['ValueError', /^invalid literal for int\(\) with base \d+: .+$/u],
  ['IndexError', /^(?:list|tuple|string|str|range object) index out of range$/u],
  ['IndexError', /^pop from empty list$/u],
  ['NameError', /^name '[\p{L}_][\p{L}\p{N}_]*' is not defined$/u],
  [
    'ZeroDivisionError',
    /^(?:division by zero|integer division or modulo by zero|float division by zero)$/u,
  ],
  ['AttributeError', /^'[\w.]+' object has no attribute '\w+'$/u],
  ['TypeError', /^unsupported operand type\(s\) for .+: '\w+' and '\w+'$/u],
  ['TypeError', /^can only concatenate (?:str|list|tuple) \(not "\w+"\) to (?:str|list|tuple)$/u],
  [
    'TypeError',
    /^'\w+' object (?:is not (?:subscriptable|callable|iterable)|does not support item assignment)$/u,
  ],
  ['TypeError', /^unhashable type: '\w+'$/u],
  [
    'TypeError',
    /^[\w.]+\(\) (?:missing \d+ required (?:positional|keyword-only) arguments?: .+|takes \d+ positional arguments? but \d+ (?:were|was) given)$/u,
  ],
]

/**
 * The Python error a comment names by CPython's message alone, without the
 * class name the traceback puts before it: `# too many values to unpack
 * (expected 2)` under `a, b = 1, 2, 3`, `# list index out of range`. The
 * message is the whole comment, in CPython's own words, so it is read as the
 * error the line raises (a `ValueError`, an `IndexError`); `undefined` for
 * any other comment.
 */
export function pythonErrorOfMessage(text: string): string | undefined {
  return messages.find(([, pattern]) => pattern.test(text))?.[0]
}
