import type { SyntaxNode, Tree } from '@lezer/common'
import type { Runner } from '../../runners.js'
import { shellFilesWritten, shellFileWords } from '../shell-files.js'
import { scriptDeclarations } from './hoisted-names.js'
import { syntaxTree } from './syntax-trees.js'

/** The global names a sample defines for later samples, and those it takes from earlier ones. */
export interface SampleNames {
  /** Names bound at the top level: assignments, functions, classes, imports. */
  defines: ReadonlySet<string>
  /** Names read before the sample binds them itself (in functions too), so they must come from elsewhere. */
  uses: ReadonlySet<string>
  /**
   * Names whose value the sample changes outside any function without binding them anew:
   * `d['k'] = 1`, `o.a = 1`, `del d['k']`, `x += 1`, `n++`, `delete o.a`, `items.append(4)`.
   */
  changes: ReadonlySet<string>
  /** The names of `defines` that a top-level `import` binds. */
  imports: ReadonlySet<string>
}

/**
 * Find, from the code's syntax tree, which global names a sample defines and
 * which it uses without defining them first. Python, JavaScript and
 * TypeScript are parsed with Lezer's grammars, which recover from errors, so
 * pseudo-code still yields the names it does contain; shell code is read for
 * variables and functions, and the files it writes and names (`shell-files.ts`).
 *
 * Note: this is what a reader following along in one REPL relies on; it does
 * not say whether a name is a built-in (an earlier sample must define it).
 */
export function sampleNames(runner: Runner, code: string): SampleNames {
  switch (runner.id) {
    case 'python':
      return pythonNames(syntaxTree('python', code), code)
    case 'javascript':
      return javascriptNames(syntaxTree('jsx', code), code)
    case 'typescript':
      return javascriptNames(syntaxTree('typescript', code), code)
    default:
      return shellNames(code)
  }
}

/**
 * Collects definitions and uses in document order; a name's first top-level appearance decides.
 *
 * Note: a top-level statement that does not parse uses nothing (`usesCount`
 * off): it cannot run, so it needs no earlier sample, and what the grammar's
 * error recovery makes of it is no use of a name (`{a: 'b', c: 'd'}` would
 * read `c` as one).
 */
class NameCollector {
  readonly defines = new Set<string>()
  readonly uses = new Set<string>()
  readonly changes = new Set<string>()
  readonly imports = new Set<string>()
  usesCount = true
  define(name: string): void {
    this.defines.add(name)
  }
  import(name: string): void {
    this.define(name)
    this.imports.add(name)
  }
  use(name: string): void {
    if (this.usesCount && !this.defines.has(name)) this.uses.add(name)
  }
  /**
   * Visit the top-level statements of `tree`, with uses counted in those that parse, and
   * note the names those that parse change (read by `changed` in the module's own scope).
   */
  eachStatement(
    tree: Tree,
    visit: (statement: SyntaxNode) => void,
    changed: (statement: SyntaxNode) => (string | undefined)[],
  ): void {
    for (let child = tree.topNode.firstChild; child; child = child.nextSibling) {
      this.usesCount = !containsError(child)
      visit(child)
      if (this.usesCount) {
        for (const statement of moduleStatements(child)) {
          for (const name of changed(statement)) if (name) this.changes.add(name)
        }
      }
    }
    this.usesCount = true
  }
  result(): SampleNames {
    return { defines: this.defines, uses: this.uses, changes: this.changes, imports: this.imports }
  }
}

const functionScopes = new Set([
  'FunctionDefinition',
  'LambdaExpression',
  'ClassDefinition',
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
  'ClassDeclaration',
  'ClassExpression',
])
const statementNodes = new Set([
  'ExpressionStatement',
  'AssignStatement',
  'UpdateStatement',
  'DeleteStatement',
])

/**
 * The statements that run in the module's own scope: `statement` and those
 * nested in its blocks (`for`, `if`, `with`, `try`), not in a function or class.
 */
function moduleStatements(statement: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = []
  const walk = (node: SyntaxNode): void => {
    if (functionScopes.has(node.name)) return
    if (statementNodes.has(node.name)) {
      found.push(node)
      return
    }
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child)
  }
  walk(statement)
  return found
}

