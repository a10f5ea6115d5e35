import type { Code, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { isShellRunner } from '../../runner-id.js'
import { runnerFor } from '../../runners.js'
import { sessionLanguages } from '../transcripts/shell-transcript.js'

/** A line's prompt written with a no-break space after it: `$\u00a0cat << EOF`, `#\u00a0ls`. */
const promptThenNoBreak = /^(\s*[$#%>])\u00a0/u
/** A comment line: `#\u00a0output: 5`, `#\u00a0注释`. */
const commentLine = /^\s*#/u

/** Whether a fence is shell code or a shell session by its language. */
function isShellFence(node: Code): boolean {
  const language = node.lang?.toLowerCase() ?? ''
  return sessionLanguages.has(language) || isShellRunner(runnerFor(language))
}

/** A line with the no-break spaces no shell word holds read as spaces: one after a prompt, those of a comment line. */
function readLine(line: string): string {
  const prompted = line.replace(promptThenNoBreak, '$1 ')
  return commentLine.test(prompted) ? prompted.replace(/\u00a0/gu, ' ') : prompted
}

/**
 * Reads the no-break spaces (U+00A0) of shell fences that no shell word
 * holds as the spaces they show, as the reader does: one between a prompt
 * and its command (`$\u00a0cat << EOF`), which the reader does not copy,
 * and those of a comment line (`#\u00a0output: 5`), which the shell skips.
 * The fences' text is changed while samples are read and put back by the
 * function returned, so pages show what the author wrote.
 *
 * Note: a no-break space between the words of a command stays: the shell
 * reads it as a letter, so code copied from the page does not run
 * (`while\u00a0true`), a true failure of the post.
 */
export function readNoBreakSpaces(tree: Root): () => void {
  const written = new Map<Code, string>()
  visit(tree, 'code', (node: Code) => {
    if (!node.value.includes('\u00a0') || !isShellFence(node)) return
    const value = node.value.split('\n').map(readLine).join('\n')
    if (value === node.value) return
    written.set(node, node.value)
    node.value = value
  })
  return () => {
    for (const [node, value] of written) node.value = value
  }
}
