import type { Page } from 'playwright-core'

/** What one slide of a deck looks like in the browser, with every fragment shown. */
export interface SlideInspection {
  /** `h/v` indices of the slide. */
  index: string
  /** Elements reaching outside the 1280×720 slide box, with how far. */
  outside: string[]
  /** Elements that hide content behind a scroll box or clipping. */
  hidden: string[]
  /** The slide's text and its speaker notes' text. */
  text: string
  notes: string
}

// Note: kept as plain JavaScript source, so no compiler helper leaks into the page.
const inspectInPage = `(async () => {
  const describe = (element) =>
    element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 40) + '"'
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const results = []
  Reveal.configure({ transition: 'none', backgroundTransition: 'none' })
  // The part of an element not clipped by an ancestor (KaTeX draws a \\sqrt far wider than the span that clips it).
  const visibleRect = (element, slide) => {
    const rect = element.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) return undefined
    let { left, top, right, bottom } = rect
    for (let parent = element.parentElement; parent && parent !== slide; parent = parent.parentElement) {
      const style = getComputedStyle(parent)
      // Only what is cut off for good: a scroll box's content still counts where it reaches.
      if (style.overflowX === 'hidden' || style.overflowX === 'clip') { left = Math.max(left, parent.getBoundingClientRect().left); right = Math.min(right, parent.getBoundingClientRect().right) }
      if (style.overflowY === 'hidden' || style.overflowY === 'clip') { top = Math.max(top, parent.getBoundingClientRect().top); bottom = Math.min(bottom, parent.getBoundingClientRect().bottom) }
    }
    return right > left && bottom > top ? { left, top, right, bottom } : undefined
  }
  for (const slide of Reveal.getSlides()) {
    const { h, v } = Reveal.getIndices(slide)
    Reveal.slide(h, v)
    for (const fragment of slide.querySelectorAll('.fragment')) fragment.classList.add('visible')
    await frame()
    const box = document.querySelector('.reveal .slides').getBoundingClientRect()
    const outside = []
    const hidden = []
    for (const element of slide.querySelectorAll('*')) {
      // Notes, and the MathML KaTeX keeps for screen readers (clipped to a pixel), are not shown.
      if (element.closest('aside.notes, .katex-mathml')) continue
      const rect = visibleRect(element, slide)
      if (!rect) continue
      const over = Math.max(box.left - rect.left, box.top - rect.top, rect.right - box.right, rect.bottom - box.bottom)
      if (over > 1) outside.push(describe(element) + ' by ' + Math.round(over) + 'px')
      const style = getComputedStyle(element)
      const clips = [style.overflowX, style.overflowY].some((value) => value === 'auto' || value === 'scroll' || value === 'hidden')
      if (clips && (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)) {
        hidden.push(describe(element))
      }
    }
    const notes = slide.querySelector(':scope > aside.notes')
    const shown = slide.cloneNode(true)
    for (const aside of shown.querySelectorAll('aside.notes')) aside.remove()
    results.push({ index: h + '/' + (v || 0), outside, hidden, text: shown.textContent || '', notes: notes ? notes.textContent || '' : '' })
  }
  return results
})()`

/**
 * Visit every slide of the reveal.js deck open in `page`, show all its
 * fragments, and measure what reaches outside the slide box or hides content.
 * The page must be 1280×720 so the deck is laid out at scale 1.
 */
export async function inspectDeck(page: Page): Promise<SlideInspection[]> {
  return page.evaluate(inspectInPage) as Promise<SlideInspection[]>
}
