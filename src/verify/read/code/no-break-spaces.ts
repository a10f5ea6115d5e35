import type { Code, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { isShellRunner } from '../../runner-id.js'
import { runnerFor } from '../../runners.js'
import { sessionLanguages } from '../transcripts/shell-transcript.js'

/** A no-break space (U+00A0), which editors and pages copied from put in place of a space. */
const noBreakSpace = /\u00a0/g

/** Whether a fence is shell code or a shell session by its language. */
function isShellFence(node: Code): boolean {
  const language = node.lang?.toLowerCase() ?? ''
  return sessionLanguages.has(language) || isShellRunner(runnerFor(language))
}

/**
 * Reads the no-break spaces of shell fences as the spaces they show
 * (`for variable in values`, `$ cat << EOF`, `# output: 5` written with
 * U+00A0), as the reader reads them: the shell takes a no-break space for a
 * letter of a word, so the code would not parse and its prompts would not be
 * prompts. The fences' text is changed while samples are read and put back by
 * the function returned, so pages show what the author wrote.
 *
 * Note: only shell fences, whose words a no-break space never belongs to; a
 * program in another language may print one on purpose (a locale's number
 * format), and its output fences keep theirs.
 */
export function readNoBreakSpaces(tree: Root): () => void {
  const written = new Map<Code, string>()
  visit(tree, 'code', (node: Code) => {
    if (!node.value.includes('\u00a0') || !isShellFence(node)) return
    written.set(node, node.value)
    node.value = node.value.replace(noBreakSpace, ' ')
  })
  return () => {
    for (const [node, value] of written) node.value = value
  }
}
