/**
 * An exception raised while handling another, as the REPL shows it: the
 * first traceback, `During handling of the above exception, another exception
 * occurred:` (or `The above exception was the direct cause of the following
 * exception:`), then the traceback of the exception the example raised.
 * doctest reads the whole chain as the error's message; the example raised
 * the last one, so its error line is the one compared. Python, for the doctest
 * driver.
 */
export const chainedTracebacksPython = String.raw`
CHAINED = re.compile(r"^(?:During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):$", re.M)

def last_of_chain(exc_msg):
    # The error line of the last traceback of a chain; the message unchanged when there is no chain.
    if not CHAINED.search(exc_msg):
        return exc_msg
    tail = exc_msg.split(TRACEBACK)[-1]
    lines = [line for line in tail.split("\n")[1:] if line and not line[0].isspace()]
    return "\n".join(lines) + "\n" if lines else exc_msg
`
