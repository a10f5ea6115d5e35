import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { announcesOutputAbove } from '../../src/verify/read/outputs/announcing-sentence.js'

const fence = (lang: string | null, value = '42'): Code => ({ type: 'code', lang, value })

describe('announcesOutputAbove', () => {
  it('reads a first sentence announcing the output, however the paragraph goes on', () => {
    expect(
      announcesOutputAbove('运行上面的代码，输出如下所示，可以注意到中文被转义了。', fence('JSON')),
    ).toBe(true)
    expect(
      announcesOutputAbove('可以得到如下所示的运行结果。可以看出，总耗时是三者之和。', fence(null)),
    ).toBe(true)
    expect(announcesOutputAbove('The output is below. Note the order.', fence('text'))).toBe(true)
  })

  it('leaves a fence of code that runs, a session, and other sentences alone', () => {
    expect(announcesOutputAbove('下面的代码输出的结果一样。', fence('python'))).toBe(false)
    expect(announcesOutputAbove('The output is below.', fence('text', '$ ls'))).toBe(false)
    expect(announcesOutputAbove('We sort it. The output is below.', fence('text'))).toBe(false)
    expect(announcesOutputAbove('The file below holds the settings.', fence('text'))).toBe(false)
  })
})
