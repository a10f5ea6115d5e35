import { describe, expect, it } from 'vitest'
import { isStructuralHtml } from '../../src/verify/read/outputs/fences/structural-tags.js'

const html = (value: string) => ({ type: 'html', value })

describe('isStructuralHtml', () => {
  it('passes over the tags framing a notebook cell, empty of content', () => {
    expect(isStructuralHtml(html('</div>'))).toBe(true)
    expect(isStructuralHtml(html('<div class="output_wrapper" markdown="1">'))).toBe(true)
    expect(isStructuralHtml(html('</div>\n</div>\n<div class="cell">'))).toBe(true)
  })

  it('keeps an annotation, a picture and an element holding words', () => {
    expect(isStructuralHtml(html('<!-- verify: skip -->'))).toBe(false)
    expect(isStructuralHtml(html('<img src="out.png">'))).toBe(false)
    expect(isStructuralHtml(html('<div>输出如下</div>'))).toBe(false)
    expect(isStructuralHtml({ type: 'paragraph' })).toBe(false)
  })
})
