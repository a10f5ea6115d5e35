import { describe, expect, it } from 'vitest'
import { marksHighlightsWithTags } from '../../src/verify/read/highlight-tags.js'
import { runnableCode } from '../../src/verify/read/sample-code.js'

describe('<mark> tags in code', () => {
  it('are a post’s highlight markup when one sits outside any string', () => {
    expect(marksHighlightsWithTags(['var a = 1', 'f(<mark>a</mark>)'])).toBe(true)
    expect(marksHighlightsWithTags(['function f (<mark>...rest</mark>) {}'])).toBe(true)
  })

  it('are the code’s own text when they only sit inside strings', () => {
    expect(marksHighlightsWithTags(["html = '<mark>' + hit + '</mark>'"])).toBe(false)
    expect(marksHighlightsWithTags(['s = `<mark>hit</mark>`', 'x = "<mark>"'])).toBe(false)
    // A lone opening tag marks nothing.
    expect(marksHighlightsWithTags(['a <mark> b'])).toBe(false)
  })

  it('are taken out, strings too, keeping every line where it was', () => {
    const code = 'var t = `at <mark>host</mark>`\n<mark>swap()\nmore()</mark>\nend()'
    expect(runnableCode(code, true)).toBe('var t = `at host`\nswap()\nmore()\nend()')
    expect(runnableCode(code)).toBe(code)
  })
})
