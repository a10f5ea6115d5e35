import type { List, Paragraph, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { DocumentedOutput } from '../documented-output.js'
import { leadInKind } from './lead-ins.js'

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

/**
 * The words of a list whose last item is a lead-in naming the output (`- And
 * the loop's output is:`, `- 运行结果如下：`), a paragraph alone, ending the
 * list right above a fence: a lesson written in bullets introduces the
 * output so.
 */
export function listItemLeadIn(list: List): string | undefined {
  const item = list.children.at(-1)
  const paragraph = item?.children.length === 1 ? item.children[0] : undefined
  if (paragraph?.type !== 'paragraph') return undefined
  const text = plainText(paragraph).trim()
  return leadInKind(text) === 'output' && /[:：]\s*$/u.test(text) ? text : undefined
}