/**
 * The variable a target or callee reaches through members: `d` of `d['k']`,
 * `o.a.b` or `o.a.b(...)`'s callee `o.a.b`; a bare variable when `bare`.
 */
function rootVariable(
  node: SyntaxNode | null,
  text: (node: SyntaxNode) => string,
  bare: boolean,
): string | undefined {
  if (!node) return undefined
  if (node.name === 'VariableName') return bare ? text(node) : undefined
  if (node.name !== 'MemberExpression') return undefined
  let current: SyntaxNode | null = node
  while (current?.name === 'MemberExpression') current = current.firstChild
  return current?.name === 'VariableName' ? text(current) : undefined
}

function childrenOf(node: SyntaxNode): SyntaxNode[] {
  const children: SyntaxNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
  return children
}

/** The names a Python statement changes: `d[k] = v`, `o.a = v`, `x += 1`, `del d[k]`, `items.append(v)`. */
function pythonChanges(
  statement: SyntaxNode,
  text: (node: SyntaxNode) => string,
): (string | undefined)[] {
  const children = childrenOf(statement)
  switch (statement.name) {
    case 'ExpressionStatement': {
      const call = children[0]
      return call?.name === 'CallExpression' ? [rootVariable(call.firstChild, text, false)] : []
    }
    case 'AssignStatement': {
      const last = children.findLastIndex((child) => child.name === 'AssignOp')
      return children
        .slice(0, Math.max(0, last))
        .flatMap((target) =>
          target.name === 'TupleExpression' || target.name === 'ArrayExpression'
            ? childrenOf(target)
            : [target],
        )
        .map((target) => rootVariable(target, text, false))
    }
    case 'UpdateStatement':
      return [rootVariable(children[0] ?? null, text, true)]
    case 'DeleteStatement':
      return children.map((target) => rootVariable(target, text, true))
    default:
      return []
  }
}

/** The names a JavaScript statement changes: `o.a = v`, `m[k] = v`, `x += 1`, `n++`, `delete o.a`, `arr.push(v)`. */
function javascriptChanges(
  statement: SyntaxNode,
  text: (node: SyntaxNode) => string,
): (string | undefined)[] {
  const expression = statement.firstChild
  if (!expression) return []
  const [first, second] = childrenOf(expression)
  switch (expression.name) {
    case 'AssignmentExpression':
      return [rootVariable(first ?? null, text, second?.name !== 'Equals')]
    case 'PostfixExpression':
      return [rootVariable(first ?? null, text, true)]
    case 'UnaryExpression':
      if (first?.name === 'delete') return [rootVariable(second ?? null, text, false)]
      return first && /^(?:\+\+|--)$/.test(text(first))
        ? [rootVariable(second ?? null, text, true)]
        : []
    case 'CallExpression': {
      // `Object.setPrototypeOf(child, parent)` changes its first argument, not `Object`.
      const target = first && changesFirstArgument.has(text(first)) ? firstArgument(second) : null
      return target
        ? [rootVariable(target, text, true)]
        : [rootVariable(first ?? null, text, false)]
    }
    default:
      return []
  }
}

/** Built-ins that change the object given as their first argument. */
const changesFirstArgument = new Set([
  'Object.setPrototypeOf',
  'Object.defineProperty',
  'Object.defineProperties',
  'Object.assign',
  'Object.freeze',
  'Object.seal',
  'Object.preventExtensions',
  'Reflect.setPrototypeOf',
  'Reflect.defineProperty',
  'Reflect.deleteProperty',
  'Reflect.set',
])

/** The first argument of a call's argument list, or `null`. */
function firstArgument(list: SyntaxNode | undefined): SyntaxNode | null {
  if (list?.name !== 'ArgList') return null
  return childrenOf(list).find((child) => !/^[(),]$/.test(child.name)) ?? null
}

/** Whether the grammar had to recover from an error inside `node`. */
function containsError(node: SyntaxNode): boolean {
  if (node.type.isError) return true
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (containsError(child)) return true
  }
  return false
}

const pythonScopes = new Set(['FunctionDefinition', 'LambdaExpression'])
const pythonComprehensions = new Set([
  'ArrayComprehensionExpression',
  'DictionaryComprehensionExpression',
  'SetComprehensionExpression',
  'ComprehensionExpression',
])

