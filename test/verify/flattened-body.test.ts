import { describe, expect, it } from 'vitest'
import { pseudoCodeAt } from '../../src/verify/read/not-checkable/shown/pseudo-code.js'
import { sampleOf } from './sample-of.js'

const samplePath = '/tmp/postdeck-x/sample.py'
const emptyBlock = (line: number, header: number) =>
  `  File "${samplePath}", line ${line}\n    for b in range(2):\n    ^^^\nIndentationError: expected an indented block after 'for' statement on line ${header}\n`

describe('pseudoCodeAt on a Python block whose body is a comment', () => {
  it('reads a comment indented past its header as a template of code left out', () => {
    const template = ['for a in range(3):', '    # 在这里写循环体', 'print(a)'].join('\n')
    expect(pseudoCodeAt(sampleOf('python', template, '', 10), emptyBlock(3, 1), samplePath)).toBe(
      'code left out (a body of comments only) at line 12',
    )
  })

  it('fails flattened code, whose comment is at the header’s own indentation (English and Chinese)', () => {
    for (const comment of [
      '# The hour is fixed, the minute is num - i',
      '# 小时确定了，分钟是 num - i',
    ]) {
      const flattened = [
        '# Enumerate hours',
        'for a in range(3):',
        comment,
        'for b in range(2):',
        'print(a, b)',
      ].join('\n')
      expect(
        pseudoCodeAt(sampleOf('py', flattened, '', 10), emptyBlock(4, 2), samplePath),
      ).toBeUndefined()
    }
  })
})
