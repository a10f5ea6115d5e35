import type { List, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { endsWithLeadIn, isImageParagraph, isSpeakerProse } from '../prose.js'
import { textLinesOf } from '../slide-metrics.js'
import { isPicture } from './images.js'
import { isForNotes } from './page.js'

/**
 * Whether `node` is a lead-in of the block after it, and goes on that block's
 * slide. A lead-in is a short paragraph (a line or two: longer prose is the
 * speaker's) directly before a block it introduces, code, a sample's output,
 * a list, a table, a picture or display math, whatever it ends with ("Output:",
 * "Running this prints the following.", "结果如下"); a paragraph ending in a
 * colon introduces whatever is shown after it, and so does a list whose last
 * item ends in one (a numbered step "Run it:" above its code), or a list of
 * one short step above its screenshot. A step's title written as a line of
 * its own (`2、remove —— 删除…`, "Step 3 Deploy", a bold line) introduces
 * whatever is shown after it, unless that is the next step's title: a run of
 * such lines is a list.
 */
export function introducesNext(node: RootContent, next: RootContent): boolean {
  if (isSpeakerProse(next) || isForNotes(next)) return false
  if (endsWithLeadIn(node)) return true
  if (isStepTitle(node))
    return next.type !== 'heading' && next.type !== 'thematicBreak' && !isStepTitle(next)
  if (isShortText(node) && isIntroduced(next)) return true
  return isPicture(next) && node.type === 'list' && endsWithStep(node)
}

/** Blocks a short paragraph before them introduces. */
function isIntroduced(node: RootContent): boolean {
  return (
    node.type === 'code' ||
    node.type === 'sampleOutput' ||
    node.type === 'list' ||
    node.type === 'table' ||
    node.type === 'math' ||
    isPicture(node)
  )
}

/** A paragraph of a line or two of words, without images. */
function isShortText(node: RootContent): boolean {
  return node.type === 'paragraph' && !isImageParagraph(node) && !isSpeakerProse(node)
}

/** Whether a list ends with an item of a line or two of words alone: a step above its screenshot. */
function endsWithStep(list: List): boolean {
  const last = list.children.at(-1)
  return (
    list.children.length === 1 &&
    last !== undefined &&
    last.children.length === 1 &&
    last.children.every(isShortText)
  )
}

/** An enumeration opening a line: `2、`, `(3)`, `（三）`, `二、`, `第二步`, `Step 2`. */
const stepNumber =
  /^(?:\d{1,2}\s*、|[(（]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*、|第\s*[\d一二三四五六七八九十]{1,3}\s*[步章节部点]|step\s+\d{1,2}\b)/i

/**
 * Whether a paragraph is a step's or an item's title in all but name: one
 * short line opening with an enumeration, or wholly bold, that ends no
 * sentence.
 */
export function isStepTitle(node: RootContent): boolean {
  if (!isShortText(node) || node.type !== 'paragraph') return false
  const text = plainText(node).trim()
  if (text.length === 0 || textLinesOf(text) > 1 || /[。.！!？?；;]$/.test(text)) return false
  const content = node.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  )
  const bold = content.length === 1 && content[0]?.type === 'strong'
  return bold || stepNumber.test(text)
}
