import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { DocumentedOutput } from '../documented-output.js'
import { outputLeadIn } from './output-lead-in.js'

/**
 * Words of a lead-in saying the output's lines may come in another order:
 * `Expected output (order of keys is not guaranteed):`, `in no particular order`,
 * `顺序不固定`, `不保证顺序`. Said of a hash table's keys or of concurrent workers, it
 * is what the `unordered` annotation says.
 */
const anyOrder =
  /\border\b[^.:：]{0,40}?\b(?:is\s+not|isn't|not|never)\s+(?:guaranteed|defined|fixed|deterministic|stable|preserved)|\bno\s+(?:guaranteed|particular|fixed|defined)\s+order\b|\bin\s+(?:any|random|arbitrary|no\s+particular)\s+order\b|\border\s+(?:may|can|might|will)\s+(?:vary|differ|change)\b|顺序(?:是)?(?:不固定|不确定|不一定|随机|可能不同|可能不一样|不保证)|(?:不保证|无法保证|不能保证|不一定)[^。，,]{0,10}顺序/iu

/** Whether the paragraph right above the fence holding a block output says its lines come in any order. */
export function anyOrderSaid(parent: Parent, expected: DocumentedOutput | undefined): boolean {
  const leadIn = outputLeadIn(parent, expected)
  return leadIn !== undefined && anyOrder.test(plainText(leadIn))
}
