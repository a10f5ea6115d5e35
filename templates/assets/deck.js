/* Starts the postdeck reveal.js deck; works from disk, with no network. */

/*
 * Slides are planned to fit the 1280×720 canvas above its footer band (the
 * bottom 40 px, the slide-body's padding, where the page link, the slide
 * number and the arrows are); should one still be too full
 * (a font wider than planned, an image taller than estimated), a block shrunk
 * whole (code with no place to cut, a diagram) gets smaller first, alone, down
 * to its readable minimum (12 px for code, half size for a transcript, any size
 * for a text drawing, which opens full size in the viewer), so the
 * heading and the words keep their size; then the whole content is zoomed
 * down just enough, preferably not below 24 px for text and 18 px for code
 * (half size for a block that must not be cut: a diagram, a program's output,
 * display math). Below that only as a last resort: a slide never shows less
 * than all of its content, and its heading never goes below 24 px. Before
 * any of this, pictures give up height (`fitPictures`), and `<details>` are
 * opened. An image still loading has no height yet, so the
 * slide is fitted again once it has one.
 */
function fitSlide(slide) {
  var body = slide?.querySelector(':scope > .slide-body')
  if (!body || body.dataset.fitted) return
  body.dataset.fitted = 'true'
  // Note: a slide is not clicked through; what the page folds in `<details>` is shown open.
  for (var details of body.querySelectorAll('details')) details.open = true
  for (var image of body.querySelectorAll('img'))
    if (!image.complete) image.addEventListener('load', () => zoomToFit(body), { once: true })
  zoomToFit(body)
}

function zoomToFit(body) {
  body.style.zoom = ''
  body.style.height = ''
  var height = body.clientHeight
  if (height === 0) return
  keepHeadingsReadable(body, 1)
  if (fitPictures(body)) return
  if (shrinkWholeBlocks(body)) return
  var smallest = body.querySelector('.whole, .katex-display, math[display="block"]')
    ? 0.5
    : body.querySelector('pre')
      ? 18 / 19
      : 24 / 30
  var zoom = 1
  // Note: a zoomed body lays its text out anew (wider lines), so it is measured again after each step.
  for (let step = 0; step < 6; step++) {
    if (fits(body)) return
    const over = Math.max(
      contentHeight(body) / body.clientHeight,
      body.scrollWidth / body.clientWidth,
    )
    zoom = zoom > smallest ? Math.max(smallest, zoom / over) : zoom / over
    body.style.zoom = String(zoom)
    body.style.height = `${height / zoom}px`
    keepHeadingsReadable(body, zoom)
  }
}

/* A slide's headings never show below 24 px, however much its content is zoomed down. */
function keepHeadingsReadable(body, zoom) {
  for (const heading of body.querySelectorAll(':scope > :is(h1, h2, h3, h4, h5, h6)')) {
    heading.style.zoom = ''
    const size = parseFloat(getComputedStyle(heading).fontSize) * zoom
    if (size < 24) heading.style.zoom = String(24 / size)
  }
}

/*
 * Pictures take only the height left under their heading and the words
 * around them (reveal.js's r-stretch, measured here): on a slide too full,
 * every picture shrinks by the same share, keeping its proportions, down to
 * 80 px; pictures side by side count once. Whether the slide then fits.
 */
function fitPictures(body) {
  var pictures = [...body.querySelectorAll('img')]
  for (const picture of pictures) {
    picture.style.maxHeight = ''
    picture.style.objectFit = ''
  }
  if (pictures.length === 0) return fits(body)
  for (let step = 0; step < 4; step++) {
    if (fits(body)) return true
    const scale = body.offsetHeight / body.getBoundingClientRect().height
    const boxes = pictures.map((picture) => picture.getBoundingClientRect())
    const own = verticalSpan(boxes) * scale
    const excess = contentHeight(body) - body.clientHeight
    if (own <= 0) break
    const share = Math.max(0.01, own - excess) / own
    let shrunk = false
    for (const [index, picture] of pictures.entries()) {
      const shown = boxes[index].height * scale
      const next = Math.max(Math.min(80, shown), shown * share)
      if (next >= shown - 0.5) continue
      picture.style.maxHeight = `${Math.floor(next)}px`
      picture.style.objectFit = 'contain'
      shrunk = true
    }
    if (!shrunk) break
  }
  return fits(body)
}

