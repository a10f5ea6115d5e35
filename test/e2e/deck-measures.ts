import type { Page } from 'playwright-core'

/** How presentable a deck is, slide by slide, as measured in the browser. */
export interface DeckMeasures {
  slides: number
  /** Slides with an element reaching outside the 1280×720 canvas. */
  overflowing: string[]
  /** Slides showing nothing at all. */
  blank: string[]
  /** Slides showing a heading and nothing else. */
  headingOnly: string[]
  /** Slides (the title slide aside) whose content ends in the top 200 px. */
  nearlyEmpty: string[]
  /**
   * Slides ending on a lead-in cut from its block: a paragraph or a list's last step ending in a colon
   * ("Output:", "运行结果："), or a short paragraph (a line or two) whose section goes on, on the next
   * slide, with the block it introduces (code, an output, a list, a table, a picture, display math).
   */
  cutLeadIns: string[]
  /** Slides starting with a sample's output, its code on the slide before. */
  outputsApart: string[]
  /** Continuation slides (`(k/n)`) showing one or two lines, or a lone closing token. */
  tinyParts: string[]
  /** Sections continued on more than three further slides. */
  longRuns: string[]
  /** Images shown below half their natural size beside other blocks (alone on a slide, they are as large as it allows; in a grid, a click shows them whole). */
  shrunkImages: string[]
  /** Images below half their natural size that neither a click nor the keyboard (Tab, Enter) opens larger. */
  unzoomable: string[]
  /** Slides of a post written as slides, each as its author cut it (`.authored-slide`): a one-line slide there is the author's, not a fault. */
  authoredSlides: number
  /** Slides given to one picture (`.picture-slide`). */
  pictureSlides: number
  /** Images still below half their natural size on a slide of their own: wider than the slide, opened larger on demand. */
  smallPictures: string[]
  /** Whether pressing → from the first slide visits every slide, in order. */
  arrowReachesAll: boolean
  /** Slides with content (a line of text, a code box, a table, an image) under a control: the page link, the slide number or an arrow. */
  underControls: string[]
  /** Whether a deck control (slide number, arrows, page link) overlaps another. */
  controlsOverlap: boolean
  /** Slide and note text, for coverage. */
  text: string
}

