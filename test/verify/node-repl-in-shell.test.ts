import { describe, expect, it } from 'vitest'
import { nodeReplInShellFence } from '../../src/verify/read/node-repl-in-shell.js'
import { runnerFor } from '../../src/verify/runners.js'

const bash = runnerFor('bash')
const python = runnerFor('python')
if (!bash || !python) throw new Error('no runner')

describe('a Node REPL session in a shell fence', () => {
  it('runs as JavaScript: `> ` prompts, the values printed under them', () => {
    expect(nodeReplInShellFence('> 1 + ( 2 * 3 ) - 4\n3', bash)?.id).toBe('javascript')
    expect(nodeReplInShellFence('> var a=10\nundefined\n> a\n10', bash)?.id).toBe('javascript')
  })

  it('leaves the label alone for shell code, continuation lines alone, or another label', () => {
    expect(nodeReplInShellFence('$ node app.js\nlistening', bash)).toBeUndefined()
    expect(nodeReplInShellFence('> out.txt\n> log.txt', bash)).toBeUndefined()
    expect(nodeReplInShellFence('echo hi\n> 1 + 1\n2', bash)).toBeUndefined()
    expect(nodeReplInShellFence('> 1 + 1\n2', python)).toBeUndefined()
  })
})
