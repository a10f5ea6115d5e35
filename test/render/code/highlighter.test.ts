import { expect, it } from 'vitest'
import { codeThemes, createCodeHighlighter } from '../../../src/render/code/highlighter.js'

it('colours the first block of each language loaded like any later one, in both themes', async () => {
  const highlighter = await createCodeHighlighter()
  const colours = async (lang: string, code: string) => {
    await highlighter.loadLanguage(lang as 'js')
    return highlighter.codeToHtml(code, { lang, themes: codeThemes, defaultColor: 'light' })
  }
  const python = await colours('python', 'print(1)')
  const javascript = await colours('js', 'let a')
  expect(python).toContain('color:#0550AE;--shiki-dark:#79C0FF">print')
  expect(javascript).toContain('color:#CF222E;--shiki-dark:#FF7B72">let')
  expect(await colours('python', 'print(1)')).toBe(python)
  highlighter.dispose()
})
