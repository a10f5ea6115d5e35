import type { List, RootContent } from 'mdast'
import { endsWithLeadIn, isImageParagraph, isSpeakerProse } from '../prose.js'
import { isPicture } from './images.js'
import { isForNotes } from './page.js'

/**
 * Whether `node` goes on the slide of the block after it: a lead-in
 * ("Output:") before what it introduces, or a line or two of text before an
 * image (a step of a walkthrough above its screenshot).
 */
export function introducesNext(node: RootContent, next: RootContent): boolean {
  if (isSpeakerProse(next) || isForNotes(next)) return false
  if (endsWithLeadIn(node)) return true
  return isPicture(next) && (isCaption(node) || (node.type === 'list' && endsWithStep(node)))
}

function isCaption(node: RootContent): boolean {
  return node.type === 'paragraph' && !isImageParagraph(node) && !isSpeakerProse(node)
}

/** Whether a list ends with an item of a line or two of words alone: a step above its screenshot. */
function endsWithStep(list: List): boolean {
  const last = list.children.at(-1)
  return (
    list.children.length === 1 &&
    last !== undefined &&
    last.children.length === 1 &&
    last.children.every(isCaption)
  )
}
