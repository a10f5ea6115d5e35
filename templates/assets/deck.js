/* Starts the postdeck reveal.js deck; works from disk, with no network. */

/*
 * Slides are planned to fit the 1280×720 canvas; should one still be too full
 * (a font wider than planned, say), its content is zoomed down just enough,
 * never below 24 px for text and 18 px for code.
 */
function fitSlide(slide) {
  var body = slide?.querySelector(':scope > .slide-body')
  if (!body || body.dataset.fitted) return
  body.dataset.fitted = 'true'
  var height = body.clientHeight
  var needed = body.scrollHeight
  if (height === 0 || needed <= height + 1) return
  var smallest = body.querySelector('pre') ? 18 / 19 : 24 / 30
  var zoom = Math.max(smallest, height / needed)
  body.style.zoom = String(zoom)
  body.style.height = `${height / zoom}px`
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
  fitSlide(Reveal.getCurrentSlide())
  Reveal.on('slidechanged', (event) => {
    fitSlide(event.currentSlide)
  })
})
