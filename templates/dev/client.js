/*
 * postdeck dev, in the browser: reloads the page when its files change (a
 * deck keeps its slide, named in the URL), and shows the samples that fail.
 * The dev server adds it to every page it serves; built sites never load it.
 */
;(() => {
  const here = pagePath(location.pathname)
  const servedBuild = Number(document.currentScript?.dataset.build)
  // Note: the server gives the overlay's words in the page's language.
  const words = JSON.parse(document.currentScript?.dataset.words || '{}')
  const showsError = document.documentElement.hasAttribute('data-postdeck-error')
  let connected = false
  const slideKey = `postdeck-dev-slide:${location.pathname}`
  const events = new EventSource(
    `/__postdeck/events?${new URLSearchParams({ page: here, build: String(servedBuild) })}`,
  )
  let overlay

  events.addEventListener('reload', (event) => {
    const { pages } = JSON.parse(event.data)
    if (pages === 'all' || pages.includes(here)) reload()
  })
  returnToSlide()

  /**
   * Reload the page; a deck notes its slide first, since reveal.js writes
   * the slide into the URL up to a second late.
   */
  function reload() {
    if (window.Reveal?.isReady()) {
      sessionStorage.setItem(slideKey, JSON.stringify(window.Reveal.getIndices()))
    }
    location.reload()
  }

  function returnToSlide() {
    const saved = sessionStorage.getItem(slideKey)
    if (!saved || !window.Reveal) return
    sessionStorage.removeItem(slideKey)
    const { h, v, f } = JSON.parse(saved)
    const go = () => window.Reveal.slide(h, v, f)
    if (window.Reveal.isReady()) go()
    else window.Reveal.on('ready', go)
  }
  events.addEventListener('state', (event) => {
    const state = JSON.parse(event.data)
    // Note: a build may change the page between serving it and this
    // connection; its reload was then missed, so the first state tells.
    const missed = !connected && state.missed === true
    connected = true
    if (missed || state.errors.length > 0 !== showsError) reload()
    else showSamples(state)
  })

  /** The output file a URL path serves, as the server names pages: `posts/x/index.html`. */
  function pagePath(pathname) {
    const file = decodeURIComponent(pathname).replace(/^\/+/, '')
    return file === '' || file.endsWith('/') ? `${file}index.html` : file
  }

  function showSamples({ failures, verifying }) {
    // Note: the error page stands for the whole site; an overlay of samples on it would be stale.
    if (showsError || (failures.length === 0 && !verifying)) {
      overlay?.remove()
      overlay = undefined
      return
    }
    if (!overlay) {
      overlay = document.createElement('postdeck-dev-overlay')
      overlay.attachShadow({ mode: 'open' })
      document.body.append(overlay)
    }
    const root = overlay.shadowRoot
    root.replaceChildren()
    const style = document.createElement('style')
    style.textContent = `
      :host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483647;
        max-width: min(42rem, calc(100vw - 24px)); font: 14px/1.4 system-ui, sans-serif; }
      section { --fg: #1f2328; --bg: #fff; --red: #cf222e; --green: #1a7f37; --blue: #0969da;
        background: var(--bg); color: var(--fg); border: 2px solid var(--red); border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); padding: 8px 12px; }
      @media (prefers-color-scheme: dark) {
        section { --fg: #e6edf3; --bg: #161b22; --red: #ff7b72; --green: #7ee787; --blue: #79c0ff; }
      }
      section.busy { border-color: var(--blue); }
      h2 { font-size: 14px; margin: 0 0 4px; }
      ul { margin: 0; padding-left: 1.2em; max-height: 40vh; overflow: auto; }
      code, pre { font: 13px/1.4 ui-monospace, monospace; }
      a { color: var(--blue); }
      pre { margin: 4px 0 8px; white-space: pre-wrap; }
      .expected { color: var(--red); }
      .actual { color: var(--green); }
      button { position: absolute; top: 4px; right: 6px; border: 0; background: none;
        font-size: 18px; cursor: pointer; color: inherit; }`
    const box = document.createElement('section')
    box.setAttribute('role', 'status')
    box.className = failures.length === 0 ? 'busy' : ''
    const title = document.createElement('h2')
    const count =
      failures.length === 1
        ? words.oneFailure
        : words.failures.replace('{n}', String(failures.length))
    title.textContent =
      failures.length === 0 ? words.verifying : `${count}${verifying ? words.stillVerifying : ''}`
    const list = document.createElement('ul')
    for (const failure of failures) {
      const item = document.createElement('li')
      const location = document.createElement('a')
      location.href = failure.href
      location.title = words.openInEditor
      const code = document.createElement('code')
      code.textContent = failure.location
      location.append(code)
      item.append(location, ` ${words.byRule[failure.ruleId] ?? failure.summary}`)
      if (failure.diff.length > 0) {
        const diff = document.createElement('pre')
        for (const line of failure.diff) {
          const row = document.createElement('span')
          const sign = /│ ([-+]) /.exec(line)?.[1]
          if (sign) row.className = sign === '-' ? 'expected' : 'actual'
          row.textContent = `${line}\n`
          diff.append(row)
        }
        item.append(diff)
      }
      list.append(item)
    }
    const close = document.createElement('button')
    close.type = 'button'
    close.setAttribute('aria-label', words.hide)
    close.textContent = '×'
    close.addEventListener('click', () => {
      overlay?.remove()
      overlay = undefined
    })
    box.append(title, list, close)
    root.append(style, box)
  }
})()
