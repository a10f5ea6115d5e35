import type { OutputPart } from '../../read/outputs/documented-output.js'
import { sameValueDisplay } from '../values/value-display.js'

/**
 * Whether the last comment a sample documents, on its own line closing the
 * sample, the others being remarks in words, lists every line the program printed, in order, one value each,
 * split at spaces or commas: `// 2 3 1` under code whose timer, executor and
 * last print show `2`, `3` and `1` on lines of their own, as notes on the
 * event loop sum up the order. Only a list of two values or more, the whole
 * output; a comment naming another order stays a failure of its statement.
 * `code` is the sample's lines, `fenceLine` the post line of its fence.
 */
export function summarisesOutput(
  parts: readonly OutputPart[],
  code: readonly string[],
  output: string,
  fenceLine: number,
): boolean {
  const part = parts.at(-1)
  const [comment] = part?.lines ?? []
  const line = part?.lineNumbers[0]
  // The others, if any, are remarks in words (`// 放入macroTask队列`), no claim of output.
  const remarks = parts.slice(0, -1).every((other) => other.loose === true)
  if (!remarks || part?.lines.length !== 1 || comment === undefined || line === undefined)
    return false
  const at = line - fenceLine - 1
  const rest = code.slice(at + 1)
  if (!/^\s*(?:\/\/|#)/u.test(code[at] ?? '') || rest.some((text) => text.trim() !== ''))
    return false
  const items = comment.trim().split(/[\s,，]+/u)
  const printed = output
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((text) => text.trim())
    .filter((text) => text !== '')
  return (
    items.length >= 2 &&
    items.length === printed.length &&
    items.every((item, index) => sameValueDisplay(item, printed[index] ?? ''))
  )
}
