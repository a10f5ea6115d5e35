import { createHighlighter, type Highlighter } from 'shiki'

/** Shiki themes for code: the page follows the reader's colour scheme, the deck uses the light one. */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const

/**
 * Create the one highlighter a build shares. Languages load on first use.
 *
 * Note: creating a highlighter loads a WebAssembly regex engine and themes;
 * it is done once per build, not per post.
 */
export function createCodeHighlighter(): Promise<Highlighter> {
  return createHighlighter({ themes: Object.values(codeThemes), langs: [] })
}