// Note: plain JavaScript source, so no compiler helper leaks into the page.
const measureInPage = `(async (pageLeadIns, pageSectionEnds) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  Reveal.configure({ transition: 'none', backgroundTransition: 'none' })
  const m = { slides: 0, overflowing: [], blank: [], headingOnly: [], nearlyEmpty: [], cutLeadIns: [], outputsApart: [], tinyParts: [], longRuns: [], shrunkImages: [], unzoomable: [], underControls: [], pictureSlides: 0, smallPictures: [], authoredSlides: 0, text: '' }
  // The part of an element not clipped by an ancestor (KaTeX draws a \\sqrt far wider than the span that clips it).
  const visibleRect = (element, slide) => {
    const rect = element.getBoundingClientRect()
    if (rect.width === 0 && rect.height === 0) return undefined
    let { left, top, right, bottom } = rect
    for (let parent = element.parentElement; parent && parent !== slide; parent = parent.parentElement) {
      const style = getComputedStyle(parent)
      // Only what is cut off for good: a scroll box's content still counts where it reaches.
      const clip = (value) => value === 'hidden' || value === 'clip'
      if (!clip(style.overflowX) && !clip(style.overflowY)) continue
      const outer = parent.getBoundingClientRect()
      if (clip(style.overflowX)) { left = Math.max(left, outer.left); right = Math.min(right, outer.right) }
      if (clip(style.overflowY)) { top = Math.max(top, outer.top); bottom = Math.min(bottom, outer.bottom) }
    }
    return right > left && bottom > top ? { left, top, right, bottom } : undefined
  }
  // The shown controls of the deck's frame and of this slide: arrows (reveal.js keeps the hidden ones at opacity 0).
  const controlRects = (slide) => [...document.querySelectorAll('.reveal .controls button, .reveal .slide-number'), ...slide.querySelectorAll(':scope > .page-link')]
    .filter((element) => { const style = getComputedStyle(element); return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 })
    .map((element) => element.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0)
  // What of a slide's content a control covers: a line of text (each line's own box, not its paragraph's),
  // or a box drawn whole (code, a table, an image); the first such thing, or undefined.
  const underControl = (slide, body) => {
    const controls = controlRects(slide)
    const meets = (a) => controls.some((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
    for (const box of body.querySelectorAll('pre, table, img, svg, video, iframe, .sample-output'))
      if (meets(box.getBoundingClientRect())) return box.tagName.toLowerCase()
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim() || node.parentElement.closest('pre, table, svg, .katex-mathml')) continue
      const range = document.createRange()
      range.selectNodeContents(node)
      for (const rect of range.getClientRects()) if (rect.width > 0 && meets(rect)) return node.textContent.trim().slice(0, 30)
    }
    return undefined
  }
  // A paragraph of a line or two of words (not the line pointing to the page, nor key sentences).
  const isShortLine = (element) => element.tagName === 'P' && !element.classList.contains('more-on-page') && !element.querySelector('img') && (element.textContent || '').trim().length <= 160
  // Blocks a short paragraph before them introduces.
  const introduced = (element) => element.matches('pre, ol, ul, table, .sample-output, .image-grid, .katex-display, math[display="block"]') || element.querySelector(':scope > pre') !== null || (element.querySelector('img') !== null && (element.textContent || '').trim() === '')
  // Whether a slide goes on with the section of the slide before: its heading is a continuation, "(2/3)".
  const continues = (blocks) => { const heading = blocks.find((element) => /^H[1-6]$/.test(element.tagName)); const part = heading && /\\((\\d+)\\/\\d+\\)\\s*$/.exec(heading.textContent || ''); return part ? Number(part[1]) > 1 : false }
  // The last short paragraph of the slide before, with its slide's name, when the page has it right above
  // the block it introduces (not a closing remark, whose next paragraphs went to the notes).
  let pending
  const normalise = (text) => text.replace(/\\s+/g, ' ').trim()
  const isPageLeadIn = (element) => !pageLeadIns || pageLeadIns.includes(normalise(element.textContent || ''))
  const all = Reveal.getSlides()
  m.slides = all.length
  const texts = []
  for (const [position, slide] of all.entries()) {
    const { h, v } = Reveal.getIndices(slide)
    const name = h + '/' + (v || 0) + (slide.id ? ' #' + slide.id : '')
    Reveal.slide(h, v)
    for (const fragment of slide.querySelectorAll('.fragment')) fragment.classList.add('visible')
    await frame()
    for (const img of slide.querySelectorAll('img')) {
      if (!img.complete) await new Promise((resolve) => { img.onload = img.onerror = resolve })
    }
    await frame()
    const box = document.querySelector('.reveal .slides').getBoundingClientRect()
    const body = slide.querySelector(':scope > .slide-body')
    const notes = slide.querySelector(':scope > aside.notes')
    const shown = slide.cloneNode(true)
    for (const aside of shown.querySelectorAll('aside.notes')) aside.remove()
    texts.push(shown.textContent || '', notes ? notes.textContent || '' : '')
    // List items also as the page's blocks are read: without the lists and code they hold.
    for (const item of [...shown.querySelectorAll('li'), ...(notes ? notes.querySelectorAll('li') : [])]) {
      const clone = item.cloneNode(true)
      for (const nested of clone.querySelectorAll('ul, ol, pre')) nested.remove()
      texts.push(clone.textContent || '')
    }
    let over = 0
    for (const element of slide.querySelectorAll('*')) {
      // Notes, and the MathML KaTeX keeps for screen readers (clipped to a pixel), are not shown.
      if (element.closest('aside.notes, .katex-mathml')) continue
      const rect = visibleRect(element, slide)
      if (!rect) continue
      over = Math.max(over, box.left - rect.left, box.top - rect.top, rect.right - box.right, rect.bottom - box.bottom)
    }
    if (over > 1) m.overflowing.push(name + ' by ' + Math.round(over) + 'px')
    if (!body) continue
    const under = underControl(slide, body)
    if (under) m.underControls.push(name + ' "' + under + '"')
    const blocks = [...body.children].filter((element) => element.getBoundingClientRect().height > 0)
    const isHeading = (element) => /^H[1-6]$/.test(element.tagName)
    const content = blocks.filter((element) => !isHeading(element))
    const visibleText = (body.textContent || '').trim()
    const authored = slide.classList.contains('authored-slide')
    if (authored) m.authoredSlides++
    if (blocks.length === 0 || (visibleText === '' && !body.querySelector('img, svg'))) m.blank.push(name)
    else if (content.length === 0 && !authored) m.headingOnly.push(name)
    if (position > 0 && blocks.length > 0 && !authored) {
      const bottom = Math.max(...blocks.map((element) => element.getBoundingClientRect().bottom)) - box.top
      if (bottom < 200) m.nearlyEmpty.push(name)
    }
    const last = content.at(-1)
    // A lead-in paragraph, or a list whose last item (a numbered step) ends on one.
    const step = last && /^[OU]L$/.test(last.tagName) ? last.lastElementChild : undefined
    const lastLine = step && !step.querySelector('ul, ol, pre, img') ? step : last && last.tagName === 'P' ? last : undefined
    // A line ending its section on the page (the author's list "…确认：" with nothing after it) has no block to be cut from.
    const endsSection = (element) => pageSectionEnds !== null && pageSectionEnds.includes(normalise(element.textContent || ''))
    const cut = lastLine && /[:：]\\s*$/.test(lastLine.textContent || '') && !lastLine.querySelector('img') && !endsSection(lastLine)
    if (cut) {
      m.cutLeadIns.push(name + ' "' + (lastLine.textContent || '').trim().slice(-30) + '"')
    } else if (pending && continues(blocks) && content[0] && introduced(content[0])) {
      m.cutLeadIns.push(pending)
    }
    // Counted once: a lead-in ending in a colon is not counted again on the next slide.
    pending = !cut && last && isShortLine(last) && isPageLeadIn(last) ? name + ' "' + (last.textContent || '').trim().slice(-30) + '"' : undefined
    if (content[0] && content[0].classList.contains('sample-output')) m.outputsApart.push(name)
    const heading = blocks.find(isHeading)
    const part = heading && /\\((\\d+)\\/(\\d+)\\)\\s*$/.exec(heading.textContent || '')
    if (part) {
      const lines = content.reduce((total, element) => {
        if (element.tagName === 'PRE' || element.querySelector('pre')) return total + (element.textContent || '').trimEnd().split('\\n').length
        if (element.tagName === 'UL' || element.tagName === 'OL') return total + element.querySelectorAll('li').length
        if (element.tagName === 'TABLE') return total + element.querySelectorAll('tbody tr').length
        return total + Math.max(1, Math.round(element.getBoundingClientRect().height / 40))
      }, 0)
      const lone = content.length === 1 && (content[0].textContent || '').trim() !== '' && /^[\\s\\]\\)\\}>;,]*$/.test(content[0].textContent || '')
      if (Number(part[1]) > 1 && (lines <= 2 || lone)) m.tinyParts.push(name + ' (' + lines + ' lines)')
      if (Number(part[1]) === 1 && Number(part[2]) > 4) m.longRuns.push(name + ' (' + part[2] + ' slides)')
    }
    // An image alone on its slide (under its heading and lead-in) is as large as the slide allows; so are
    // the pictures of one block holding nothing else but their captions (an HTML grid of figures, a <details>).
    const others = content.filter((element) => !(element.tagName === 'P' && /[:：]\\s*$/.test(element.textContent || '') && !element.querySelector('img')))
    const onlyPictures = (element) => {
      const words = element.cloneNode(true)
      for (const caption of words.querySelectorAll('figcaption, summary')) caption.remove()
      return (words.textContent || '').trim() === ''
    }
    const alone = others.length === 1 && (others[0].querySelectorAll('img').length === others[0].children.length || onlyPictures(others[0]))
    const picture = slide.classList.contains('picture-slide')
    if (picture) m.pictureSlides++
    for (const img of body.querySelectorAll('img')) {
      const rect = img.getBoundingClientRect()
      const small = img.naturalWidth > 0 && rect.width < img.naturalWidth / 2
      const label = name + ' ' + Math.round(rect.width) + '/' + img.naturalWidth + 'px'
      if (small && (img.tabIndex < 0 || img.getAttribute('role') !== 'button')) m.unzoomable.push(label)
      if (small && picture) m.smallPictures.push(label)
      if (alone || picture || position === 0 || img.closest('.image-grid')) continue
      if (small && rect.width < 1200 && rect.height < 640) m.shrunkImages.push(label)
    }
  }
  m.text = texts.join(' ')
  return m
})`

