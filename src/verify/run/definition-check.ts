import type { SyntaxNode } from '@lezer/common'
import { sampleNames } from '../read/code/sample-names.js'
import { syntaxTree } from '../read/code/syntax-trees.js'
import type { Command, Runner } from '../runners.js'
import { firstSyntaxError } from './first-syntax-error.js'
import { importTypoCheck } from './import-typos.js'

/**
 * A Python script that checks a sample's syntax as the runner's check does
 * and then runs its top-level definitions alone (functions, classes,
 * imports; nothing else of it runs): Python evaluates default
 * arguments, annotations, decorators and class bodies when a `def` or
 * `class` runs, so `def f(x: typing.List[str])` without `import typing`
 * fails for every reader who runs it. Only a `NameError` for a name an
 * import would find (a module the sample forgot to import, or a name of a
 * module it imports from: `-> Counter` under `from collections import
 * defaultdict`) is reported, as
 * `LINE:NameError: ...`; a name nothing finds is setup the page does not
 * show, and a module that is not installed is the reader's to install.
 */
const definitionCheck = `import ast, builtins, contextlib, importlib.util, io, sys, traceback
${firstSyntaxError}
path = sys.argv[1]
source = open(path, encoding="utf-8").read()
error = first_syntax_error(source, path)
if error is not None:
    print(f"{error.lineno}:{type(error).__name__}: {error.msg}")
    sys.exit(1)
tree = ast.parse(source)
${importTypoCheck}
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
    # A module the sample imports from has it: the import line left it out.
    sources = [sys.modules.get(node.module or "") for node in definitions if isinstance(node, ast.ImportFrom)]
    try:
        found = (
            name is not None
            and name not in bound
            and not hasattr(builtins, name)
            and (
                importlib.util.find_spec(name) is not None
                or any(module is not None and hasattr(module, name) for module in sources)
            )
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

/** The command checking a Python sample's syntax and running its definitions (see `definitionCheck`), for a sample whose `definitionsMayFail`. */
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

/** The names `python -S` has built in (`site` adds `exit`, `help` and the like, and is not imported). */
const pythonBuiltins = new Set(
  `ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError
  BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError
  ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning
  EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError
  FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError
  IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError
  ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError
  OverflowError PendingDeprecationWarning PermissionError ProcessLookupError RecursionError
  ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration
  SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError
  UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
  UnicodeWarning UserWarning ValueError Warning ZeroDivisionError __build_class__ __debug__ __doc__
  __import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool
  breakpoint bytearray bytes callable chr classmethod compile complex delattr dict dir divmod
  enumerate eval exec filter float format frozenset getattr globals hasattr hash hex id input int
  isinstance issubclass iter len list locals map max memoryview min next object oct open ord pow
  print property range repr reversed round set setattr slice sorted staticmethod str sum super
  tuple type vars zip`.split(/\s+/),
)

/**
 * Whether running a Python sample's top-level definitions could fail on a
 * name: whether what runs when a `def` or `class` runs (decorators, default
 * values, annotations, base classes, the statements of a class body) reads
 * a name the sample binds nowhere at its top level, `taken` does not hold
 * and Python does not have built in. Only then is the definition check
 * (`pythonDefinitionCheck`) worth its imports: a sample of plain
 * `def f(url):` definitions is checked by the parser alone.
 *
 * Note: a header naming a function or class the sample defines could run
 * its body (a decorator, `x=make()`, a base class's `__init_subclass__`), so
 * such a sample always has its definitions run.
 */
export function definitionsMayFail(
  runner: Runner,
  code: string,
  taken: readonly string[],
): boolean {
  const tree = syntaxTree('python', code)
  const text = (node: SyntaxNode) => code.slice(node.from, node.to)
  const read = new Set<string>()
  const definitions: string[] = []

  /** The names read where `node` is evaluated, but not in a lambda's body, which runs later. */
  const readsIn = (node: SyntaxNode, locals: ReadonlySet<string>): void => {
    if (node.name === 'VariableName') {
      // A keyword argument's name, `f(key=...)`, is no name read.
      const keyword = node.parent?.name === 'ArgList' && node.nextSibling?.name === 'AssignOp'
      if (!keyword && !locals.has(text(node))) read.add(text(node))
      return
    }
    if (node.name === 'LambdaExpression') {
      const params = node.getChild('ParamList')
      if (params) parameters(params)
      return
    }
    for (let child = node.firstChild; child; child = child.nextSibling) readsIn(child, locals)
  }
  /** Annotations and default values of a parameter list; the parameters' own names are not read. */
  const parameters = (params: SyntaxNode): void => {
    for (let child = params.firstChild; child; child = child.nextSibling) {
      if (child.name !== 'VariableName' || child.prevSibling?.name === 'AssignOp')
        readsIn(child, new Set())
    }
  }
  const definition = (statement: SyntaxNode, classBody: ReadonlySet<string> | undefined): void => {
    switch (statement.name) {
      case 'DecoratedStatement':
        for (let child = statement.firstChild; child; child = child.nextSibling) {
          if (child.name === 'Decorator') readsIn(child, classBody ?? new Set())
          else definition(child, classBody)
        }
        return
      case 'FunctionDefinition': {
        const params = statement.getChild('ParamList')
        if (params) parameters(params)
        for (const returns of statement.getChildren('TypeDef')) readsIn(returns, new Set())
        return
      }
      case 'ClassDefinition': {
        const bases = statement.getChild('ArgList')
        if (bases) readsIn(bases, classBody ?? new Set())
        const body = statement.getChild('Body')
        if (!body) return
        const own = classBodyNames(body, text)
        for (let child = body.firstChild; child; child = child.nextSibling) definition(child, own)
        return
      }
      default:
        // A class body's other statements run with it.
        if (classBody) readsIn(statement, classBody)
    }
  }
  for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
    const defined = node.name === 'DecoratedStatement' ? node.lastChild : node
    const name = defined?.name.endsWith('Definition') ? defined.getChild('VariableName') : null
    if (!name) continue
    definitions.push(text(name))
    definition(node, undefined)
  }
  if (definitions.some((name) => read.has(name))) return true
  const bound = sampleNames(runner, code).defines
  const given = new Set(taken)
  return [...read].some((name) => !bound.has(name) && !given.has(name) && !pythonBuiltins.has(name))
}

/** The names a class body binds for its own later statements: its assignments' targets, its methods and classes. */
function classBodyNames(body: SyntaxNode, text: (node: SyntaxNode) => string): Set<string> {
  const names = new Set<string>()
  for (let statement = body.firstChild; statement; statement = statement.nextSibling) {
    const defined = statement.name === 'DecoratedStatement' ? statement.lastChild : statement
    if (defined?.name === 'FunctionDefinition' || defined?.name === 'ClassDefinition') {
      const name = defined.getChild('VariableName')
      if (name) names.add(text(name))
    }
    if (statement.name !== 'AssignStatement') continue
    for (let child = statement.firstChild; child; child = child.nextSibling) {
      if (child.name === 'AssignOp' || child.name === 'TypeDef') break
      if (child.name === 'VariableName') names.add(text(child))
    }
  }
  return names
}
