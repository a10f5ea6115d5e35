import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/**
 * A lead-in saying that what follows is what one might wrongly expect:
 * `What you might have expected instead:`, `You'd expect this:`,
 * `我们期望看到是这样的：`, `你可能以为会是这样：`.
 */
const expectationWords =
  /\b(?:might|would|could|may)(?:\s+have)?\s+(?:expected?|thought|assumed|guessed)\b|\byou'?d\s+(?:expect|think)\b|\bexpected\s+instead\b|\bnaively\b|以为|期望看到|你可能(?:希望|期望|预期|认为)|本来(?:期望|预期|想)/iu

/**
 * The line of the lead-in, right before a fence, that introduces its
 * documented output as the wrong expectation, the way a tutorial shows a
 * surprise (the code as one would expect it to behave, then the truth):
 * its last sentence says so and ends with a colon. `undefined` otherwise.
 */
export function wrongExpectationAt(parent: Parent, index: number): number | undefined {
  const before = parent.children
    .slice(0, index)
    .findLast((node) => node.type !== 'html' || !/^<!--/.test(node.value))
  if (before?.type !== 'paragraph') return undefined
  const text = plainText(before).trim()
  if (!/[:：]$/u.test(text)) return undefined
  const last = text.split(/(?<=[.!?。！？])\s*/u).at(-1) ?? ''
  return expectationWords.test(last) ? before.position?.start.line : undefined
}