/** Controls of the deck's frame that must not cover one another. */
const controlsInPage = `(() => {
  const visible = (element) => element && getComputedStyle(element).display !== 'none' && getComputedStyle(element).visibility !== 'hidden' && element.getBoundingClientRect().width > 0
  const groups = [
    [...document.querySelectorAll('.reveal .controls button')].filter(visible),
    [document.querySelector('.reveal .slide-number')].filter(visible),
    [...document.querySelectorAll('.reveal .slides section.present > .page-link')].filter(visible),
  ].map((elements) => elements.map((element) => element.getBoundingClientRect()))
  const meets = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
  for (const [i, group] of groups.entries())
    for (const other of groups.slice(i + 1))
      for (const a of group) for (const b of other) if (meets(a, b)) return true
  return false
})()`

/**
 * Measure the reveal.js deck open in `page` (1280×720, so at scale 1): every
 * slide with its fragments shown, then a walk with the → key from the first
 * slide, which must visit each slide once, in document order.
 */
export async function measureDeck(
  page: Page,
  leadIns?: readonly string[],
  sectionEnds?: readonly string[],
): Promise<DeckMeasures> {
  const measures = (await page.evaluate(
    `${measureInPage}(${JSON.stringify(leadIns ?? null)}, ${JSON.stringify(sectionEnds ?? null)})`,
  )) as Omit<DeckMeasures, 'arrowReachesAll' | 'controlsOverlap'>
  await page.evaluate(`(() => {
    Reveal.slide(Reveal.getTotalSlides() > 1 ? 1 : 0, 0, -1)
    for (const fragment of document.querySelectorAll('.fragment')) fragment.classList.remove('visible')
    Reveal.sync()
  })()`)
  const controlsOverlap = (await page.evaluate(controlsInPage)) as boolean
  await page.evaluate('Reveal.slide(0, 0, -1)')
  const seen = new Set<string>()
  for (let step = 0; step < measures.slides * 4 + 20; step++) {
    seen.add(String(await page.evaluate(`Reveal.getSlides().indexOf(Reveal.getCurrentSlide())`)))
    if (seen.size === measures.slides) break
    await page.keyboard.press('ArrowRight')
  }
  return { ...measures, arrowReachesAll: seen.size === measures.slides, controlsOverlap }
}

