import type { SyntaxNode } from '@lezer/common'
import { parser as javascriptParser } from '@lezer/javascript'
import type { RunnerId } from '../runner-id.js'

const typescriptParser = javascriptParser.configure({ dialect: 'ts' })

/** How a name was bound at the top level of an earlier input. */
type Binding = 'lexical' | 'hoisted' | 'assigned'

interface Edit {
  from: number
  to: number
  text: string
}

/**
 * The JavaScript samples of a session, run as one program, read as a
 * console reads its inputs (Chrome's console, V8's REPL mode): each
 * sample is an input of its own, so one that declares again, with `let`,
 * `const` or `class`, a name an earlier input declared that way (or
 * assigned without declaring it) rebinds the name instead of failing with
 * `Identifier 'x' has already been declared`, and the earlier input does
 * not meet the later declaration's temporal dead zone.
 *
 * Such a declaration is written as the assignment it amounts to
 * (`let who = ''` → `void (who = '')`, `class A {}` → `A = class A {};`),
 * on the same lines, and the first `const` declaring the name becomes a
 * `let`, so the name can take its new value. Only a sample's first
 * declaration of a name is read so: a sample declaring a name twice itself
 * still fails, as it does in a console. A name an earlier input declared
 * with `var`, `function` or `import` stays a conflict, as in a console.
 * Declarations with a TypeScript type and those inside `export` are left
 * as written.
 */
export function asConsoleInputs(runner: { id: RunnerId }, codes: readonly string[]): string[] {
  if (codes.length < 2 || (runner.id !== 'javascript' && runner.id !== 'typescript')) {
    return [...codes]
  }
  const parser = runner.id === 'typescript' ? typescriptParser : javascriptParser
  const bound = new Map<string, { binding: Binding; constant?: { input: number; at: number } }>()
  const edits: Edit[][] = codes.map(() => [])
  codes.forEach((code, input) => {
    const tree = parser.parse(code)
    const redeclared = new Set<string>()
    const own = new Map<string, Binding>()
    const constants: Array<{ names: string[]; at: number }> = []
    for (let node = tree.topNode.firstChild; node; node = node.nextSibling) {
      const keyword = node.firstChild
      if (node.name === 'VariableDeclaration' && keyword) {
        const names = boundNames(node, code)
        if (keyword.name === 'var') {
          for (const name of names) own.set(name, own.get(name) ?? 'hoisted')
          continue
        }
        const earlier = names.map((name) => bound.get(name))
        const rebinds =
          earlier.some((entry) => entry !== undefined) &&
          earlier.every((entry) => entry?.binding !== 'hoisted') &&
          names.every((name) => !redeclared.has(name) && !own.has(name)) &&
          !hasChild(node, 'TypeAnnotation')
        if (rebinds) {
          // Names no earlier input bound are declared here, before the assignment.
          const fresh = names.filter((_, index) => earlier[index] === undefined)
          edits[input]?.push(...asAssignment(node, keyword, fresh))
          for (const name of fresh) own.set(name, 'lexical')
          for (const [index, name] of names.entries()) {
            const constant = earlier[index]?.constant
            if (earlier[index]) redeclared.add(name)
            if (constant) {
              edits[constant.input]?.push({ from: constant.at, to: constant.at + 5, text: 'let' })
              // Every name of that declaration becomes assignable: it is one keyword.
              for (const entry of bound.values()) {
                if (entry.constant?.at === constant.at && entry.constant.input === constant.input) {
                  delete entry.constant
                }
              }
            }
          }
          continue
        }
        for (const name of names) own.set(name, own.get(name) ?? 'lexical')
        if (keyword.name === 'const') constants.push({ names, at: keyword.from })
      } else if (node.name === 'ClassDeclaration') {
        const name = childText(node, 'VariableDefinition', code)
        if (name === undefined) continue
        const entry = bound.get(name)
        if (entry && entry.binding !== 'hoisted' && !redeclared.has(name) && !own.has(name)) {
          redeclared.add(name)
          edits[input]?.push(
            { from: node.from, to: node.from, text: `${name} = ` },
            { from: node.to, to: node.to, text: ';' },
          )
          continue
        }
        own.set(name, own.get(name) ?? 'lexical')
      } else if (node.name === 'FunctionDeclaration' || node.name === 'ImportDeclaration') {
        for (const name of boundNames(node, code)) own.set(name, 'hoisted')
      } else if (node.name === 'ExpressionStatement') {
        for (const name of assignedNames(node, code)) if (!own.has(name)) own.set(name, 'assigned')
      }
    }
    for (const [name, binding] of own) {
      if (redeclared.has(name)) continue
      const before = bound.get(name)
      // An undeclared name assigned again keeps how it was first bound.
      if (before && binding === 'assigned') continue
      bound.set(name, { binding })
    }
    for (const { names, at } of constants) {
      for (const name of names) {
        const entry = bound.get(name)
        if (entry && entry.binding === 'lexical') entry.constant = { input, at }
      }
    }
  })
  return codes.map((code, input) => applyEdits(code, edits[input] ?? []))
}

