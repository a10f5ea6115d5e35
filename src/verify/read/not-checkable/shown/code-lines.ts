import type { SyntaxNode } from '@lezer/common'
import { syntaxTree } from '../../code/syntax-trees.js'

/** A JavaScript identifier: any Unicode ID_Start, then ID_Continue (`名字`, `$el`, `_x1`). */
const identifier = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u
/** Nodes naming something; Lezer reads any non-ASCII run as one, so each is checked against `identifier`. */
const nameNodes = new Set([
  'VariableName',
  'VariableDefinition',
  'PropertyName',
  'PropertyDefinition',
])
/** Nodes that make a line a statement of code rather than a name standing alone. */
const codeNodes = new Set([
  'VariableDeclaration',
  'ImportDeclaration',
  'ExportDeclaration',
  'FunctionDeclaration',
  'ClassDeclaration',
  'AssignmentExpression',
  'CallExpression',
  'NewExpression',
  'MemberExpression',
  'ArrowFunction',
  'UpdateExpression',
  'ReturnStatement',
])
const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' }

/**
 * Whether one line of a JavaScript or TypeScript sample (its strings and
 * comment already blanked) reads as code: with the brackets it opens closed,
 * it parses without error, every name in it is an identifier as the language
 * defines one (Unicode ID_Start and ID_Continue, so `const 名字 = 1` and
 * `打印(结果)` are code, `结果：5` is not), and it declares, assigns, calls,
 * imports or reaches into a value: a name alone (`返回结果`) is not code.
 */
export function readsAsJavaScript(line: string, typescript: boolean): boolean {
  // A line closing what an earlier one opened, or going on with a chain (`}).then(...)`), stands alone.
  const rest = line.trim().replace(/^[)\]}]+[;,]?\s*/, '')
  const text = /^\??\.[\p{ID_Start}$_]/u.test(rest) ? `_${rest}` : rest
  if (!text) return false
  const open: string[] = []
  for (const character of text) {
    if (character in closers) open.push(closers[character] ?? '')
    else if (/[)\]}]/.test(character) && open.pop() !== character) return false
  }
  const code = `${text}${open.reverse().join('')}`
  const tree = syntaxTree(typescript ? 'typescript' : 'jsx', code)
  let parses = true
  let statement = false
  tree.iterate({
    enter: (node) => {
      if (node.type.isError) parses = false
      else if (nameNodes.has(node.name) && !identifier.test(textOf(node.node, code))) parses = false
      else if (codeNodes.has(node.name)) statement = true
    },
  })
  return parses && statement
}

function textOf(node: SyntaxNode, code: string): string {
  return code.slice(node.from, node.to)
}