/**
 * Text blocks of a post's page body: paragraphs, list items, table cells,
 * headings and code lines; controls (anchors, back links of footnotes) and
 * text only screen readers get are left out.
 */
export async function pageTextBlocks(page: Page): Promise<string[]> {
  const blocks = (await page.evaluate(`(() => {
    const body = document.querySelector('.post-body')
    for (const element of body.querySelectorAll('.heading-anchor, .present-link, .sample-output, button, [data-footnote-backref], .sr-only')) element.remove()
    const texts = []
    for (const element of body.querySelectorAll('p, li, td, th, h2, h3, h4, h5, h6')) {
      const clone = element.cloneNode(true)
      for (const nested of clone.querySelectorAll('ul, ol, pre')) nested.remove()
      // A list item's paragraphs, quotes and tables are blocks of their own: a deck may keep a quote on the slide, the words in the notes.
      if (element.tagName === 'LI') for (const nested of clone.querySelectorAll('p, blockquote, table')) nested.remove()
      // Lines a <br> separates are pieces of their own: a deck may show them apart (paragraphs written with <br><br>).
      for (const lineBreak of clone.querySelectorAll('br')) lineBreak.replaceWith('\\u0001')
      texts.push(...clone.textContent.split('\\u0001'))
    }
    for (const code of body.querySelectorAll('pre')) texts.push(...code.textContent.split('\\n'))
    return texts
  })()`)) as string[]
  return blocks.map(normaliseText).filter((text) => text !== '')
}

