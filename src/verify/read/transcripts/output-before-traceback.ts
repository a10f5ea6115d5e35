/**
 * What an example printed before the error it raised, shown above the
 * traceback as the REPL shows both (`>>> gen.send('world')` / `got:  world`
 * / `Traceback (most recent call last):` … `StopIteration: world`, IPython's
 * traceback included once written as Python's). doctest reads a traceback
 * only at the start of an expected output, so it would run such an example
 * as one that should not raise. Here the error is compared by its last line,
 * as doctest compares any traceback, and the lines above the traceback with
 * what the example printed before raising.
 *
 * In Python, for the doctest driver: `split_printed_traceback(want)` gives
 * `(printed, exception message)` or `None`; `printed_before(got)` is what an
 * example printed before the traceback doctest appends to it.
 */
export const outputBeforeTracebackPython = `def split_printed_traceback(want):
    lines = want.splitlines(True)
    for index in range(1, len(lines)):
        if lines[index].strip() != TRACEBACK:
            continue
        written = doctest.DocTestParser._EXCEPTION_RE.match("".join(lines[index:]))
        if written:
            return "".join(lines[:index]), written.group("msg")
    return None

def printed_before(got):
    at = got.find(TRACEBACK)
    return got if at == -1 else got[:at]
`
