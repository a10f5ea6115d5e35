import type { Paragraph, Parent } from 'mdast'
import type { DocumentedOutput } from './documented-output.js'

/**
 * The paragraph right above the fence holding a sample's block output (its
 * lead-in: `Output:`, `某次的运行结果如下所示。`), or `undefined` when the
 * output is no block of a fence of its own or nothing but a block stands above it.
 */
export function outputLeadIn(
  parent: Parent,
  expected: DocumentedOutput | undefined,
): Paragraph | undefined {
  const first = expected?.kind === 'block' ? expected.lineNumbers[0] : undefined
  if (first === undefined) return undefined
  const at = parent.children.findIndex(
    (node) =>
      node.type === 'code' &&
      (node.position?.start.line ?? Infinity) < first &&
      (node.position?.end.line ?? 0) > first,
  )
  const leadIn = at > 0 ? parent.children[at - 1] : undefined
  return leadIn?.type === 'paragraph' ? leadIn : undefined
}