/**
 * Short paragraphs of a post's page right above a block they may introduce
 * (code, a list, a table, an output, a picture, display math), as the deck
 * measure reads them: a short line ending a slide whose next slide goes on
 * with such a block is a cut lead-in only when the page has it there.
 */
export async function pageLeadIns(page: Page): Promise<string[]> {
  const texts = (await page.evaluate(`(() => {
    const introduced = (element) => element.matches('pre, ol, ul, table, .sample-output, .image-grid, figure, .katex-display, math[display="block"]') || element.querySelector(':scope > pre') !== null || (element.querySelector('img') !== null && (element.textContent || '').trim() === '')
    return [...document.querySelectorAll('.post-body p')]
      .filter((p) => !p.querySelector('img') && p.nextElementSibling && introduced(p.nextElementSibling))
      .map((p) => p.textContent || '')
  })()`)) as string[]
  return texts.map(normaliseText)
}

/**
 * Lines of a post's page ending in a colon with nothing after them in their
 * section (a paragraph, or a list's last item, then only a rule before the
 * next heading or the end): what they announce is not in the post, so a
 * slide ending on one cuts nothing from it.
 */
export async function pageSectionEnds(page: Page): Promise<string[]> {
  const texts = (await page.evaluate(`(() => {
    const body = document.querySelector('.post-body')
    if (!body) return []
    const shows = (element) => !/^(HR|SCRIPT|STYLE)$/.test(element.tagName) && ((element.textContent || '').trim() !== '' || element.querySelector('img, svg, video, iframe') !== null)
    const nothingAfter = (element) => {
      for (let block = element; block && block !== body; block = block.parentElement) {
        for (let next = block.nextElementSibling; next; next = next.nextElementSibling) {
          if (block.parentElement === body && /^H[1-6]$/.test(next.tagName)) return true
          if (shows(next)) return false
        }
      }
      return true
    }
    return [...body.querySelectorAll('p, li')]
      .filter((line) => /[:：]\\s*$/.test(line.textContent || '') && !line.querySelector('ul, ol, pre, img') && nothingAfter(line))
      .map((line) => line.textContent || '')
  })()`)) as string[]
  return texts.map(normaliseText)
}

/** Whitespace folded, so page and slide text compare however each wraps. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Share of the page's text (by characters) found on the slides or in the notes, and what is missing. */
export function coverage(
  blocks: readonly string[],
  deckText: string,
): { ratio: number; missing: string[] } {
  const haystack = normaliseText(deckText)
  const missing = blocks.filter((block) => !haystack.includes(block))
  const total = blocks.reduce((sum, block) => sum + block.length, 0)
  const lost = missing.reduce((sum, block) => sum + block.length, 0)
  return { ratio: total === 0 ? 1 : 1 - lost / total, missing }
}