function pythonNames(tree: Tree, code: string): SampleNames {
  const names = new NameCollector()
  const text = (node: SyntaxNode) => code.slice(node.from, node.to)

  /** Names a function, lambda or comprehension binds for itself. */
  const localNames = (scope: SyntaxNode): Set<string> => {
    const locals = new Set<string>()
    const params = scope.getChild('ParamList')
    if (params) for (const name of params.getChildren('VariableName')) locals.add(text(name))
    const body = scope.getChild('Body') ?? scope
    // `global x` makes `x = 2` in the body bind the module's `x`: a name of the module, not a local.
    const declaredGlobal = new Set<string>()
    const walk = body.cursor()
    do {
      if (walk.name === 'VariableName' && isPythonTarget(walk.node)) locals.add(text(walk.node))
      if (walk.name === 'ScopeStatement' && walk.node.firstChild?.name === 'global') {
        for (const name of walk.node.getChildren('VariableName')) declaredGlobal.add(text(name))
      }
    } while (walk.next() && walk.from < body.to)
    for (const name of declaredGlobal) locals.delete(name)
    return locals
  }

  const visit = (node: SyntaxNode, locals: ReadonlySet<string>, topLevel: boolean): void => {
    if (pythonScopes.has(node.name) || pythonComprehensions.has(node.name)) {
      const inner = new Set([...locals, ...localNames(node)])
      if (topLevel && node.name === 'FunctionDefinition') {
        const name = node.getChild('VariableName')
        if (name) names.define(text(name))
      }
      const own = node.name === 'FunctionDefinition' ? node.getChild('VariableName')?.from : -1
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.name === 'VariableName' && child.from === own) continue
        // Note: defaults and annotations are evaluated where the function is defined, so
        // `delta: Callable = delta` uses the `delta` around it, not the parameter.
        if (child.name === 'ParamList') visitParams(child, locals)
        else visit(child, inner, false)
      }
      return
    }
    if (node.name === 'ImportStatement') {
      if (topLevel) for (const name of importedNames(node, text)) names.import(name)
      return
    }
    if (node.name === 'ClassDefinition') {
      const name = node.getChild('VariableName')
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.from !== name?.from || child.name !== 'VariableName') visit(child, locals, false)
      }
      if (name && topLevel) names.define(text(name))
      return
    }
    if (node.name === 'VariableName') {
      const name = text(node)
      if (locals.has(name)) return
      if (topLevel && isPythonTarget(node) && !isAugmented(node)) names.define(name)
      else names.use(name)
      return
    }
    // `globals()['x']` reads the global `x` by its name, as `x` would.
    if (node.name === 'MemberExpression') {
      const named = namespaceLookup.exec(text(node))?.[2]
      if (named && !locals.has(named)) names.use(named)
    }
    // Note: the value of an assignment is read before its targets are bound.
    const children: SyntaxNode[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
    if (node.name === 'AssignStatement') {
      const split = children.findIndex((child) => child.name === 'AssignOp')
      for (const child of children.slice(split + 1)) visit(child, locals, topLevel)
      for (const child of children.slice(0, Math.max(0, split))) visit(child, locals, topLevel)
      return
    }
    if (node.name === 'ForStatement') {
      const split = children.findIndex((child) => child.name === 'in')
      const iterable = children[split + 1]
      if (split !== -1 && iterable) visit(iterable, locals, topLevel)
      for (const child of children.slice(0, Math.max(0, split))) visit(child, locals, topLevel)
      for (const child of children.slice(split + 2)) visit(child, locals, topLevel)
      return
    }
    for (const child of children) visit(child, locals, topLevel)
  }

  /** A parameter list: its names bind inside; its defaults and annotations read the scope around. */
  const visitParams = (params: SyntaxNode, locals: ReadonlySet<string>): void => {
    let previous = ''
    for (let child = params.firstChild; child; child = child.nextSibling) {
      const isParameter =
        child.name === 'VariableName' && ['(', ',', '*', '**', '/'].includes(previous)
      if (!isParameter && !['(', ')', ',', '*', '**', '/', 'AssignOp'].includes(child.name)) {
        visit(child, locals, false)
      }
      previous = child.name
    }
  }

  names.eachStatement(
    tree,
    (statement) => visit(statement, new Set(), true),
    (statement) => pythonChanges(statement, text),
  )
  return names.result()
}

