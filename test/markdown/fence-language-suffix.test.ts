import { describe, expect, it } from 'vitest'
import { splitLanguageSuffix } from '../../src/markdown/fence-language-suffix.js'

describe('splitLanguageSuffix', () => {
  it('takes the highlighted lines off the language', () => {
    expect(splitLanguageSuffix('js{1,3-5}')).toEqual({ lang: 'js', suffix: '{1,3-5}' })
  })

  it('takes VitePress line-number switches off the language', () => {
    expect(splitLanguageSuffix('ts:line-numbers{2}')).toEqual({
      lang: 'ts',
      suffix: ':line-numbers{2}',
    })
    expect(splitLanguageSuffix('js:no-line-numbers')).toEqual({
      lang: 'js',
      suffix: ':no-line-numbers',
    })
    expect(splitLanguageSuffix('js:line-numbers=5')).toEqual({
      lang: 'js',
      suffix: ':line-numbers=5',
    })
  })

  it('leaves plain languages and other brace forms alone', () => {
    expect(splitLanguageSuffix('js')).toBeUndefined()
    expect(splitLanguageSuffix('c++')).toBeUndefined()
    expect(splitLanguageSuffix('{python}')).toBeUndefined()
    expect(splitLanguageSuffix('js:title')).toBeUndefined()
  })
})