/**
 * `let a = 1, b` written as the assignment it is to names already bound,
 * `void (a = 1, b = undefined)`, after a declaration of those it binds afresh.
 */
function asAssignment(node: SyntaxNode, keyword: SyntaxNode, fresh: readonly string[]): Edit[] {
  const declared = fresh.length > 0 ? `let ${fresh.join(', ')}; ` : ''
  const edits: Edit[] = [{ from: keyword.from, to: keyword.to, text: `${declared}void (` }]
  let pattern: SyntaxNode | undefined
  let initialised = false
  const close = (at: number) => {
    if (pattern && !initialised) edits.push({ from: at, to: at, text: ' = undefined' })
  }
  let last: SyntaxNode | undefined
  for (let child = keyword.nextSibling; child; child = child.nextSibling) {
    if (isPattern(child.name) && !pattern) {
      pattern = child
      initialised = false
    } else if (child.name === 'Equals') initialised = true
    else if (child.name === ',') {
      close(pattern?.to ?? child.from)
      pattern = undefined
    }
    last = child
  }
  close(pattern?.to ?? node.to)
  if (last?.name === ';') edits.push({ from: last.from, to: last.from, text: ')' })
  else edits.push({ from: node.to, to: node.to, text: ');' })
  return edits
}

function isPattern(name: string): boolean {
  return name === 'VariableDefinition' || name === 'ObjectPattern' || name === 'ArrayPattern'
}

/** Nodes whose names are their own, not the declaration's: a function's parameters and body. */
const ownScopes = new Set([
  'ParamList',
  'Block',
  'ClassBody',
  'ArrowFunction',
  'FunctionExpression',
  'ClassExpression',
])

/** The names a declaration binds, its patterns' included. */
function boundNames(node: SyntaxNode, code: string): string[] {
  const names: string[] = []
  const cursor = node.cursor()
  let enter = true
  while (cursor.next(enter) && cursor.from < node.to) {
    enter = !ownScopes.has(cursor.name)
    if (cursor.name === 'VariableDefinition') names.push(code.slice(cursor.from, cursor.to))
  }
  return names
}

/** `name = value` (`a = 1, b = 2`) at the top level: the names assigned, undeclared. */
function assignedNames(node: SyntaxNode, code: string): string[] {
  const expression = node.firstChild
  const assignments =
    expression?.name === 'SequenceExpression'
      ? expression.getChildren('AssignmentExpression')
      : expression?.name === 'AssignmentExpression'
        ? [expression]
        : []
  return assignments.flatMap((assignment) => {
    const target = assignment.firstChild
    return target?.name === 'VariableName' ? [code.slice(target.from, target.to)] : []
  })
}

function hasChild(node: SyntaxNode, name: string): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === name) return true
  }
  return false
}

function childText(node: SyntaxNode, name: string, code: string): string | undefined {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === name) return code.slice(child.from, child.to)
  }
  return undefined
}

function applyEdits(code: string, edits: readonly Edit[]): string {
  let result = code
  // From the end; at one place, the edit made last goes first, so the first ends up first.
  const ordered = edits.map((edit, index) => ({ ...edit, index }))
  for (const edit of ordered.sort((a, b) => b.from - a.from || b.index - a.index)) {
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to)
  }
  return result
}
