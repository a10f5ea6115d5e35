import { type BundledLanguage, createHighlighter, type Highlighter } from 'shiki'
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
export async function createCodeHighlighter(): Promise<Highlighter> {
  const highlighter = await createHighlighter({
    themes: Object.values(codeThemes),
    langs: [],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  })
  // Note: shiki 4 colours the first block of a language just loaded, in both
  // themes, with the light theme's tokens all in its default colour. Each
  // language is tokenised once as it loads, so every block reads the same
  // whichever comes first (and whichever thread renders it).
  const load = highlighter.loadLanguage.bind(highlighter)
  highlighter.loadLanguage = async (...languages) => {
    const before = new Set(highlighter.getLoadedLanguages())
    await load(...languages)
    for (const lang of highlighter.getLoadedLanguages())
      if (!before.has(lang))
        highlighter.codeToTokensWithThemes(' ', {
          lang: lang as BundledLanguage,
          themes: codeThemes,
        })
  }
  return highlighter
}
