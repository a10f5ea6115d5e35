import type { Heading, RootContent } from 'mdast'
import { bodyHeight } from '../slide-metrics.js'
import { keepFirst, moreLineHeight } from './budget.js'
import { smallerCode } from './code.js'
import { layout } from './layout.js'
import type { Page, PageOptions } from './page.js'
import { prepare } from './prepare.js'

export { isPicture } from './images.js'
export type { Page, PageOptions } from './page.js'

/** Slides a section may take before the deck shows less and points to the page. */
const maxSlidesPerSection = 4

/**
 * Lay `blocks` out on as many slides as they need: long prose goes to the
 * notes (its key sentences stay on a slide that would otherwise be empty);
 * a lead-in stays with the block it introduces, and a sample's output with
 * its code; lists (by items), code (between top-level statements, at blank
 * lines) and tables (by rows, the header repeated) too tall for one slide are
 * cut into balanced parts; diagrams and outputs are never cut but shrunk;
 * an image that would show below half its size starts a slide; consecutive
 * images form a grid. A section takes at most four slides, those given to a
 * picture included: beyond, its code gets smaller, then the rest goes to the
 * notes with a link to the page.
 */
export function paginate(
  blocks: readonly RootContent[],
  heading: Heading | undefined,
  options: PageOptions,
): Page[] {
  const prepared = prepare(blocks, options)
  const most = options.maxSlides ?? maxSlidesPerSection
  let pages = layout(prepared, bodyHeight(heading), options)
  if (pages.length <= most) return pages
  pages = layout(prepared.map(smallerCode), bodyHeight(heading), options)
  if (pages.length <= most) return pages
  const room = bodyHeight(heading) - moreLineHeight
  pages = layout(prepared.map(smallerCode), room, options)
  return keepFirst(pages, most, options)
}
