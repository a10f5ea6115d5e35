/**
 * Python lines defining `first_syntax_error(source, path)`: the syntax error
 * a reader meets first, reading down the code, or `None`. CPython reports a
 * character its tokenizer refuses (`invalid character '，' (U+FF0C)`, a
 * full-width comma) before an error its parser found higher up (`with
 * open(...) as f` missing its colon), so the code is compiled again with that
 * character written as its ASCII form (NFKC) or a space, and an error that
 * compile finds on an earlier line is the one reported. Expects `sys`
 * imported.
 */
export const firstSyntaxError = `
import re as _re, unicodedata as _unicodedata
def first_syntax_error(source, path):
    try:
        compile(source, path, "exec", dont_inherit=True)
        return None
    except SyntaxError as error:
        found = error
    refused = _re.match(r"invalid character '(.)'", found.msg or "")
    if refused and found.lineno:
        char = refused.group(1)
        plain = _unicodedata.normalize("NFKC", char)
        replacement = plain if plain != char and plain.isascii() else " "
        try:
            compile(source.replace(char, replacement), path, "exec", dont_inherit=True)
        except SyntaxError as earlier:
            if earlier.lineno and earlier.lineno < found.lineno:
                return earlier
    return found
`
