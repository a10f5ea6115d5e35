/**
 * Blank lines inside what a `>>>` example printed (`help()`'s text, a
 * `print()` of several paragraphs): a fence holds the transcript alone, so a
 * blank line followed by more output before the next prompt is output, as
 * the REPL showed it, not the end of the example (doctest wants
 * `<BLANKLINE>` there); a `#` line after it is the author's comment, not
 * output, unless the line after it is a prompt that lost a `>` (`>> x.title()`),
 * which doctest reads as text between examples. Blank lines ending what an example printed cannot be told from the
 * space before the next prompt, so they are not compared, nor an example's
 * output made of such lines alone (`print('\t')`, shown as a blank line). Python, for the
 * doctest driver.
 */
export const blankOutputLinesPython = String.raw`
PROMPT_LINE = re.compile(r"^\s*(?:>>>|\.\.\.)(?: |$)")
LOST_PROMPT = re.compile(r"^\s*>> \S")

def with_blank_lines(string):
    # A blank line between output lines of one example is output (<BLANKLINE>).
    lines = string.split("\n")
    out = []
    in_output = False
    indent = ""
    for index, line in enumerate(lines):
        prompt = PROMPT_LINE.match(line)
        if prompt:
            in_output = True
            indent = line[: len(line) - len(line.lstrip())]
            out.append(line)
            continue
        if line.strip() == "" and in_output:
            following = next((later for later in lines[index + 1:] if later.strip() != ""), None)
            # A prompt that lost a ">" (">> x.title()") starts no output either: doctest reads it as text.
            if following is not None and not PROMPT_LINE.match(following) and not LOST_PROMPT.match(following) and not following.lstrip().startswith("#"):
                out.append(indent + "<BLANKLINE>")
                continue
            in_output = False
        out.append(line)
    return "\n".join(out)

def without_trailing_blank_lines(got, want):
    # Blank lines printed at the end of an example are not shown apart from the space before the next prompt.
    if want.endswith("<BLANKLINE>\n"):
        return got
    # Output of blank lines alone (a tab printed) shows as the blank line under the prompt.
    if got.strip(" \t\n") == "":
        return ""
    return re.sub(r"\n(?:[ \t]*\n)+\Z", "\n", got)

def shown_want(want):
    # The documented output as the post shows it: a blank line, not <BLANKLINE>.
    return re.sub(r"^[ \t]*<BLANKLINE>$", "", want, flags=re.M)
`
