/**
 * An error whose traceback the post leaves out with an indented `...` line
 * right under the example, as older editions of the Python tutorial show one:
 *
 *     >>> prefix 'thon'
 *       ...
 *     SyntaxError: invalid syntax
 *
 * The `...` line, indented otherwise than the prompt, is no continuation of
 * the example (doctest stops the whole transcript on it): it stands for the
 * traceback, so it is read as the `Traceback` header the REPL printed, and
 * the error line under it is the error raised. Python, for the
 * doctest driver.
 */
export const elidedTracebacksPython = String.raw`
ELIDED_FRAME = re.compile(r"^(?P<indent>[ \t]*)\.\.\.[ \t]*$")
PROMPT_INDENT = re.compile(r"^(?P<indent>[ \t]*)>>>(?: |$)")
ERROR_LINE = re.compile(r"^[ \t]*(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration)\b(?::.*)?$")

def with_traceback_headers(string):
    # An indented "..." standing for a traceback's lines, right above the error line.
    lines = string.split("\n")
    out = []
    prompt = None
    for index, line in enumerate(lines):
        opened = PROMPT_INDENT.match(line)
        if opened:
            prompt = opened.group("indent")
        elided = ELIDED_FRAME.match(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        # Right under the example's lines: under a Traceback header, "..." is doctest's own elision.
        typed = index > 0 and prompt is not None and lines[index - 1].startswith((prompt + ">>>", prompt + "..."))
        if typed and elided and elided.group("indent") != prompt and ERROR_LINE.match(following):
            # One line for one: the lines of the examples under it keep their numbers.
            out.append(prompt + "Traceback (most recent call last):")
            continue
        out.append(line)
    return "\n".join(out)
`
