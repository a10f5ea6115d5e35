/**
 * A warning a `>>>` example shows under it, as the REPL prints it to the
 * terminal: `<stdin>:1: UserWarning: I've got a bad feeling about this.`.
 * doctest sees only standard output, so for an example whose documented
 * output shows such a line, the warnings it raises are written there as the
 * REPL writes them, `<stdin>` for the example's own code; an example that
 * shows none keeps its warnings out of the comparison, on standard error.
 * Python, for the doctest driver.
 */
export const sessionWarningsPython = String.raw`
import warnings as repl_warnings

SHOWN_WARNING = re.compile(r"^\S+:\d+: (?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*Warning: ", re.M)
WARNINGS_SHOWN = [False]
default_showwarning = repl_warnings.showwarning

def repl_showwarning(message, category, filename, lineno, file=None, line=None):
    # As the REPL shows a warning, when the example's documented output shows one.
    if not WARNINGS_SHOWN[0]:
        return default_showwarning(message, category, filename, lineno, file, line)
    where = "<stdin>" if filename.startswith("<doctest ") else filename
    sys.stdout.write(repl_warnings.formatwarning(message, category, where, lineno, line))

repl_warnings.showwarning = repl_showwarning

def shows_warnings(want):
    return bool(SHOWN_WARNING.search(want))
`
