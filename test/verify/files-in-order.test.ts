import { describe, expect, it } from 'vitest'
import { filesInOrder, puttingInPlace, waitingName } from '../../src/verify/run/files-in-order.js'

describe('filesInOrder', () => {
  it('gives the first sample its files, and each later one the files the post gives first or again before it', () => {
    const { first, changed } = filesInOrder([
      { files: { 'list.txt': 'pear\napple\n' } },
      { files: { 'list.txt': 'pear\napple\n' } },
      { files: { 'list.txt': 'kiwi\n', 'log.txt': 'x\n' } },
    ])
    expect(first).toEqual({ 'list.txt': 'pear\napple\n' })
    expect(changed).toEqual([{}, {}, { 'list.txt': 'kiwi\n', 'log.txt': 'x\n' }])
  })

  it('puts a file given again in place from where it waits, on the line ending the sample before', () => {
    expect(puttingInPlace(2, { 'list.txt': 'kiwi\n' })).toBe(
      `; command cp -f -- '${waitingName(2, 'list.txt')}' 'list.txt'`,
    )
    expect(puttingInPlace(1, {})).toBe('')
  })
})
