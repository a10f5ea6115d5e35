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