/* How much height boxes take together, those side by side counted once. */
function verticalSpan(boxes) {
  var spans = boxes
    .filter((box) => box.height > 0)
    .map((box) => [box.top, box.bottom])
    .sort((a, b) => a[0] - b[0])
  var total = 0
  var end = -Infinity
  for (const [top, bottom] of spans) {
    if (bottom <= end) continue
    total += bottom - Math.max(top, end)
    end = bottom
  }
  return total
}

/*
 * Whether the body's content fits: a pixel of height is rounding, but no width
 * is: the scroll width is a whole number of pixels (a code line 1.4 px too wide
 * reads 1 px over).
 */
function fits(body) {
  return contentHeight(body) <= body.clientHeight + 1 && body.scrollWidth <= body.clientWidth
}

/*
 * Zoom the blocks shrunk whole (`.whole`) alone, each down to its readable
 * minimum, by the share of the slide they take; whether the slide then fits.
 */
function shrinkWholeBlocks(body) {
  var blocks = [...body.querySelectorAll(':scope > .whole')]
  for (const block of blocks) block.style.zoom = ''
  if (blocks.length === 0) return fits(body)
  // Note: a text drawing shrinks as far as it must; a click opens it at full size (`openViewer`).
  var least = (block) =>
    block.classList.contains('whole-code')
      ? 12 / 19
      : block.classList.contains('whole-drawing')
        ? 0.05
        : 0.5
  var zoom = 1
  for (let step = 0; step < 6; step++) {
    if (fits(body)) return true
    const box = body.getBoundingClientRect()
    const scale = body.offsetHeight / box.height
    const own = blocks.reduce(
      (total, block) => total + block.getBoundingClientRect().height * scale,
      0,
    )
    const excess = contentHeight(body) - body.clientHeight
    const tall = excess > 0 && own > 0 ? Math.max(0.01, own - excess) / own : 1
    const wide = Math.min(1, body.clientWidth / body.scrollWidth)
    const next = Math.max(Math.min(...blocks.map(least)), zoom * Math.min(tall, wide))
    if (next >= zoom - 0.001) break
    zoom = next
    for (const block of blocks) block.style.zoom = String(Math.max(least(block), zoom))
  }
  return fits(body)
}

/*
 * Height the body's content needs, its bottom padding (the footer band)
 * included, in the body's own pixels: its scroll height does not count that
 * padding under content that overflows it.
 */
function contentHeight(body) {
  var box = body.getBoundingClientRect()
  if (box.height === 0) return body.scrollHeight
  var scale = body.offsetHeight / box.height
  var bottom = 0
  for (var child of body.children) {
    const rect = child.getBoundingClientRect()
    if (rect.height > 0) bottom = Math.max(bottom, (rect.bottom - box.top) * scale)
  }
  return Math.max(
    body.scrollHeight,
    Math.ceil(bottom + parseFloat(getComputedStyle(body).paddingBottom)),
  )
}

/*
 * A link from the page names the section's id; a section that shares a slide
 * with its neighbours has its id on its heading, so go to that heading's slide.
 */
function slideOfHash() {
  var match = /^#\/([^/]+)/.exec(location.hash)
  if (!match) return
  var target = document.getElementById(decodeURIComponent(match[1]))
  var slide = target && target.tagName !== 'SECTION' ? target.closest('section[id]') : undefined
  if (slide) history.replaceState(null, '', `#/${encodeURIComponent(slide.id)}`)
}

