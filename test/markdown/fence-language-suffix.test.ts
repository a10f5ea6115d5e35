import { describe, expect, it } from 'vitest'
import { splitLanguageSuffix } from '../../src/markdown/fence-language-suffix.js'

describe('splitLanguageSuffix', () => {
  it('takes the highlighted lines off the language', () => {
    expect(splitLanguageSuffix('js{1,3-5}')).toEqual({
      lang: 'js',
      suffix: '{1,3-5}',
      meta: '{1,3-5}',
    })
  })

  it('takes VitePress line-number switches off the language, as expressive-code options', () => {
    expect(splitLanguageSuffix('ts:line-numbers{2}')).toEqual({
      lang: 'ts',
      suffix: ':line-numbers{2}',
      meta: 'showLineNumbers {2}',
    })
    expect(splitLanguageSuffix('js:no-line-numbers')).toEqual({
      lang: 'js',
      suffix: ':no-line-numbers',
      meta: 'showLineNumbers=false',
    })
    expect(splitLanguageSuffix('js:line-numbers=5')).toEqual({
      lang: 'js',
      suffix: ':line-numbers=5',
      meta: 'showLineNumbers startLineNumber=5',
    })
  })

  it("takes HackMD's line numbers and wrapping off the language", () => {
    expect(splitLanguageSuffix('javascript=')).toEqual({
      lang: 'javascript',
      suffix: '=',
      meta: 'showLineNumbers',
    })
    expect(splitLanguageSuffix('python=101')).toEqual({
      lang: 'python',
      suffix: '=101',
      meta: 'showLineNumbers startLineNumber=101',
    })
    expect(splitLanguageSuffix('js=+')).toEqual({
      lang: 'js',
      suffix: '=+',
      meta: 'showLineNumbers',
    })
    expect(splitLanguageSuffix('bash!')).toEqual({ lang: 'bash', suffix: '!', meta: 'wrap' })
    expect(splitLanguageSuffix('js=!')).toEqual({
      lang: 'js',
      suffix: '=!',
      meta: 'showLineNumbers wrap',
    })
  })

  it('leaves plain languages and other brace forms alone', () => {
    expect(splitLanguageSuffix('js')).toBeUndefined()
    expect(splitLanguageSuffix('c++')).toBeUndefined()
    expect(splitLanguageSuffix('{python}')).toBeUndefined()
    expect(splitLanguageSuffix('js:title')).toBeUndefined()
    expect(splitLanguageSuffix('js=x')).toBeUndefined()
  })
})
