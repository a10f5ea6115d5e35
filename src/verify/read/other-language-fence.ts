import type { Runner } from '../runners.js'
import { nodeReplInShellFence } from './node-repl-in-shell.js'
import { pythonInOtherFence } from './python-in-other-fence.js'
import { typescriptInJavascriptFence } from './typescript-in-javascript-fence.js'

/**
 * The language a labelled fence holds when it is not its label's, as a
 * reader sees at once: Python under a JavaScript or shell label, a Node REPL
 * session under a shell label, TypeScript under a JavaScript label.
 * `undefined` when the label is right.
 */
export function otherLanguageIn(code: string, labelled: Runner): Runner | undefined {
  return (
    pythonInOtherFence(code, labelled) ??
    nodeReplInShellFence(code, labelled) ??
    typescriptInJavascriptFence(code, labelled)
  )
}
