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
  const tree = parsers[grammar].parse(grammar === 'python' ? withoutEmptyPatterns(code) : code)
  trees.set(code, tree)
  if (trees.size > keptTrees) {
    const oldest = trees.keys().next()
    if (!oldest.done) trees.delete(oldest.value)
  }
  return tree
}

/** An empty sequence or mapping pattern of a `case`: `case []:`, `case ():`, `case {} if x:`. */
const emptyPattern = /(\bcase\s+)[[({](\s*)[\])}](?=\s*(?::|if\b))/gu

/**
 * The code with each empty sequence or mapping pattern (`case []:`), which
 * Lezer's Python grammar refuses, written as the wildcard `_` and spaces,
 * so that every offset of the tree stays the code's.
 */
function withoutEmptyPatterns(code: string): string {
  if (!code.includes('case')) return code
  return code.replace(emptyPattern, (_, keyword: string, inside: string) => `${keyword}_${inside} `)
}
