import { describe, expect, it } from 'vitest'
import { mimeLabelLanguage } from '../../src/verify/mime-labels.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('a fence label written as a media type', () => {
  it('names the language of its subtype', () => {
    expect(mimeLabelLanguage('x-javascript')).toBe('javascript')
    expect(mimeLabelLanguage('text/x-python')).toBe('python')
    expect(mimeLabelLanguage('application/javascript')).toBe('javascript')
    expect(mimeLabelLanguage('text/javascript')).toBe('javascript')
    expect(mimeLabelLanguage('javascript')).toBeUndefined()
    expect(mimeLabelLanguage('x')).toBeUndefined()
  })

  it('runs in that language, and a subtype with no runner stays shown', () => {
    expect(runnerFor('x-javascript')?.id).toBe('javascript')
    expect(runnerFor('text/x-python')?.id).toBe('python')
    expect(runnerFor('x-sh')?.id).toBe('sh')
    expect(runnerFor('x-yaml')).toBeUndefined()
    expect(runnerFor('text/html')).toBeUndefined()
  })
})
