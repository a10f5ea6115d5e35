import type { Code, Paragraph, Parent } from 'mdast'
import { describe, expect, it } from 'vitest'
import { fenceFileName } from '../../src/verify/read/named-files.js'

const lead = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
})
const fence = (value: string, lang = 'python'): Code => ({ type: 'code', lang, value })
const nameOf = (text: string, code: Code) => {
  const parent: Parent = { type: 'root', children: [lead(text), code] } as Parent
  return fenceFileName(code, parent, 1)
}

describe('fenceFileName', () => {
  it('names the code the lead-in names', () => {
    expect(nameOf('Save this as wordcount.py:', fence('print(1)'))).toBe('wordcount.py')
  })

  it('gives no file name to a >>> session or a $ transcript', () => {
    expect(
      nameOf('If we import wordcount.py from the REPL:', fence('>>> import wordcount')),
    ).toBeUndefined()
    expect(nameOf('如果在交互环境里导入 wordcount.py：', fence('>>> import wordcount'))).toBe(
      undefined,
    )
    expect(nameOf('Then run run.sh:', fence('$ bash run.sh\nhi', 'bash'))).toBeUndefined()
  })
})
