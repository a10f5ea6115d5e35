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
 * `doctest` sample is a `>>>` session, checked by doctest in the same namespace; an
 * `ipython` one shows its values as IPython does (ipython-display.ts).
 */
import { doctestClasses } from './doctest-driver.js'
import { ipythonDisplayPython } from './ipython-display.js'

export const pythonSessionDriver = `${doctestClasses}${ipythonDisplayPython}${String.raw`
import ast, builtins, json, sys, traceback, types

plan = json.load(open(sys.argv[1], encoding="utf-8"))
MARKER = plan["marker"]
OUTPUT_CAP[0] = plan.get("outputCap")
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

open_parts = []

def part_start(index, k):
    mark("part:%d:%d:start" % (index, k))
    open_parts.append(k)

def part_value(index, k):
    mark("part:%d:%d:value" % (index, k))

def part_end(index, k):
    mark("part:%d:%d:end" % (index, k))
    open_parts.remove(k)

def raised():
    error = sys.exc_info()[1]
    if isinstance(error, SystemExit):
        raise error
    sys.stdout.flush()
    traceback.print_exception(type(error), error, error.__traceback__)
    sys.stderr.flush()

builtins.__postdeck_part_start__ = part_start
builtins.__postdeck_part_end__ = part_end
builtins.__postdeck_part_value__ = part_value
builtins.__postdeck_raised__ = raised
builtins.__postdeck_display__ = lambda value: sys.displayhook(value)

def helper_call(name, args, at):
    call = ast.Call(func=ast.Name(id=name, ctx=ast.Load()), args=[ast.Constant(value=a) if not isinstance(a, ast.AST) else a for a in args], keywords=[])
    return ast.copy_location(ast.Expr(value=call), at)

def displayed(statement):
    # The REPL's display of an expression statement's value, as compile(..., "single") does.
    # Note: a starred expression alone is no value (a SyntaxError when compiled), not a call's arguments.
    if isinstance(statement, ast.Expr) and not isinstance(statement.value, ast.Starred):
        return ast.copy_location(ast.Expr(value=ast.Call(func=ast.Name(id="__postdeck_display__", ctx=ast.Load()), args=[statement.value], keywords=[])), statement)
    return statement

def marked_module(body, parts, index, path):
    # The statements of the sample with the part markers, the REPL's value displays and the
    # statements allowed to raise written into the syntax tree, so the sample compiles as one module.
    statements = []
    opened_now = []
    done = set()
    for statement in body:
        if isinstance(statement, ast.ImportFrom) and statement.module == "__future__":
            statements.append(statement)
            continue
        first, last = statement.lineno, statement.end_lineno
        mine = [k for k, part in enumerate(parts) if part["from"] <= last and part["to"] >= first and k not in done]
        for k in mine:
            if k not in opened_now:
                statements.append(helper_call("__postdeck_part_start__", [index, k], statement))
                opened_now.append(k)
        # A notebook cell's part shows the value of its last statement alone.
        shows_value = any(parts[k]["value"] and (not parts[k].get("last") or statement is body[-1]) for k in mine)
        shown = displayed(statement) if shows_value else statement
        if any(parts[k].get("error") for k in mine):
            handler = ast.ExceptHandler(type=ast.Name(id="BaseException", ctx=ast.Load()), name=None, body=[helper_call("__postdeck_raised__", [], statement)])
            shown = ast.copy_location(ast.Try(body=[shown], handlers=[ast.copy_location(handler, statement)], orelse=[], finalbody=[]), statement)
        statements.append(shown)
        # An assignment whose comment documents the name it binds: its value, as the REPL shows it.
        for k in mine:
            later = [s for s in body if last < s.lineno <= parts[k]["to"]]
            if parts[k].get("shows") and not later:
                statements.append(helper_call("__postdeck_part_value__", [index, k], statement))
                for extra in ast.parse(parts[k]["shows"], path, "single").body:
                    statements.append(ast.copy_location(displayed(extra), statement))
        for k in list(opened_now):
            if parts[k]["to"] <= last:
                statements.append(helper_call("__postdeck_part_end__", [index, k], statement))
                opened_now.remove(k)
                done.add(k)
    return ast.fix_missing_locations(ast.Module(body=statements, type_ignores=[]))

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
        shown_by = sys.displayhook
        if sample.get("ipython"):
            use_ipython_display()
        Runner(checker=Checker(), optionflags=doctest.ELLIPSIS, verbose=False).run(test, out=lambda text: None, clear_globs=False)
        sys.displayhook = sys.__displayhook__ = shown_by
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
    # A notebook cell's values show as IPython shows them (ipython-display.ts).
    shown_by = sys.displayhook
    if sample.get("ipython"):
        use_ipython_display()
    if not parts:
        status = run(compile(tree, path, "exec", dont_inherit=True))
    else:
        body = opened(tree.body) if namespace.get("__name__") == "__main__" else tree.body
        try:
            # Note: one module, compiled once, as a file run is: equal constants are one object (s1 is s2).
            code = compile(marked_module(body, parts, index, path), path, "exec", dont_inherit=True)
        except SyntaxError as error:
            traceback.print_exception(SyntaxError, error, None)
            sys.displayhook = sys.__displayhook__ = shown_by
            mark("end:%d:1" % index)
            continue
        open_parts.clear()
        status = run(code)
        for k in list(open_parts):
            part_end(index, k)
    sys.displayhook = sys.__displayhook__ = shown_by
    mark("end:%d:%d" % (index, status or 0))
`}`
