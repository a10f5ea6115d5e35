/**
 * The lines a reader types after a `>>>` line whose bracket or triple-quoted
 * string is still open, written without the `...` prompt the REPL shows
 * there, as posts often paste a long literal:
 *
 *     >>> colors = {
 *             "teal": (59, 178, 146),
 *         }
 *
 * The REPL waits for the statement to close, so those lines are input, not
 * output: each gets its `...` prompt, at the `>>>` prompt's indent, up to the
 * line that closes the statement. Only an open bracket or triple-quoted
 * string is read this way (Python's "was never closed" and "unterminated
 * triple-quoted string"), and a line ending in a backslash, which Python
 * joins with the next, inside a string too (`>>> print("Hello, \` /
 * `    world!")`): after a `def` or `for` line the block's lines are
 * written with their prompts, and a line under a complete statement is its
 * output. Line numbers are kept. Python, for the doctest driver.
 */
export const openContinuationsPython = String.raw`
OPEN_STATEMENT = re.compile(r"was never closed|unterminated triple-quoted string")
JOINED_LINE = re.compile(r"(?<!\\)(?:\\\\)*\\\n$")
FIRST_PROMPT = re.compile(r"^(\s*)>>> ?")
ANY_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)(?: |$)")

def still_open(source):
    try:
        compile(source, "<session>", "exec")
    except SyntaxError as error:
        # A line ending in a backslash goes on over the next, in a string too.
        return bool(OPEN_STATEMENT.search(str(error.msg))) or JOINED_LINE.search(source) is not None
    except (ValueError, OverflowError):
        return False
    return False

def with_open_continuations(string):
    lines = string.split("\n")
    index = 0
    while index < len(lines):
        prompt = FIRST_PROMPT.match(lines[index])
        if not prompt:
            index += 1
            continue
        indent = prompt.group(1)
        source = lines[index][prompt.end():] + "\n"
        index += 1
        while index < len(lines) and ANY_PROMPT.match(lines[index]):
            if FIRST_PROMPT.match(lines[index]):
                break
            source += re.sub(r"^\s*\.\.\. ?", "", lines[index]) + "\n"
            index += 1
        while index < len(lines) and not ANY_PROMPT.match(lines[index]) and still_open(source):
            source += lines[index] + "\n"
            lines[index] = indent + "... " + lines[index] if lines[index].strip() else indent + "..."
            index += 1
    return "\n".join(lines)
`

const promptedLine = /^\s*(?:>>>|\.\.\.)(?: |$)(.*)$/

/**
 * The code a reader types in a `>>>` session, line for line: each prompt's
 * text, and the lines written without a prompt under a `>>>` line whose
 * bracket is still open (read as the driver reads them above); any other
 * line, output, is blank. Strings and `#` comments are left out of the
 * bracket count.
 */
export function sessionInput(session: string): string {
  let depth = 0
  return session
    .split('\n')
    .map((line) => {
      const typed = promptedLine.exec(line)?.[1]
      if (typed === undefined && depth <= 0) return ''
      const code = typed ?? line
      depth = (typed !== undefined && /^\s*>>>/.test(line) ? 0 : depth) + bracketDepth(code)
      return code
    })
    .join('\n')
}

/** How many more brackets a line of Python opens than it closes, strings and comment left out. */
function bracketDepth(line: string): number {
  const code = line.replace(/(['"])(?:\\.|(?!\1).)*\1/gu, '""').replace(/#.*$/u, '')
  return (code.match(/[([{]/gu) ?? []).length - (code.match(/[)\]}]/gu) ?? []).length
}
