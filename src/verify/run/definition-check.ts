import type { Command, Runner } from '../runners.js'

/**
 * A Python script that checks a sample's syntax as the runner's check does
 * and, when the sample only defines (functions, classes, imports, a
 * docstring), also runs those definitions: Python evaluates default
 * arguments, annotations, decorators and class bodies when a `def` or
 * `class` runs, so `def f(x: typing.List[str])` without `import typing`
 * fails for every reader who runs it. Only a `NameError` for a name an
 * import would find (a module the sample forgot to import) is reported, as
 * `LINE:NameError: ...`; a name nothing finds is setup the page does not
 * show, and a module that is not installed is the reader's to install.
 */
const definitionCheck = `import ast, builtins, contextlib, importlib.util, io, sys, traceback
path = sys.argv[1]
source = open(path, encoding="utf-8").read()
try:
    compile(source, path, "exec", dont_inherit=True)
except SyntaxError as error:
    print(f"{error.lineno}:{type(error).__name__}: {error.msg}")
    sys.exit(1)
kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom, ast.Pass)
body = ast.parse(source).body
docstring = lambda node: isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
if not any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for node in body):
    sys.exit(0)
if not all(isinstance(node, kinds) or docstring(node) for node in body):
    sys.exit(0)
try:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        exec(compile(source, path, "exec", dont_inherit=True), {"__name__": "__sample__"})
except NameError as error:
    name = getattr(error, "name", None)
    try:
        found = name is not None and not hasattr(builtins, name) and importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        found = False
    if found:
        frames = [frame.lineno for frame in traceback.extract_tb(error.__traceback__) if frame.filename == path]
        print(f"{frames[-1] if frames else 1}:NameError: {error}")
        sys.exit(1)
except BaseException:
    pass
`

/** The command checking a Python sample's syntax and running its definitions (see `definitionCheck`). */
export function pythonDefinitionCheck(runner: Runner, file: string): Command {
  return { command: runner.interpreter, args: ['-S', '-X', 'utf8', '-c', definitionCheck, file] }
}
