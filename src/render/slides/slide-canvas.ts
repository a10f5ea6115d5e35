// The slide canvas, its type sizes, and the width text takes on it.

/**
 * The slide canvas and its type sizes, in the deck's logical pixels; the deck
 * CSS (templates/assets/deck.css) uses the same numbers.
 */
export const canvas = {
  width: 1280,
  height: 720,
  padding: 40,
  /**
   * The band at the bottom no content enters: the page link, the slide number
   * and the arrows are there (deck.css: the slide body's bottom padding).
   */
  footerBand: 40,
  headingSize: 44,
  headingLineHeight: 1.2,
  headingGap: 24,
  textSize: 30,
  textLineHeight: 1.35,
  codeSize: 19,
  codeLineHeight: 1.45,
  blockGap: 18,
} as const

/** Width of the text on a slide, in logical pixels. */
export const slideTextWidth = canvas.width - 2 * canvas.padding

/**
 * Width of text in pixels at `size`: wide (CJK) characters are one em, others
 * half an em (measured in Chromium for the deck's sans-serif stack: 0.49).
 */
export function textWidthOf(text: string, size: number): number {
  let width = 0
  for (const character of text) width += isWide(character) ? size : size * 0.5
  return width
}

/** Whether a character is wide (CJK, full-width forms): one em on a slide, two columns of code. */
export function isWide(character: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u.test(
    character,
  )
}

/** Lines `text` wraps to in `width` pixels. */
export function wrappedLines(text: string, width: number, size: number): number {
  return text
    .split('\n')
    .reduce((total, line) => total + Math.max(1, Math.ceil(textWidthOf(line, size) / width)), 0)
}
