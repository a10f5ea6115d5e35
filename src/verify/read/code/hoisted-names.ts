import type { SyntaxNode, Tree } from '@lezer/common'

/** Nodes whose body is a scope of its own: what is declared inside is not the script's. */
const ownScopes = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunction',
  'MethodDeclaration',
  'ClassDeclaration',
  'ClassExpression',
])

/**
 * The names a JavaScript sample declares for its whole script, wherever the
 * declaration stands, as the language scopes them: a `var` anywhere outside a
 * function (in a block or a loop head too) and a top-level `function`, both
 * hoisted to the top, a top-level `import`'s names, and a top-level `let`,
 * `const`, `class` or TypeScript `enum`, bound from the script's first line (read before its declaration,
 * it throws: the
 * temporal dead zone). A use of such a name is the sample's own, even on a
 * line above the declaration (`console.log(a) // undefined` then `var a = 20`,
 * `console.log(b) // ReferenceError` then `let b = 10`), never a use of the
 * name an earlier sample defines: the post shows what the sample prints run
 * alone.
 */
export function scriptDeclarations(tree: Tree, code: string): string[] {
  const names: string[] = []
  const text = (node: SyntaxNode) => code.slice(node.from, node.to)
  const definitions = (node: SyntaxNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (ownScopes.has(child.name)) continue
      if (child.name === 'VariableDefinition') names.push(text(child))
      else definitions(child)
    }
  }
  const vars = (node: SyntaxNode): void => {
    if (ownScopes.has(node.name)) return
    if (node.getChild('var')) definitions(node)
    for (let child = node.firstChild; child; child = child.nextSibling) vars(child)
  }
  for (let statement = tree.topNode.firstChild; statement; statement = statement.nextSibling) {
    if (statement.name === 'FunctionDeclaration' || statement.name === 'ClassDeclaration') {
      const name = statement.getChild('VariableDefinition')
      if (name) names.push(text(name))
    } else if (statement.name === 'EnumDeclaration') {
      // A TypeScript `enum` is a value bound for the whole script, as a `class` is.
      const name = statement.getChild('TypeDefinition')
      if (name) names.push(text(name))
    } else if (statement.name === 'VariableDeclaration' || statement.name === 'ImportDeclaration') {
      // An `import` binds its names for the whole module too, before its first line runs.
      definitions(statement)
    } else {
      vars(statement)
    }
  }
  return names
}
