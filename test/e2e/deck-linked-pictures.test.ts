import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { measureDeck } from './deck-measures.js'
import { fixtureDecks } from './fixture-decks.js'

/** A picture addressed through Liquid with spaces (`{{ site.url }}/…`), linking to its source. */
const cases = ['deck-linked-pictures-en', 'deck-linked-pictures-zh'].map((name) => ({
  name,
  // A Jekyll site's layout: the post under `content/posts`, the site's files under `public/`.
  decks: fixtureDecks(['posts'], {
    folder: path.join(import.meta.dirname, 'fixtures', name, 'content'),
  }),
}))

describe.each(cases)('$name', ({ decks }) => {
  for (const [what, file] of [
    ['page', 'index.html'],
    ['deck', 'slides/index.html'],
  ] as const) {
    it(`shows the picture inside its link on the ${what}, not its source as text`, async () => {
      const page = await decks.newPage()
      await page.goto(decks.url('posts', ...file.split('/')))
      if (what === 'deck') await page.waitForFunction(`'Reveal' in window && Reveal.isReady()`)
      const linked = (await page.evaluate(`Promise.all([...document.querySelectorAll('a img')]
        .filter((img) => !img.closest('aside.notes') && /ring-buffer/.test(img.src))
        .map((img) => img.decode().then(() => [img.closest('a').getAttribute('href'), img.naturalWidth], () => [img.closest('a').getAttribute('href'), 0])))`)) as [
        string,
        number,
      ][]
      expect(linked).toEqual([['https://example.com/ring-buffer-drawing', 1200]])
      const text = (await page.evaluate(
        `[...document.querySelectorAll('${what === 'deck' ? '.reveal .slides' : '.post-body'}')].map((e) => e.textContent).join(' ')`,
      )) as string
      expect(text).not.toMatch(/\{\{|site\.url/)
      if (what === 'deck') {
        const measures = await measureDeck(page)
        expect(measures.overflowing).toEqual([])
        expect(measures.headingOnly).toEqual([])
      }
      await page.close()
    })
  }
})