/*
 * Every image of a slide opens in a viewer on a click, or on Enter or Space
 * once focused with Tab (only the shown slide's images take the focus, so Tab
 * never leads to another slide): fitted to the screen, then at its natural size
 * (scrolled with the arrow keys) on a click or `+`, and fitted again on `-`.
 * A text drawing or transcript shrunk whole (`.whole` code) opens the same way,
 * at its natural size.
 * Escape closes it and gives the focus back to the image. While it is open,
 * no key reaches reveal.js.
 */
function openViewer(image, words) {
  var dialog = document.createElement('dialog')
  dialog.className = 'image-viewer'
  dialog.setAttribute('aria-label', image.alt || words.enlarge || 'Image')
  var close = document.createElement('button')
  close.type = 'button'
  close.className = 'viewer-close'
  close.textContent = '×'
  close.setAttribute('aria-label', words.close || 'Close')
  close.addEventListener('click', () => dialog.close())
  var frame = document.createElement('div')
  frame.className = 'viewer-frame'
  frame.tabIndex = 0
  var shown = image.tagName === 'IMG' ? document.createElement('img') : image.cloneNode(true)
  if (image.tagName === 'IMG') {
    shown.src = image.currentSrc || image.src
    shown.alt = image.alt
  } else {
    shown.removeAttribute('style')
    shown.removeAttribute('role')
    shown.removeAttribute('tabindex')
    shown.removeAttribute('aria-label')
    shown.className = 'viewer-drawing'
  }
  shown.addEventListener('click', () => dialog.classList.toggle('natural'))
  frame.append(shown)
  dialog.append(close, frame)
  dialog.addEventListener('keydown', (event) => {
    event.stopPropagation()
    if (event.key === '+' || event.key === '=') dialog.classList.add('natural')
    if (event.key === '-') dialog.classList.remove('natural')
  })
  dialog.addEventListener('close', () => {
    dialog.remove()
    image.focus()
  })
  document.body.append(dialog)
  dialog.showModal()
  frame.focus()
}

/* What opens in the viewer: a slide's images, and its code shrunk whole that is not a program. */
var zoomable = '.reveal .slide-body img, .reveal .slide-body .whole:not(.whole-code)'

function makeImagesZoomable() {
  var words = JSON.parse(document.querySelector('.reveal')?.dataset.words || '{}')
  for (var image of document.querySelectorAll(zoomable)) {
    image.tabIndex = -1
    image.setAttribute('role', 'button')
    image.setAttribute('aria-label', [words.enlarge, image.alt].filter(Boolean).join(': '))
    image.addEventListener('click', (event) => openViewer(event.currentTarget, words))
    image.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return
      event.preventDefault()
      event.stopPropagation()
      openViewer(event.currentTarget, words)
    })
  }
}
makeImagesZoomable()

function focusableImages(current) {
  for (var image of document.querySelectorAll(zoomable))
    image.tabIndex = image.closest('section') === current ? 0 : -1
}
slideOfHash()
window.addEventListener('hashchange', slideOfHash)

/* reveal.js's controls, labelled in the deck's language. */
function labelControls() {
  var words = JSON.parse(document.querySelector('.reveal')?.dataset.words || '{}')
  var labels = {
    '.navigate-left': words.previous,
    '.navigate-right': words.next,
    '.navigate-up': words.above,
    '.navigate-down': words.below,
  }
  for (var [selector, label] of Object.entries(labels)) {
    if (label)
      document.querySelector(`.reveal .controls ${selector}`)?.setAttribute('aria-label', label)
  }
  var resume = document.querySelector('.reveal .pause-overlay .resume-button')
  if (resume && words.resume) resume.textContent = words.resume
}

Reveal.initialize({
  width: 1280,
  height: 720,
  margin: 0,
  center: false,
  hash: true,
  slideNumber: 'c/t',
  progress: true,
  pdfSeparateFragments: false,
  pdfMaxPagesPerSlide: 1,
  plugins: [RevealNotes],
}).then(() => {
  labelControls()
  fitSlide(Reveal.getCurrentSlide())
  focusableImages(Reveal.getCurrentSlide())
  Reveal.on('slidechanged', (event) => {
    fitSlide(event.currentSlide)
    focusableImages(event.currentSlide)
  })
})
