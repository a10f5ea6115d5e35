import type { Heading, Node, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { outputLanguages } from '../../../runners.js'
import { leadInKind } from './lead-ins.js'

/** The longest heading read as a label over output (`#### 🔍 Output:`, `### 运行结果`), not a section title. */
const labelLength = 30

/**
 * The words of a heading right under a sample that labels the fence under it
 * as the sample's output (`#### 🔍 Output:`, `### Output`, `## 运行结果：`), or
 * `undefined`. Only a short label naming the output counts, and only over a
 * fence of plain output (unlabelled, `text`, `output`): a heading over code
 * opens a section of its own.
 */
export function headingLeadIn(parent: Parent, at: number): string | undefined {
  const heading = parent.children[at]
  const fence = parent.children[at + 1]
  if (heading?.type !== 'heading' || fence?.type !== 'code') return undefined
  if (!outputLanguages.has(fence.lang?.toLowerCase() ?? '')) return undefined
  const text = labelOf(heading)
  return [...text].length <= labelLength && leadInKind(text) === 'output' ? text : undefined
}

/**
 * Whether a node is a short heading naming output (`### Output`, `## 运行结果`),
 * whatever stands under it: over prose that tells what the run shows, then
 * the run (script-runs.ts).
 */
export function isOutputLabel(node: Node | undefined): boolean {
  if (node?.type !== 'heading') return false
  const text = labelOf(node as Heading)
  return [...text].length <= labelLength && leadInKind(text) === 'output'
}

/** A heading's words without the pictographs and marks set before them (`🔍 `, `👉 `). */
function labelOf(heading: Heading): string {
  return plainText(heading)
    .trim()
    .replace(/^(?:[\p{Extended_Pictographic}\p{S}\s]|\uFE0F|\u200D)+/u, '')
}
