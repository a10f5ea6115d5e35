/**
 * A `>>>` session whose result lines carry the author's remark after the
 * value, as a comment would sit after code:
 *
 *     >>> 1 + 1.0
 *     2.0         # int and float give a float
 *
 * Python printed `2.0`; the `# …` is a note to the reader. An example whose
 * output has no `#` at all is compared with its expected lines without such
 * a remark (a value, spaces, then `#` and words); an output printing a `#`
 * stays compared as written, remark and all.
 *
 * In Python, for the doctest driver: `without_remarks(want)`, used by its checker.
 */
export const resultRemarksPython = String.raw`RESULT_REMARK = re.compile(r"^(\S.*?)[ \t]+#[ \t]+\S.*$", re.M)

def without_remarks(want):
    return RESULT_REMARK.sub(r"\1", want)`
