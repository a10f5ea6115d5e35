import { describe, expect, it } from 'vitest'
import { commentsAbovePrints } from '../../src/verify/compare/comments/comments-above-prints.js'
import type { OutputPart } from '../../src/verify/read/outputs/documented-output.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
/** A part as the usual reading makes it: the comment lines under a statement. */
function part(from: number, lines: string[], lineNumbers: number[]): OutputPart {
  return { from, to: from, value: false, lines, lineNumbers }
}

describe('output comments written above the prints they document', () => {
  const code = [
    'xs = [1, 2, 3]',
    '# 3',
    'print(xs.pop())',
    'print(len(xs))',
    '# 1',
    '# 2',
    'for x in xs:',
    '    print(x)',
  ]
  // Read below its statement, `# 3` documents the assignment and `# 1 # 2` the len print.
  const parts = [part(1, ['3'], [12]), part(4, ['1', '2'], [15, 16])]
  it('reads them above, with an undocumented print between, once the run matches', () => {
    if (!python) throw new Error('no python runner')
    expect(
      commentsAbovePrints(parts, parts, code, python, '3\n2\n1\n2\n', 10, { samplePath: '' }),
    ).toEqual({
      ok: true,
    })
  })
  it('reports the first comment that is not what its print shows, at its line', () => {
    if (!python) throw new Error('no python runner')
    expect(
      commentsAbovePrints(parts, parts, code, python, '9\n2\n1\n2\n', 10, { samplePath: '' }),
    ).toEqual({
      ok: false,
      line: 2,
      expected: ['3'],
      actual: ['9'],
    })
  })
  it('keeps the usual reading when the last documented line stands under the last print', () => {
    if (!python) throw new Error('no python runner')
    const below = ['print(1)', '# 2', 'print(2)', '# 2']
    const read = [part(1, ['2'], [12]), part(3, ['2'], [14])]
    expect(
      commentsAbovePrints(read, read.slice(0, 1), below, python, '1\n2\n', 10, { samplePath: '' }),
    ).toBeUndefined()
  })
  it('reads notes under a print whose output stands above it as notes, when every caption is in place', () => {
    if (!python) throw new Error('no python runner')
    const loop = [
      'xs = [6, 3]',
      '# 0 6',
      '# 1 3',
      'for i, x in enumerate(xs):',
      '    print(i, x)',
      "# If you're not using this in a for loop, use list()",
    ]
    // Read below its statement, the note documents the loop.
    const notes = [part(4, ["If you're not using this in a for loop, use list()"], [16])]
    const options = { samplePath: '' }
    expect(commentsAbovePrints(notes, notes, loop, python, '0 6\n1 3\n', 10, options)).toEqual({
      ok: true,
    })
    expect(
      commentsAbovePrints(notes, notes, loop, python, '0 6\n1 4\n', 10, options),
    ).toBeUndefined()
  })
})
