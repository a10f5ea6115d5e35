import type { Command, Runner } from '../runners.js'

/**
 * A Python script that checks a sample's syntax as the runner's check does
 * and then runs its top-level definitions alone (functions, classes,
 * imports; nothing else of it runs): Python evaluates default
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
tree = ast.parse(source)
kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
definitions = [node for node in tree.body if isinstance(node, kinds)]
if not any(isinstance(node, kinds[:3]) for node in definitions):
    sys.exit(0)
# Names bound anywhere in the sample, or taken from earlier samples, are no forgotten import.
bound = set(sys.argv[2:])
for node in ast.walk(tree):
    if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
        bound.add(node.id)
    elif isinstance(node, kinds[:3]):
        bound.add(node.name)
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        bound.update(node.names)
source = ast.Module(body=definitions, type_ignores=[])
try:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        exec(compile(source, path, "exec", dont_inherit=True), {"__name__": "__sample__"})
except NameError as error:
    name = getattr(error, "name", None)
    try:
        found = (
            name is not None
            and name not in bound
            and not hasattr(builtins, name)
            and importlib.util.find_spec(name) is not None
        )
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
export function pythonDefinitionCheck(
  runner: Runner,
  file: string,
  taken: readonly string[],
): Command {
  return {
    command: runner.interpreter,
    args: ['-S', '-X', 'utf8', '-c', definitionCheck, file, ...taken],
  }
}
