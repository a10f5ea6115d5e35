import type { RootContent } from 'mdast'
import { type ImageSizes, pictureFloor } from '../picture-metrics.js'
import { isKeyPoints } from '../prose.js'
import { isPicture } from './images.js'
import type { Page } from './page.js'
import { fittingSlack, twoLines } from './tiny-pages.js'

/** The most of a slide a caption of one line takes. */
const oneLineShare = 1 / 8

/**
 * A slide showing nothing but the key sentences of prose said after a
 * picture (the paragraph explaining a diagram, gone to the notes) goes under
 * that picture as its caption, with its notes, when the picture still shows
 * at a readable size above it, or the caption is a line (a tall picture gives
 * up an eighth of its height at most); the picture gives up the height.
 * Key sentences of two lines that would make it smaller go to its notes
 * only, as tiny-pages.ts does with other text of a line or two. A speaker
 * shows the diagram and says the paragraph, rather than give its key
 * sentence a slide of its own. Works on `pages` in place.
 */
export function captionPictures(
  pages: Page[],
  budget: number,
  heightOf: (node: RootContent) => number,
  sizes: ImageSizes,
): void {
  for (let index = pages.length - 1; index > 0; index--) {
    const page = pages[index] as Page
    const before = pages[index - 1] as Page
    const [only] = page.nodes
    if (page.nodes.length !== 1 || !only || !isKeyPoints(only)) continue
    if (!before.nodes.some(isPicture)) continue
    // The picture at its floor (a readable scale), everything else at its height.
    const rigid = before.nodes.reduce(
      (total, node) =>
        total + (isPicture(node) ? pictureFloor(node, sizes, budget) : heightOf(node)),
      0,
    )
    const caption = heightOf(only)
    // A line costs a tall picture little: it joins even a picture that then shows below its readable scale.
    const joins = rigid + caption <= budget * fittingSlack || caption <= budget * oneLineShare
    // Two lines that would make it smaller are said with it: the notes hold the paragraph whole already.
    if (!joins && caption > twoLines + 0.5) continue
    if (joins) before.nodes.push(only)
    before.notes.push(...page.notes)
    before.height = Math.min(budget, before.height + (joins ? caption : 0))
    pages.splice(index, 1)
  }
}
