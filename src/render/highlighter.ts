import { createHighlighter, type Highlighter } from 'shiki'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

/** Shiki themes for code: the page follows the reader's colour scheme, the deck uses the light one. */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const

/**
 * Create the highlighter a thread shares for all its posts. Languages load
 * on first use.
 *
 * Note: shiki's JavaScript regex engine, not its WebAssembly Oniguruma: on
 * the bench it highlights as fast, starts quicker and holds some 70 MB less
 * per highlighter. `forgiving` skips the rare grammar pattern that native
 * regexes cannot express, so such a grammar colours less instead of failing
 * the build.
 */
export function createCodeHighlighter(): Promise<Highlighter> {
  return createHighlighter({
    themes: Object.values(codeThemes),
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  })
}
