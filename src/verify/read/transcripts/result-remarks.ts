/**
 * A `>>>` session whose result lines carry the author's remark after the
 * value, as a comment would sit after code:
 *
 *     >>> 1 + 1.0
 *     2.0         # int and float give a float
 *     >>> 10 * (1/0)
 *     Traceback (most recent call last):
 *       File "<stdin>", line 1, in <module>
 *     ZeroDivisionError: division by zero   #除以0的错误
 *     #不处理异常
 *
 * Python printed `2.0`; the `# …` is a note to the reader. An example whose
 * output has no `#` at all is compared with its expected lines without such
 * a remark (a value, spaces, then `#` and words, `#除以0` written without a
 * space too); an output printing a `#` stays compared as written, remark and
 * all. Nothing is printed after a traceback's exception line until the next
 * prompt, so comment lines under it (`#不处理异常`, and what the author types
 * after them without a prompt) are the author's, not the error's.
 *
 * Comment lines the author writes under a result, before the next prompt
 * (`<list_iterator object at 0x...>` then `# 可以看到bb和cc引用了相同的对象`),
 * are remarks too, where nothing printed a `#`.
 *
 * In Python, for the doctest driver: `without_remarks(want)` and
 * `without_remark_lines_under(want)`, used by its checker, and
 * `without_remark_lines(exc_msg)`, used by its parser.
 */
export const resultRemarksPython = String.raw`RESULT_REMARK = re.compile(r"^(\S.*?)[ \t]+#[ \t]*\S.*$", re.M)

def without_remarks(want):
    return RESULT_REMARK.sub(r"\1", want)

REMARK_LINES_UNDER = re.compile(r"(?:^[ \t]*#.*(?:\n|\Z))+\Z", re.M)

def without_remark_lines_under(want):
    return REMARK_LINES_UNDER.sub("", want)

def without_remark_lines(exc_msg):
    lines = exc_msg.splitlines(True)
    for index, line in enumerate(lines[1:], 1):
        if line.lstrip().startswith("#"):
            return "".join(lines[:index])
    return exc_msg`
