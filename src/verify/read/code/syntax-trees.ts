import type { Tree } from '@lezer/common'
import { parser as javascriptParser } from '@lezer/javascript'
import { parser as pythonParser } from '@lezer/python'

/** The Lezer grammars samples are read with (JavaScript plain, with JSX, or TypeScript). */
export type Grammar = 'python' | 'javascript' | 'jsx' | 'typescript'

const parsers = {
  python: pythonParser,
  javascript: javascriptParser,
  jsx: javascriptParser.configure({ dialect: 'jsx' }),
  typescript: javascriptParser.configure({ dialect: 'ts' }),
} as const

/** Trees kept per grammar, by code, oldest first. */
const kept = new Map<Grammar, Map<string, Tree>>()
/** Enough for every sample of a long post, so that each reading pass over a post finds them all. */
const keptTrees = 256

/**
 * The syntax tree of `code` in `grammar`. Each reader of a sample (its
 * names, its statements, the outputs its comments document, the lines a run
 * instruments) asks for the same code, so the tree is parsed once and kept
 * for the next reader: the last `keptTrees` trees of each grammar are kept,
 * the least recently read dropped first.
 *
 * Note: Lezer's trees are immutable, so one tree can serve every reader.
 */
export function syntaxTree(grammar: Grammar, code: string): Tree {
  let trees = kept.get(grammar)
  if (!trees) {
    trees = new Map()
    kept.set(grammar, trees)
  }
  const found = trees.get(code)
  if (found) {
    trees.delete(code)
    trees.set(code, found)
    return found
  }
  const tree = parsers[grammar].parse(code)
  trees.set(code, tree)
  if (trees.size > keptTrees) {
    const oldest = trees.keys().next()
    if (!oldest.done) trees.delete(oldest.value)
  }
  return tree
}
