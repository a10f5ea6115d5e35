import { exceptionModulePython } from '../compare/errors/exception-module.js'
import { olderSyntaxMessagesPython } from '../compare/errors/older-syntax-messages.js'
import { quotedMessagesPython } from '../compare/errors/quoted-messages.js'
import { proseElisionPython } from '../compare/prose-elision.js'
import { terminalDisplayPython } from '../compare/terminal-display.js'
import { blankOutputLinesPython } from '../read/transcripts/blank-output-lines.js'
import { blockEchoesPython } from '../read/transcripts/block-echoes.js'
import { chainedTracebacksPython } from '../read/transcripts/chained-tracebacks.js'
import { commentedResultsPython } from '../read/transcripts/commented-results.js'
import { elidedTracebacksPython } from '../read/transcripts/elided-tracebacks.js'
import { openContinuationsPython } from '../read/transcripts/open-continuations.js'
import { outputBeforeTracebackPython } from '../read/transcripts/output-before-traceback.js'
import { resultRemarksPython } from '../read/transcripts/result-remarks.js'
import { sessionAssignmentsPython } from '../read/transcripts/session-assignments.js'
import { sessionWarningsPython } from '../read/transcripts/session-warnings.js'
import { ipythonDisplayPython } from './ipython-display.js'

/**
 * A Python script that checks a `>>>` transcript with the standard library's
 * doctest, as `python -m doctest` would, and prints one JSON line per
 * example: its line within the transcript, what it wanted and what it got;
 * then a last line with the number of examples, so a session that ends the
 * process early is caught.
 *
 * Note: doctest captures `sys.stdout` while examples run, so reports go to
 * the original stream. Memory addresses (`0x…`) are masked on both sides, as for other
 * samples; `...` in a wanted output is doctest's ELLIPSIS. An exception message that
 * differs only by the module path newer Pythons add (`… from 'math' (/usr/lib/…)`) is
 * reported as varying, not failing. A line of words standing for output left out
 * (`...many other things...`) is read as `...`; an example that still differs is
 * marked `elided`, since the post does not show its whole output. An error shown by
 * its last line alone, as many posts write it (`KeyError: 1` under the example, no
 * `Traceback` header), is compared with the last line of the error raised. An example
 * that raised `NameError` for a name no import finds reports it as `unbound`. A value
 * written with other quotes than Python's (`["a", "b"]`) is the same literal; an
 * assignment with the value it binds shown under it is compared by that value, and
 * lines typed under an open bracket or string without their `...` prompt are input.
 */
