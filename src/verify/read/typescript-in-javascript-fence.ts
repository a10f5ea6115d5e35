import type { Tree } from '@lezer/common'
import { type Runner, runnerFor } from '../runners.js'
import { syntaxTree } from './code/syntax-trees.js'

/**
 * Syntax only TypeScript has, which no JavaScript engine takes: a type after
 * a name (`x: number`, `(a: any[])`, `(): string`), an `enum`, a `declare`.
 * Note: Lezer's JavaScript grammar reads these in any dialect, so their
 * nodes in the tree tell TypeScript from JavaScript.
 */
const typescriptOnly = new Set(['TypeAnnotation', 'EnumDeclaration', 'AmbientDeclaration'])
/** Declarations of types alone, which a JavaScript page writes to describe a protocol (syntax-templates.ts). */
const typeDeclarations = new Set(['InterfaceDeclaration', 'TypeAliasDeclaration'])

/**
 * TypeScript, when a fence labelled JavaScript holds it, as a TypeScript book
 * labels its samples `js` here and there (`const x: number = Number(s)`,
 * `let a: any[] = []`): code with TypeScript's own syntax, which a reader
 * sees at once and Node refuses, that parses as TypeScript. `undefined`
 * otherwise (JavaScript; an `interface` describing a JavaScript protocol,
 * whose types are its own notation; code with a syntax error of its own,
 * which the label's runner reports).
 */
export function typescriptInJavascriptFence(code: string, labelled: Runner): Runner | undefined {
  if (labelled.id !== 'javascript') return undefined
  const typescript = syntaxTree('typescript', code)
  if (!has(typescript, (node) => typescriptOnly.has(node))) return undefined
  return has(typescript, (_, error) => error) ? undefined : runnerFor('typescript')
}

/** Whether some node outside a declaration of types passes the test. */
function has(tree: Tree, test: (name: string, error: boolean) => boolean): boolean {
  let found = false
  tree.iterate({
    enter: (node) => {
      if (test(node.name, node.type.isError)) found = true
      return !found && !typeDeclarations.has(node.name)
    },
  })
  return found
}