/** A global read by its name from the namespace: `globals()['x']`, `vars()["x"]`. */
const namespaceLookup = /^(?:globals|vars)\(\)\s*\[\s*(['"])([\p{L}_][\p{L}\p{N}_]*)\1\s*\]$/u

/** Whether a `VariableName` is bound where it stands: an assignment, `for`, `with ... as` or `except ... as` target. */
function isPythonTarget(node: SyntaxNode): boolean {
  let current: SyntaxNode = node
  let parent = node.parent
  // A tuple or list of targets, `a, b = ...` or `(a, b) = ...`.
  while (parent && (parent.name === 'TupleExpression' || parent.name === 'ArrayExpression')) {
    current = parent
    parent = parent.parent
  }
  if (!parent || current.name === 'MemberExpression') return false
  // Note: an annotation with no value (`x: int`, or a traceback's `ValueError: invalid ...`) binds nothing.
  if (parent.name === 'AssignStatement' && !parent.getChild('AssignOp')) return false
  if (parent.name === 'AssignStatement' || parent.name === 'UpdateStatement') {
    return followedBy(current, ['AssignOp', 'UpdateOp', 'TypeDef', ':'])
  }
  if (parent.name === 'ForStatement' || parent.name.endsWith('ComprehensionExpression')) {
    return precededBy(current, 'for') && followedBy(current, ['in'])
  }
  if (parent.name === 'WithStatement' || parent.name === 'TryStatement') {
    return precededBy(current, 'as')
  }
  return false
}

function isAugmented(node: SyntaxNode): boolean {
  return node.parent?.name === 'UpdateStatement'
}

function followedBy(node: SyntaxNode, names: readonly string[]): boolean {
  for (let next = node.nextSibling; next; next = next.nextSibling) {
    if (names.includes(next.name)) return true
    if (next.name !== ',' && next.name !== 'VariableName' && !next.name.endsWith('Expression'))
      return false
  }
  return false
}

function precededBy(node: SyntaxNode, name: string): boolean {
  return node.prevSibling?.name === name
}

/** The names an `import` binds: `import a.b` binds `a`, `import a as b` and `from x import a as b` bind `b`. */
function importedNames(node: SyntaxNode, text: (node: SyntaxNode) => string): string[] {
  const children: SyntaxNode[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
  const fromImport = children[0]?.name === 'from'
  const start = fromImport ? children.findIndex((child) => child.name === 'import') + 1 : 1
  const bound: string[] = []
  let pending: string | undefined
  let aliased = false
  for (const child of children.slice(start)) {
    if (child.name === 'VariableName') {
      if (aliased) {
        pending = text(child)
        aliased = false
      } else if (pending === undefined) pending = text(child)
    } else if (child.name === 'as') aliased = true
    else if (child.name === ',') {
      if (pending !== undefined) bound.push(pending)
      pending = undefined
    }
  }
  if (pending !== undefined) bound.push(pending)
  return bound.filter((name) => name !== '*')
}

const javascriptScopes = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
  'ClassBody',
  'Block',
])

function javascriptNames(tree: Tree, code: string): SampleNames {
  const names = new NameCollector()
  const text = (node: SyntaxNode) => code.slice(node.from, node.to)

  const scopeDefinitions = (scope: SyntaxNode): Set<string> => {
    const locals = new Set<string>()
    const walk = scope.cursor()
    if (!walk.firstChild()) return locals
    const stopAt = scope.to
    do {
      if (walk.from >= stopAt) break
      if (walk.name === 'VariableDefinition') locals.add(text(walk.node))
    } while (walk.next())
    return locals
  }

  const visit = (node: SyntaxNode, locals: ReadonlySet<string>, depth: number): void => {
    // A function or class declared at the top level is hoisted: defined before its body is read.
    if (depth === 0 && (node.name === 'FunctionDeclaration' || node.name === 'ClassDeclaration')) {
      const name = node.getChild('VariableDefinition')
      if (name) names.define(text(name))
    }
    if (javascriptScopes.has(node.name)) {
      const inner = new Set([...locals, ...scopeDefinitions(node)])
      for (let child = node.firstChild; child; child = child.nextSibling)
        visit(child, inner, depth + 1)
      return
    }
    if (node.name === 'VariableDefinition') {
      const name = text(node)
      if (depth === 0) names.define(name)
      return
    }
    if (node.name === 'VariableName') {
      const name = text(node)
      if (locals.has(name)) return
      const assigned =
        node.parent?.name === 'AssignmentExpression' &&
        node.nextSibling?.name === 'Equals' &&
        node.prevSibling === null
      if (depth === 0 && assigned) names.define(name)
      else names.use(name)
      return
    }
    const children: SyntaxNode[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child)
    // The initialiser is read before the declared names exist.
    if (node.name === 'VariableDeclaration' || node.name === 'AssignmentExpression') {
      const split = children.findIndex((child) => child.name === 'Equals')
      if (split !== -1) {
        for (const child of children.slice(split + 1)) visit(child, locals, depth)
        for (const child of children.slice(0, split)) visit(child, locals, depth)
        return
      }
    }
    for (const child of children) visit(child, locals, depth)
  }

  names.eachStatement(
    tree,
    (statement) => visit(statement, new Set(), 0),
    (statement) => javascriptChanges(statement, text),
  )
  // A name the sample declares for its whole script is its own, even where used above the declaration.
  for (const name of scriptDeclarations(tree, code)) names.uses.delete(name)
  return names.result()
}

// Note: `fruits[1]=Plum` and `list+=(x)` define the array too.
const shellAssignment =
  /^\s*(?:export\s+|readonly\s+|let\s+|declare\s+(?:-\w+\s+)*)?([A-Za-z_]\w*)(?:\[[^\]]*\])?\+?=/
// Note: function and command names may have any letter (`打招呼() {`), as bash and zsh allow.
const shellFunction =
  /^\s*(?:function\s+([\p{L}_][\p{L}\p{N}_.:-]*)|([\p{L}_][\p{L}\p{N}_.:-]*)\s*\(\s*\))/u
/** Names of files a shell sample writes or uses start with this, which no variable name has. */
const fileNamePrefix = 'file:'
const shellArithmetic = /\$\[([^\]]*)\]|\(\(([^)]*)\)\)|\blet\s+([^;|&#]*)/g
// Note: `${#arr[@]}` (its length) and `${!arr[@]}` (its keys) read the array `arr` too.
const shellVariable = /\$(?:\{[#!]?)?([A-Za-z_]\w*)/g
const shellWord = /(?:^|[;&|(]\s*|\bthen\s+|\bdo\s+|\belse\s+)([\p{L}_][\p{L}\p{N}_.:-]*)/gu

function shellNames(code: string): SampleNames {
  const names = new NameCollector()
  for (const line of code.split('\n')) {
    const withoutComment = line.replace(/(^|\s)#.*$/, '$1')
    for (const match of withoutComment.matchAll(shellVariable)) names.use(match[1] ?? '')
    for (const match of withoutComment.matchAll(shellWord)) {
      const end = (match.index ?? 0) + match[0].length
      if (withoutComment[end] !== '=' && withoutComment[end] !== '(') names.use(match[1] ?? '')
    }
    // Arithmetic reads variables by their bare names: `$[a+2]`, `$((a * 3))`, `let a++`, `((n > 1))`.
    for (const match of withoutComment.matchAll(shellArithmetic)) {
      for (const name of (match[1] ?? match[2] ?? match[3] ?? '').matchAll(/[A-Za-z_]\w*/g)) {
        names.use(name[0])
      }
    }
    // Files one fence writes and a later one names are state too, under names no variable has.
    for (const file of shellFileWords(withoutComment)) names.use(`${fileNamePrefix}${file}`)
    for (const file of shellFilesWritten(withoutComment)) names.define(`${fileNamePrefix}${file}`)
    const assigned = shellAssignment.exec(withoutComment)
    const assignment = assigned?.[1]
    // `list+=(x)` appends to the array an earlier sample made, so it reads it too.
    if (assignment && assigned?.[0].endsWith('+=')) names.use(assignment)
    if (assignment) names.define(assignment)
    const fn = shellFunction.exec(withoutComment)
    const fnName = fn?.[1] ?? fn?.[2]
    if (fnName) names.define(fnName)
  }
  return names.result()
}
