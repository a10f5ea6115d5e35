import type { Code } from 'mdast'
import type { StatedError } from './error-claims/prose-error.js'

/**
 * The text of a fence as its lines stand in the post: a MyST code cell's
 * options (`:tags: [raises-exception]`), which the page does not show, are
 * blank lines above its code, so line `n` of the code is line `fence + n`.
 */
export function fenceSource(node: Code): string {
  return '\n'.repeat(node.data?.optionLines ?? 0) + node.value
}

/** Whether the fence is a notebook's code cell (MyST's ```` ```{code-cell} ipython3 ````). */
export function isNotebookCell(node: Code): boolean {
  return node.data?.notebookCell !== undefined
}

/**
 * A cell tagged to be left unrun (`skip-execution`, MyST-NB's tag): the
 * notebook's build shows it without running it.
 */
export function cellSkipped(node: Code): boolean {
  return node.data?.notebookCell?.includes('skip-execution') === true
}

/**
 * The error a cell tagged `raises-exception` is to raise, any one, as MyST-NB
 * lets the build go on past it; its tags' line is where the post says so.
 */
export function cellRaises(node: Code): StatedError | undefined {
  if (node.data?.notebookCell?.includes('raises-exception') !== true) return undefined
  return {
    postLine: (node.position?.start.line ?? 0) + 1,
    name: undefined,
    sentence: 'the cell is tagged `raises-exception`',
  }
}
