/*
 * Draws the page's or deck's Mermaid diagrams from their source, with the
 * local copy of Mermaid. Each is drawn apart from the page (mermaid.render),
 * so a diagram on a slide that is not shown yet is measured right.
 */
;(async () => {
  const deck =
    document.body.classList.contains('deck-light') || document.body.classList.contains('deck-dark')
  const dark = deck
    ? document.body.classList.contains('deck-dark')
    : matchMedia('(prefers-color-scheme: dark)').matches
  mermaid.initialize({
    startOnLoad: false,
    theme: dark ? 'dark' : 'default',
    securityLevel: 'strict',
  })
  let count = 0
  for (const element of document.querySelectorAll('.mermaid')) {
    count += 1
    try {
      const { svg } = await mermaid.render(`mermaid-diagram-${count}`, element.textContent)
      element.innerHTML = svg
      // Note: Mermaid names the kind of diagram in English (`flowchart-v2`); the page's word replaces it.
      const drawn = element.querySelector('svg')
      if (drawn && element.dataset.roleDescription) {
        drawn.setAttribute('aria-roledescription', element.dataset.roleDescription)
      }
    } catch (error) {
      console.warn('Mermaid could not draw a diagram:', error)
    }
    element.dataset.processed = 'true'
  }
})()
