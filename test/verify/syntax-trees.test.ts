import { describe, expect, it } from 'vitest'
import { syntaxTree } from '../../src/verify/read/code/syntax-trees.js'

describe('syntaxTree', () => {
  it('parses a code once per grammar, whichever reader asks', () => {
    const code = 'def f(url):\n    return url\n'
    const tree = syntaxTree('python', code)
    expect(syntaxTree('python', `${code}`)).toBe(tree)
    expect(tree.topNode.firstChild?.name).toBe('FunctionDefinition')
    // The same text in another grammar is another tree.
    expect(syntaxTree('jsx', 'const a = <b/>\n')).not.toBe(
      syntaxTree('typescript', 'const a = <b/>\n'),
    )
  })

  it('keeps a bounded number of trees, dropping the least recently read', () => {
    const first = syntaxTree('javascript', 'let first = 1\n')
    for (let index = 0; index < 300; index++) syntaxTree('javascript', `let x${index} = ${index}\n`)
    expect(syntaxTree('javascript', 'let first = 1\n')).not.toBe(first)
  })
})
