import { isShellRunner } from '../runner-id.js'
import { type Runner, runnerFor } from '../runners.js'
import { nodeReplReading } from './node-repl.js'

/** A line typed at Node's prompt: `> ` then an input. */
const typedLine = /^> \S/u

/**
 * JavaScript, when a fence labelled as a shell holds a Node REPL session, as
 * notes write what they typed after `$ node` in the same `bash` fences as
 * their commands (`> 1 + ( 2 * 3 ) - 4` / `3`, `> var a=10` / `undefined`):
 * its first line is a `> ` prompt, some line under a prompt is what the REPL
 * printed, and read as Node's REPL reads it, it is JavaScript. A shell would
 * take `> x` for a redirection and the printed values for commands.
 * `undefined` otherwise: the label decides.
 */
export function nodeReplInShellFence(code: string, labelled: Runner): Runner | undefined {
  if (!isShellRunner(labelled)) return undefined
  const javascript = runnerFor('javascript')
  if (!javascript) return undefined
  const lines = code.split('\n').filter((line) => line.trim() !== '')
  if (!typedLine.test(lines[0] ?? '')) return undefined
  if (lines.every((line) => line.startsWith('>'))) return undefined
  return nodeReplReading(code, javascript) === code ? undefined : javascript
}
