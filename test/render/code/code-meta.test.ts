import { describe, expect, it } from 'vitest'
import { metaFlag, metaOption, parseMeta } from '../../../src/render/code/code-meta.js'

describe('parseMeta', () => {
  it('reads a fence meta as expressive-code does', () => {
    const items = parseMeta(
      String.raw`title="a b.js" {1, 4-6} ins={7} collapse={2-3} "text" 'it''s' /re\/(x)/ del="y" ins=/z+/ wrap startLineNumber=5 showLineNumbers=false frame=terminal`,
    )
    expect(items).toEqual([
      { kind: 'option', key: 'title', value: 'a b.js' },
      { kind: 'ranges', key: undefined, value: '1, 4-6' },
      { kind: 'ranges', key: 'ins', value: '7' },
      { kind: 'ranges', key: 'collapse', value: '2-3' },
      { kind: 'text', key: undefined, value: 'text' },
      { kind: 'text', key: undefined, value: 'it' },
      { kind: 'text', key: undefined, value: 's' },
      { kind: 'regex', key: undefined, value: String.raw`re\/(x)` },
      { kind: 'text', key: 'del', value: 'y' },
      { kind: 'regex', key: 'ins', value: 'z+' },
      { kind: 'option', key: 'wrap', value: 'true' },
      { kind: 'option', key: 'startLineNumber', value: '5' },
      { kind: 'option', key: 'showLineNumbers', value: 'false' },
      { kind: 'option', key: 'frame', value: 'terminal' },
    ])
    expect(metaOption(items, 'title')).toBe('a b.js')
    expect(metaFlag(items, 'wrap')).toBe(true)
    expect(metaFlag(items, 'showLineNumbers')).toBe(false)
    expect(metaFlag(items, 'collapse')).toBeUndefined()
  })

  it('skips what it cannot read and never throws', () => {
    expect(parseMeta('{unclosed "half')).toEqual([
      { kind: 'option', key: 'unclosed', value: 'true' },
      { kind: 'option', key: 'half', value: 'true' },
    ])
    expect(parseMeta('= =')).toEqual([])
  })
})
