import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { announcesOutputAbove } from '../../src/verify/read/outputs/fences/announcing-sentence.js'

const fence = (lang: string | null, value = '42'): Code => ({ type: 'code', lang, value })
const printing = fence('python', 'print(json.dumps(data))')

describe('announcesOutputAbove', () => {
  it('reads a first sentence announcing the output, however the paragraph goes on', () => {
    expect(
      announcesOutputAbove(
        '运行上面的代码，输出如下所示，可以注意到中文被转义了。',
        fence('JSON'),
        printing,
      ),
    ).toBe(true)
    expect(
      announcesOutputAbove(
        '可以得到如下所示的运行结果。可以看出，总耗时是三者之和。',
        fence(null),
        printing,
      ),
    ).toBe(true)
    expect(
      announcesOutputAbove('The output is below. Note the order.', fence('text'), printing),
    ).toBe(true)
  })

  it('leaves a fence of code that runs, a session, and other sentences alone', () => {
    expect(announcesOutputAbove('下面的代码输出的结果一样。', fence('python'), printing)).toBe(
      false,
    )
    expect(announcesOutputAbove('The output is below.', fence('text', '$ ls'), printing)).toBe(
      false,
    )
    expect(announcesOutputAbove('We sort it. The output is below.', fence('text'), printing)).toBe(
      false,
    )
    expect(
      announcesOutputAbove('The file below holds the settings.', fence('text'), printing),
    ).toBe(false)
  })

  it('leaves the value of code that prints nothing alone: a template it builds is no output', () => {
    const builds = fence(
      'js',
      'var html = "<ul>" + items.map((item) => "<li>" + item + "</li>").join("") + "</ul>"',
    )
    const shown =
      'The above will produce output as shown below. Note how the spacing trick was enough.'
    expect(announcesOutputAbove(shown, fence('html', '<ul><li>a</li></ul>'), builds)).toBe(false)
    expect(
      announcesOutputAbove('上面的代码生成的结果如下所示，注意缩进。', fence('html'), builds),
    ).toBe(false)
    expect(announcesOutputAbove(shown, fence('html'), fence('bash', 'ls'))).toBe(true)
  })
})
