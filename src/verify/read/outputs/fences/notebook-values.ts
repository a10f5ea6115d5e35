import type { Code, Parent } from 'mdast'
import type { Runner } from '../../../runners.js'
import { varyingSource } from '../comments/varying-sources.js'
import type { DocumentedOutput } from '../documented-output.js'

/**
 * The notebook setting that makes IPython display the value of every
 * expression statement of a cell, not only the last one:
 * `InteractiveShell.ast_node_interactivity = "all"`. Set in one cell, it
 * holds for the cells after it, as the kernel keeps it.
 */
const showsEveryValue = /\bast_node_interactivity\s*=\s*(['"])all\1/u

/**
 * The output a Jupyter notebook exported to Markdown (nbconvert) shows under
 * a Python cell whose notebook displays every expression's value: the
 * indented block right under the fence holds, in order, what the cell
 * printed and the value of each of its expression statements, as IPython
 * displays them (`__main__.Golem`, `str`, a long list broken over lines),
 * with blank lines nbconvert writes between the outputs. Read as one part
 * covering the whole cell, every expression's value shown and blank lines
 * not compared, so `g.name` / `g.built_year` is `'Clay'` then `2019`.
 * `undefined` unless that setting is made in this cell or an earlier one
 * and an indented block follows the fence.
 */
export function notebookValues(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
  earlier: readonly string[],
): DocumentedOutput | undefined {
  if (runner.id !== 'python') return undefined
  if (!showsEveryValue.test(code) && !earlier.some((sample) => showsEveryValue.test(sample))) {
    return undefined
  }
  const next = parent.children[index + 1]
  if (next?.type !== 'code' || !indentedBlock(next)) return undefined
  const first = next.position?.start.line ?? 0
  const shown = next.value.split('\n').map((line, offset) => ({ line, number: first + offset }))
  const outputs = shown.filter(({ line }) => line.trim() !== '')
  if (outputs.length === 0) return undefined
  const lines = outputs.map(({ line }) => line)
  const lineNumbers = outputs.map(({ number }) => number)
  return {
    kind: 'statements',
    lines,
    lineNumbers,
    notebook: true,
    parts: [
      {
        from: 1,
        to: code.split('\n').length,
        value: true,
        gapless: true,
        ...varyingSource(code),
        lines,
        lineNumbers,
      },
    ],
    reason:
      'indented block under the cell, as a notebook exported to Markdown shows it: what the cell printed and the value of each of its expressions (`ast_node_interactivity = "all"`), as IPython displays them',
  }
}

/** An indented code block (nbconvert's form of a cell's output), not a fence: no lines of its own around its text. */
function indentedBlock(node: Code): boolean {
  if (node.lang || node.meta) return false
  const start = node.position?.start.line
  const end = node.position?.end.line
  if (start === undefined || end === undefined) return false
  return end - start + 1 < node.value.split('\n').length + 2
}
