import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { outputLanguages, runnerFor } from '../../../runners.js'

/** Names of the blocks a lesson keeps an exercise's answer in (`::: solution`, Carpentries' `:::::: solution`). */
const answerBlocks = /^(?:solutions?|answers?)$/i
/** The opening line of such a block where no directive is read: `:::::::::::::::  solution`. */
const openingLine = /^:{3,}\s*(solutions?|answers?)\s*$/i

type Node = Parent['children'][number]

/** A call that prints, in any language postdeck runs: an answer's output needs a sample that prints. */
const printing = /\b(?:print|printf|echo|puts|console\.(?:log|info|error|warn|table))\b/

/**
 * The output fence a lesson shows in the folded answer right after an
 * exercise's sample: a `::: solution` block (a container directive, or, as
 * Carpentries lessons write it, `:::::::::::::::  solution` as a line of its
 * own) whose content, once its headings (`## Solution`) are passed, opens
 * with a fence of output (`output`, `text`, no language...). The fence is
 * what the sample prints, as if it stood right under it. Not an answer that
 * opens with prose (`Program A prints`, an explanation) or with code: those
 * may show another program's output, or none; nor an answer to a sample
 * that prints nothing (a table of values filled in is no output).
 */
export function solutionOutputFence(code: string, parent: Parent, at: number): Code | undefined {
  if (!printing.test(code)) return undefined
  const node = parent.children[at]
  if (node?.type === 'containerDirective' && answerBlocks.test(node.name)) {
    return outputFence(node.children.find((child) => child.type !== 'heading'))
  }
  if (node?.type !== 'paragraph' || !openingLine.test(plainText(node).trim())) return undefined
  let next = at + 1
  while (parent.children[next]?.type === 'heading') next++
  return outputFence(parent.children[next])
}

function outputFence(node: Node | undefined): Code | undefined {
  if (node?.type !== 'code') return undefined
  const language = node.lang?.toLowerCase() ?? ''
  return outputLanguages.has(language) && runnerFor(language) === undefined ? node : undefined
}
