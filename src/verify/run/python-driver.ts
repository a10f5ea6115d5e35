/**
 * A Python script that runs several samples in one namespace, as a reader
 * following a post in one REPL or notebook would, each from its own file so
 * tracebacks and warnings name its own lines. It reads a JSON plan: the
 * marker, and per sample its file and the statement outputs to tell apart
 * (`parts`: line ranges; a `value` part shows its expression as the REPL
 * does; an `error` part's statement may raise, its traceback then its
 * output, and the sample goes on, as a REPL does). It prints `MARKER:begin:I`, `MARKER:part:I:K:start|end` and
 * `MARKER:end:I:CODE` on stdout around what each sample and part printed.
 * A sample that raises prints its traceback, as Python would, and the next
 * sample still runs; the driver's own frame is left out of tracebacks. A
 * `doctest` sample is a `>>>` session, checked by doctest in the same namespace.
 */
import { doctestClasses } from './doctest-driver.js'

export const pythonSessionDriver = `${doctestClasses}${String.raw`
import ast, builtins, json, sys, traceback, types

plan = json.load(open(sys.argv[1], encoding="utf-8"))
MARKER = plan["marker"]
main = types.ModuleType("__main__")
main.__dict__["__builtins__"] = builtins
sys.modules["__main__"] = main
namespace = main.__dict__

def mark(text):
    sys.stdout.flush()
    sys.stderr.flush()
    out = sys.__stdout__
    out.write("\n" + MARKER + ":" + text + "\n")
    out.flush()

def main_guard(statement):
    test = statement.test if isinstance(statement, ast.If) and not statement.orelse else None
    if not isinstance(test, ast.Compare) or len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, test.comparators[0]]
    names = [side for side in sides if isinstance(side, ast.Name) and side.id == "__name__"]
    mains = [side for side in sides if isinstance(side, ast.Constant) and side.value == "__main__"]
    return len(names) == 1 and len(mains) == 1

def opened(body):
    # The statements of an if __name__ == "__main__": block run at the top level, one by one.
    statements = []
    for statement in body:
        statements.extend(statement.body if main_guard(statement) else [statement])
    return statements

def run(code):
    try:
        exec(code, namespace)
        return None
    except SystemExit as error:
        status = error.code
        if status is None:
            return 0
        if isinstance(status, int):
            return status
        print(status, file=sys.stderr)
        return 1
    except BaseException as error:
        sys.stdout.flush()
        traceback.print_exception(type(error), error, error.__traceback__.tb_next)
        sys.stderr.flush()
        return 1

for index, sample in enumerate(plan["samples"]):
    path = sample["file"]
    parts = sample.get("parts", [])
    sys.argv = [path]
    namespace["__file__"] = path
    mark("begin:%d" % index)
    source = open(path, encoding="utf-8").read()
    status = None
    if sample.get("doctest"):
        test = Parser().get_doctest(source, namespace, "sample", path, 0)
        Runner(checker=Checker(), optionflags=doctest.ELLIPSIS, verbose=False).run(test, out=lambda text: None, clear_globs=False)
        # Note: a DocTest runs in a copy of the globals it is given; the names the session defines go back to the namespace.
        namespace.update(test.globs)
        print(json.dumps({"done": True, "examples": checked(test)}), file=REPORT, flush=True)
        mark("end:%d:0" % index)
        continue
    try:
        tree = compile(source, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as error:
        traceback.print_exception(SyntaxError, error, None)
        mark("end:%d:1" % index)
        continue
    if not parts:
        status = run(compile(tree, path, "exec", dont_inherit=True))
    else:
        open_parts = []
        done = set()
        # Compiled first, so warnings of the compiler (a SyntaxWarning) belong to no statement's output.
        compiled = []
        body = opened(tree.body) if namespace.get("__name__") == "__main__" else tree.body
        for statement in body:
            first, last = statement.lineno, statement.end_lineno
            mine = [k for k, part in enumerate(parts) if part["from"] <= last and part["to"] >= first]
            if isinstance(statement, ast.Expr) and any(parts[k]["value"] for k in mine):
                code = compile(ast.Interactive(body=[statement]), path, "single", dont_inherit=True)
            else:
                code = compile(ast.Module(body=[statement], type_ignores=[]), path, "exec", dont_inherit=True)
            compiled.append((statement, code))
        for statement, code in compiled:
            first, last = statement.lineno, statement.end_lineno
            mine = [k for k, part in enumerate(parts) if part["from"] <= last and part["to"] >= first and k not in done]
            for k in mine:
                if k not in open_parts:
                    mark("part:%d:%d:start" % (index, k))
                    open_parts.append(k)
            status = run(code)
            # An assignment whose comment documents the name it binds: its value, as the REPL shows it.
            for k in mine:
                later = [s for s in body if last < s.lineno <= parts[k]["to"]]
                if status is None and parts[k].get("shows") and not later:
                    status = run(compile(parts[k]["shows"], path, "single", dont_inherit=True))
            # A statement the post says raises: its traceback is its output, and the session goes on.
            if status == 1 and any(parts[k].get("error") for k in mine):
                status = None
            for k in list(open_parts):
                if parts[k]["to"] <= last or status is not None:
                    mark("part:%d:%d:end" % (index, k))
                    open_parts.remove(k)
                    done.add(k)
            if status is not None:
                break
        for k in open_parts:
            mark("part:%d:%d:end" % (index, k))
    mark("end:%d:%d" % (index, status or 0))
`}`
