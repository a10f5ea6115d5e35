/**
 * The messages older Pythons gave syntax errors that Python 3.8, 3.10 and
 * 3.12 reworded (PEP 617's parser names what the old one called `invalid
 * syntax`): each older message, and the newer wordings of the same error.
 * A lesson written with Python 3.8 shows `SyntaxError: EOL while scanning
 * string literal` where this Python says `unterminated string literal
 * (detected at line 2)`: the same error, in its interpreter's words.
 */
const rewordings: readonly (readonly [older: RegExp, newer: RegExp])[] = [
  [/^EOL while scanning string literal$/, /^unterminated string literal \(detected at line \d+\)$/],
  [
    /^EOF while scanning triple-quoted string literal$/,
    /^unterminated triple-quoted string literal \(detected at line \d+\)$/,
  ],
  [/^unexpected EOF while parsing$/, /^'[([{]' was never closed$|^incomplete input$/],
  [/^expected an indented block$/, /^expected an indented block after .+ on line \d+$/],
  [/^can't assign to .+$/, /^cannot assign to .+$/],
  [/^can't delete .+$/, /^cannot delete .+$/],
  [/^keyword can't be an expression$/, /^expression cannot contain assignment, perhaps you meant/],
  [/^invalid character in identifier$/, /^invalid character '.+' \(U\+[0-9A-F]+\)$/],
  [/^invalid token$/, /^leading zeros in decimal integer literals are not permitted/],
  [
    /^non-default argument follows default argument$/,
    /^parameter without a default follows parameter with a default$/,
  ],
  [/^Missing parentheses in call to '\w+'/, /^Missing parentheses in call to '\w+'/],
  // Note: the old parser's one message for any error it could not name, and 3.10's first
  // guess (`Perhaps you forgot a comma?`); the newer parser names the error.
  [/^invalid syntax(?:\. Perhaps you forgot a comma\?)?$/, /^.+$/],
]

/** A syntax error's line: its type and message. */
const syntaxErrorLine = /^((?:[\w.]+\.)?(?:SyntaxError|IndentationError|TabError)): (.+)$/

/**
 * Where a syntax error's message as `str()` gives it ends in its place, as
 * IDLE's shell shows it with no traceback (`invalid syntax (<pyshell#61>,
 * line 1)`), and `print(e)` or `ast.parse` too (`(<unknown>, line 1)`,
 * `(test.py, line 3)`): the message before it is the one compared.
 */
const placedMessage = /\s*\((?:<[^<>()]+>|[\w./\\-]+\.py), line \d+\)$/

/**
 * The step that writes a real syntax error line as the documented one when
 * its message is a newer Python's wording of the documented message, of the
 * same error type; `undefined` when the post shows no older wording. Only
 * the real output changes; any other difference stays one.
 */
export function olderSyntaxMessages(
  expected: readonly string[],
): ((line: string, side: 'expected' | 'actual') => string) | undefined {
  const documented = expected.flatMap((line) => {
    const match = syntaxErrorLine.exec(line.trim())
    const [type, message] = [match?.[1], match?.[2]?.replace(placedMessage, '')]
    if (type === undefined || message === undefined) return []
    return rewordings.some(([older]) => older.test(message))
      ? [{ line: line.trim(), type, message }]
      : []
  })
  if (documented.length === 0) return undefined
  return (line, side) => {
    if (side !== 'actual') return line
    const match = syntaxErrorLine.exec(line.trim())
    if (!match) return line
    const shown = documented.find(
      ({ type, message }) =>
        type === match[1] &&
        rewordings.some(([older, newer]) => older.test(message) && newer.test(match[2] ?? '')),
    )
    return shown ? shown.line : line
  }
}

/**
 * The same rewordings in Python, for the doctest driver: a `>>>` example's
 * syntax error shown in an older Python's words (`SyntaxError: invalid
 * syntax` under `>>> 'Let's go!'`, the IDLE way, no traceback) is the error
 * the example raises in this Python's words, at the same example.
 */
export const olderSyntaxMessagesPython = String.raw`
SYNTAX_ERROR_LINE = re.compile(r"${syntaxErrorLine.source}")
PLACED_MESSAGE = re.compile(r"${placedMessage.source}")
SYNTAX_REWORDINGS = [
${rewordings.map(([older, newer]) => `    (re.compile(r"${older.source}"), re.compile(r"${newer.source}")),`).join('\n')}
]

def older_syntax_wording(documented, raised):
    # The documented syntax error is an older wording of the one raised, of the same type.
    shown, real = SYNTAX_ERROR_LINE.match(documented.strip()), SYNTAX_ERROR_LINE.match(raised.strip())
    return bool(shown and real and shown.group(1) == real.group(1) and any(
        older.search(PLACED_MESSAGE.sub("", shown.group(2))) and newer.search(real.group(2)) for older, newer in SYNTAX_REWORDINGS))
`
