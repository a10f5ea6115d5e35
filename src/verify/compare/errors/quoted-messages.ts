/**
 * An exception's message written in double quotes after its name, as a
 * popular article on underscores shows its REPL errors and its translations
 * copy them: `NameError: "name '_internal_func' is not defined"`, or the
 * message alone on the line under the name (`AttributeError:` /
 * `"'Test' object has no attribute '__baz'"`). It is that message: the
 * quotes are the author's, as Python prints the message bare. The name and
 * the words inside the quotes are still compared. Python, for the doctest
 * driver: the exception line as Python prints it, or `None` for a line of
 * another form.
 */
export const quotedMessagesPython = String.raw`
QUOTED_MESSAGE = re.compile(r'\A((?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration)):[ \t]*\n?[ \t]*"([^"\n]*)"[ \t]*\n\Z')

def unquoted_message(text):
    # "AttributeError:\n\"'X' object has no attribute 'y'\"\n" -> "AttributeError: 'X' object ...\n"
    match = QUOTED_MESSAGE.match(text)
    return None if match is None else "%s: %s\n" % (match.group(1), match.group(2))
`
