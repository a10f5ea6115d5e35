import { describe, expect, it } from 'vitest'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'
import { machineReads } from '../../src/verify/read/varying/machine-reads.js'
import { showsObjectSize, sizeExamples } from '../../src/verify/read/varying/object-sizes.js'

const session = [
  '>>> import sys',
  '>>> g = (i * 2 for i in range(10000))',
  '>>> print(sys.getsizeof(g))',
  '72',
  '>>> size = [1, 2, 3].__sizeof__()',
  '>>> size > 0, size',
  '(True, 64)',
  '>>> len([1, 2, 3])',
  '3',
].join('\n')

describe('object sizes', () => {
  it('finds the examples that show an object’s size, and those using what they set', () => {
    expect([...sizeExamples(session)]).toEqual([2, 4, 5])
  })

  it('lets such an example differ only in its numbers', () => {
    const sized = showsObjectSize(session)
    expect(sized({ ok: false, line: 2, want: '72\n', got: '208\n' })).toBe(true)
    expect(sized({ ok: false, line: 5, want: '(True, 64)\n', got: '(True, 88)\n' })).toBe(true)
    expect(sized({ ok: false, line: 5, want: '(True, 64)\n', got: '(False, 88)\n' })).toBe(false)
    expect(sized({ ok: false, line: 7, want: '4\n', got: '3\n' })).toBe(false)
  })

  it('lets a script’s line printed with a size differ only in that size', () => {
    const code = [
      'print(f"size: {sys.getsizeof(s)} bytes")',
      'print(f"大小：{sys.getsizeof(s)} 字节")',
      'print(f"items: {len(s)}")',
    ].join('\n')
    const differ = varyingDifferences({
      now: new Date('2026-12-10T08:00:00Z'),
      hashOrders: false,
      machineReads: machineReads(code),
    })
    expect(differ('size: 74 bytes', 'size: 90 bytes')).toEqual(['object size'])
    expect(differ('大小：74 字节', '大小：90 字节')).toEqual(['object size'])
    expect(differ('items: 3', 'items: 4')).toBeUndefined()
    expect(differ('size: 74 bytes', 'size: 90 words')).toBeUndefined()
  })
})
