import type { List, RootContent } from 'mdast'
import { endsWithLeadIn, isImageParagraph, isSpeakerProse } from '../prose.js'
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
 * one short step above its screenshot.
 */
export function introducesNext(node: RootContent, next: RootContent): boolean {
  if (isSpeakerProse(next) || isForNotes(next)) return false
  if (endsWithLeadIn(node)) return true
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
