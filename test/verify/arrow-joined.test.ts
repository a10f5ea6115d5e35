import { describe, expect, it } from 'vitest'
import { arrowItems, arrowJoinedLines } from '../../src/verify/compare/arrow-joined.js'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { printedCommentBlock } from '../../src/verify/read/outputs/comments/printed-comment-block.js'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js')

describe('lines written with arrows between them', () => {
  it('reads the items of a line, arrows opening or closing it included', () => {
    expect(arrowItems('a -> b → c => d')).toEqual(['a', 'b', 'c', 'd'])
    expect(arrowItems('-> p1 -> p2')).toEqual(['p1', 'p2'])
    expect(arrowItems('x->y')).toBeUndefined()
    expect(arrowItems('just words')).toBeUndefined()
  })

  it('spreads them over the printed lines, each at the line it is written on', () => {
    expect(arrowJoinedLines(['a -> b', 'c'], [10, 11], ['a', 'b', 'c'])).toEqual({
      lines: ['a', 'b', 'c'],
      numbers: [10, 10, 11],
    })
  })

  it('leaves a count that differs, or an output printing arrows itself, as written', () => {
    expect(arrowJoinedLines(['a -> b'], [1], ['a', 'b', 'c'])).toBeUndefined()
    expect(arrowJoinedLines(['a -> b'], [1], ['a -> b'])).toBeUndefined()
  })
})

describe('one comment line closing a sample', () => {
  const code = [
    "console.log('one')",
    "setTimeout(() => console.log('two'))",
    '',
    '// one -> two',
  ].join('\n')

  it('is its output when it orders lines the prints print', () => {
    if (!js) throw new Error('no runner')
    expect(printedCommentBlock(code, 1, js)?.lines).toEqual(['one -> two'])
  })

  it('is a remark otherwise', () => {
    if (!js) throw new Error('no runner')
    expect(printedCommentBlock(code.replace('one -> two', 'runs -> later'), 1, js)).toBeUndefined()
    expect(printedCommentBlock(code.replace('one -> two', 'one'), 1, js)).toBeUndefined()
  })
})

describe('arrows in a comparison', () => {
  const expected = { kind: 'comment' as const, lines: ['a -> b'], lineNumbers: [3], reason: '' }

  it('are read for a sample’s whole output', () => {
    expect(compareOutput(expected, 'a\nb\n', { samplePath: '', arrowJoined: true }).ok).toBe(true)
  })

  it('are left as written on one statement, whose comment may give its print then its value', () => {
    expect(compareOutput(expected, 'a\nb\n', { samplePath: '' }).ok).toBe(false)
  })
})