/** The checker and runner classes of the doctest driver, shared with the session driver. */
export const doctestClasses = String.raw`
import doctest, json, re, sys, traceback

TRACEBACK = "Traceback (most recent call last):"

# 32-bit Python 2 printed an object's address without "0x" (<function f at 10042ed0>).
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{4,}\b|(?<= at )(?=[0-9a-f]{0,7}[a-f])(?=[a-f]{0,7}[0-9])[0-9a-f]{8}(?=>)")
EXCEPTION_LINE = re.compile(r"(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?::[^\n]*)?\n\Z")
EMPTY_MESSAGE = re.compile(r"^((?:[A-Za-z_]\w*\.)*[A-Z]\w*):[ \t]*\n\Z")
MACHINE_PATH = re.compile(r" \((?:/|[A-Za-z]:\\)[^()]*\)$")
TRAILING_SPACES = re.compile(r"[ \t]+$", re.M)
REPORT = sys.stdout  # doctest swaps sys.stdout while examples run

${proseElisionPython}

${exceptionModulePython}

${olderSyntaxMessagesPython}

${quotedMessagesPython}

${terminalDisplayPython}

${elidedTracebacksPython}

${chainedTracebacksPython}

def unbound_importable(name):
    import importlib.util
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False

def unelided(want):
    # A line of words standing for output left out reads as doctest's "...".
    return "".join("...\n" if PROSE_ELISION.match(line) else line for line in want.splitlines(True))

${commentedResultsPython}

${resultRemarksPython}

${blockEchoesPython}

${blankOutputLinesPython}

${outputBeforeTracebackPython}

${openContinuationsPython}

${sessionAssignmentsPython}

${sessionWarningsPython}

class Checker(doctest.OutputChecker):
    def check_output(self, want, got, optionflags):
        if self.matches(want, got, optionflags):
            return True
        # The same literal written another way: pretty-printed over several lines, as IPython
        # and pprint show a long one, or quoted as the post's author quotes (["a", "b"]).
        if same_literal(want, got):
            return True
        # The author's remark after a result ("2.0   # a float"), where nothing printed "#".
        if "#" not in got and without_remarks(want) != want and self.matches(without_remarks(want), got, optionflags):
            return True
        # The author's comment lines under a result, before the next prompt (result-remarks.ts).
        under = without_remark_lines_under(want)
        if "#" not in got and under != want and under.strip() and self.matches(under, got, optionflags):
            return True
        # A result the post writes as comment lines ("# {1, 2}"), where nothing printed "#".
        # What the terminal showed of a carriage return, a tab or a backspace printed (terminal-display.ts).
        if shows_terminal(want, got) and self.matches(want, terminal_display(got), optionflags):
            return True
        if not commented(want) or got.lstrip().startswith("#"):
            return False
        return self.matches(uncommented(want), got, optionflags) or same_literal(uncommented(want), got)
    def matches(self, want, got, optionflags):
        # Spaces ending a line are invisible on the page and in a terminal alike.
        want = TRAILING_SPACES.sub("", unelided(want))
        got = TRAILING_SPACES.sub("", without_trailing_blank_lines(got, want))
        return super().check_output(ADDRESS.sub("0x…", want), ADDRESS.sub("0x…", got), optionflags)

class Parser(doctest.DocTestParser):
    # A REPL's error shown by its last line alone ("KeyError: 1", no Traceback header):
    # the reader sees the exception, so the line is compared with the one raised.
    def parse(self, string, name="<string>"):
        # Lines typed under an open bracket or string without their ... prompt (open-continuations.ts).
        # An indented "..." standing for a traceback's lines (elided-tracebacks.ts).
        parts = super().parse(with_blank_lines(with_open_continuations(with_traceback_headers(string))), name)
        for part in parts:
            if isinstance(part, doctest.Example) and part.exc_msg is not None:
                # Comment lines under the exception line are the author's (result-remarks.ts).
                # Of a chain of tracebacks, the last is the example's error (chained-tracebacks.ts).
                part.exc_msg = last_of_chain(without_remark_lines(part.exc_msg))
                # IPython ends the line of an error raised without a message with a colon
                # ("StopIteration:"); Python prints the name alone.
                part.exc_msg = EMPTY_MESSAGE.sub(r"\1\n", part.exc_msg)
                part.exc_msg = unquoted_message(part.exc_msg) or part.exc_msg
            if isinstance(part, doctest.Example) and part.want == "" and echoes_in_block(part.source):
                # A block shown with no output is run as a script runs it (block-echoes.ts).
                part.source = "__postdeck_script__(%r)\n" % part.source
            if not isinstance(part, doctest.Example) or part.exc_msg is not None:
                continue
            # An error written as comment lines ("# Traceback ...", "# KeyError: 1") is the error raised.
            want = uncommented(part.want) if commented(part.want) else part.want
            traceback_written = self._EXCEPTION_RE.match(want)
            # The error line may stand after a blank line under the example, as the post spaces it.
            error_line = re.sub(r"\A(?:[ \t]*<BLANKLINE>\n)+", "", want)
            if traceback_written:
                part.exc_msg = without_remark_lines(traceback_written.group("msg"))
            elif unquoted_message(error_line):
                # A message the author quotes, on the name's line or under it (quoted-messages.ts).
                part.exc_msg = unquoted_message(error_line)
            elif EXCEPTION_LINE.match(error_line):
                part.exc_msg = EMPTY_MESSAGE.sub(r"\1\n", error_line)
            else:
                # Output printed before the traceback, as the REPL shows it (output-before-traceback.ts).
                split = split_printed_traceback(want)
                if split:
                    part.printed_want, part.exc_msg = split[0], without_remark_lines(split[1])
        return parts

def checked(test):
    # Examples skipped (+SKIP, a result shown for another Python) are not reported.
    return len([example for example in test.examples if not example.options.get(doctest.SKIP)])

# The bytes of output a run may print (the tool's output cap), set by the driver.
OUTPUT_CAP = [None]

class Runner(doctest.DocTestRunner):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # doctest keeps what an example prints until it ends: an example printing without end
        # (a loop over itertools.cycle) would fill the memory. Past the output cap, what it printed
        # goes to the real stdout, where the cap stops the run as it stops a script's.
        fake = self._fakeout
        keep = fake.write
        def write(text):
            if OUTPUT_CAP[0] is not None and fake.tell() + len(text) > OUTPUT_CAP[0]:
                sys.__stdout__.write(fake.getvalue() + text)
                sys.__stdout__.flush()
                fake.seek(0)
                fake.truncate()
                return len(text)
            return keep(text)
        fake.write = write
    def report_start(self, out, test, example):
        # Warnings written as the REPL shows them, for an example that shows one (session-warnings.ts).
        WARNINGS_SHOWN[0] = shows_warnings(example.want)
    def report_success(self, out, test, example, got):
        printed_want = getattr(example, "printed_want", None)
        if printed_want is not None and not self._checker.check_output(printed_want, printed_before(got), self.optionflags):
            last = got.rstrip("\n").split("\n")[-1]
            shown = printed_before(got) + TRACEBACK + "\n" + last + "\n"
            report = {"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": False, "want": example.want, "got": shown}
            print(json.dumps(report), file=REPORT, flush=True)
            return
        print(json.dumps({"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": True}), file=REPORT, flush=True)
    def report_failure(self, out, test, example, got):
        varies = None
        # The value an assignment binds, shown under it as the post's author shows it (session-assignments.ts).
        if got == "" and assigned_value_shown(self._checker, example, test.globs, self.optionflags):
            print(json.dumps({"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": True}), file=REPORT, flush=True)
            return
        if got.startswith(TRACEBACK):
            last = got.rstrip("\n").split("\n")[-1]
            got = TRACEBACK + "\n" + last + "\n"
            # The module's file, named after the message by newer Pythons, is a path of the machine.
            wanted = example.want.rstrip("\n").split("\n")[-1]
            if MACHINE_PATH.sub("", last) == wanted and last != wanted:
                varies = "machine path"
            # The exception of an imported module, shown without the module (exception-module.ts).
            # A syntax error the post shows in an older Python's words (older-syntax-messages.ts).
            elif older_syntax_wording(wanted, last):
                report = {"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": True}
                print(json.dumps(report), file=REPORT, flush=True)
                return
            elif same_but_module(last, wanted):
                report = {"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": True}
                print(json.dumps(report), file=REPORT, flush=True)
                return
        report = {"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": varies is not None, "want": shown_want(example.want), "got": got}
        if varies:
            report["varies"] = varies
        # The error shown is another than the NameError raised for a name nothing binds and no
        # import finds: the session's setup is not on the page (as for an example showing none).
        missing = re.search(r"^NameError: name '(\w+)' is not defined", got, re.M) if got.startswith(TRACEBACK) else None
        if missing and example.exc_msg is not None and not example.exc_msg.startswith("NameError") and not unbound_importable(missing.group(1)):
            report["unbound"] = missing.group(1)
        if unelided(example.want) != example.want:
            report["elided"] = True
        print(json.dumps(report), file=REPORT, flush=True)
    def report_unexpected_exception(self, out, test, example, exc_info):
        got = TRACEBACK + "\n" + "".join(traceback.format_exception_only(*exc_info[:2]))
        # The REPL shows a syntax error without the Traceback line, its frame and caret
        # in its own way: the error's line is what the example documents.
        last = got.rstrip("\n").split("\n")[-1]
        shown = example.want.rstrip("\n").split("\n")
        ok = shown[-1] == last and shown[0].startswith('  File "<stdin>"')
        report = {"line": example.lineno, "wantAt": example.lineno + example.source.count("\n"), "ok": ok, "want": shown_want(example.want), "got": got}
        # A name nothing bound and no import finds: the session's setup is not on the page.
        missing = re.match(r"name '(\w+)' is not defined", str(exc_info[1])) if exc_info[0] is NameError else None
        name = missing and missing.group(1)
        if name and not unbound_importable(name):
            report["unbound"] = name
        print(json.dumps(report), file=REPORT, flush=True)

`

export const doctestDriver = `${doctestClasses}${ipythonDisplayPython}
# Its arguments: the transcript, then the output cap in bytes and "ipython", each optional.
OUTPUT_CAP[0] = next((int(arg) for arg in sys.argv[2:] if arg.isdigit()), None)
# An IPython transcript shows values as IPython does (ipython-display.ts).
if "ipython" in sys.argv[2:]:
    use_ipython_display()
source = open(sys.argv[1], encoding="utf-8").read()
test = Parser().get_doctest(source, {"__name__": "__main__"}, "sample", sys.argv[1], 0)
Runner(checker=Checker(), optionflags=doctest.ELLIPSIS, verbose=False).run(test, out=lambda text: None)
print(json.dumps({"done": True, "examples": checked(test)}), file=REPORT, flush=True)
`
