import type { InterfaceWords } from './word-list.js'

/** What a deck says of what a slide leaves to the page, in one language. */
export interface DeckNotes {
  /** `… 2 more slides of it (5 blocks) on the page`, after a section cut short. */
  moreSlides(slides: number, blocks: number): string
  /** `… 12 more lines of output on the page`, under the head of a long output. */
  moreOutput(lines: number): string
  /** `… 12 more lines of code on the page`, under the head of code too long to show whole. */
  moreCode(lines: number): string
}

/** The deck's notes of `words`: their own phrases, or English where they have none. */
export function deckNotes(words: InterfaceWords): DeckNotes {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  return {
    moreSlides: (slides, blocks) =>
      `… ${
        words.moreOnPage
          ? words.moreOnPage.replace('{slides}', String(slides)).replace('{blocks}', String(blocks))
          : `${slides} more ${slides === 1 ? 'slide' : 'slides'} of it (${plural(blocks, 'block')}) on the page`
      }`,
    moreOutput: (lines) =>
      `… ${
        words.moreOutput
          ? words.moreOutput.replace('{n}', String(lines))
          : `${plural(lines, 'more line')} of output on the page`
      }`,
    moreCode: (lines) =>
      `… ${
        words.moreCode
          ? words.moreCode.replace('{n}', String(lines))
          : `${plural(lines, 'more line')} of code on the page`
      }`,
  }
}
