import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** The headings of a post's slides, written with no headings of its own. */
function headings(markdown: string): string[] {
  const model = splitIntoSlides(unified().use(remarkParse).parse(markdown), { title: 'Setup' })
  return model.columns.flat().map((slide) => (slide.heading ? plainText(slide.heading) : ''))
}

const code = (lines: number) =>
  [
    '```python',
    ...Array.from({ length: lines }, (_, at) => `value_${at} = compute(${at})`),
    '```',
  ].join('\n')

describe('a long section with no subheadings', () => {
  it('is cut at its steps, each titled by the line introducing its code', () => {
    const steps = [
      'Install the tools.',
      'Write the config file.',
      'Run the first build.',
      'Check the output folder.',
      'Publish the site.',
      'Watch the logs.',
    ]
    const post = [
      'This is how the site is set up, from nothing to a published page.',
      ...steps.map((step) => `${step}\n\n${code(14)}`),
    ].join('\n\n')
    const titles = headings(post)
    for (const step of steps.slice(1)) expect(titles).toContain(step.replace(/\.$/, ''))
    for (const title of titles) expect(title).not.toMatch(/\((\d+)\/([5-9]|\d\d)\)$/)
  })

  it('lets a step of one line go on with the next when both fit one slide', () => {
    const post = [
      'Opening words of the walkthrough, a line long.',
      ...['Step one.', 'Step two.', 'Step three.', 'Step four.', 'Step five.'].map(
        (step) => `${step}\n\n${code(14)}`,
      ),
      `The only problem was:\n\n${code(1)}`,
      `Replace it with this line instead.\n\n${code(2)}`,
    ].join('\n\n')
    const titles = headings(post)
    expect(titles).toContain('The only problem was')
    expect(titles).not.toContain('Replace it with this line instead')
  })

  it('cuts a long step title after a clause, to two lines', () => {
    const long =
      'Now that the interface is set up and configured in the storyboard with every outlet connected, it is time for the code that fills it.'
    const post = [
      'Opening words.',
      ...['Step one.', 'Step two.', 'Step three.', 'Step four.', 'Step five.'].map(
        (step) => `${step}\n\n${code(14)}`,
      ),
      `${long}\n\n${code(14)}`,
    ].join('\n\n')
    expect(headings(post)).toContain(
      'Now that the interface is set up and configured in the storyboard with every outlet connected…',
    )
  })
})

/** The slides of a post written with no headings of its own: heading and the code shown. */
function slides(markdown: string): { title: string; code: string[]; text: string[] }[] {
  const model = splitIntoSlides(unified().use(remarkParse).parse(markdown), { title: 'Setup' })
  return model.columns.flat().map((slide) => ({
    title: slide.heading ? plainText(slide.heading) : '',
    code: slide.nodes.flatMap((node) => (node.type === 'code' ? [node.value] : [])),
    text: slide.nodes.flatMap((node) => (node.type === 'paragraph' ? [plainText(node)] : [])),
  }))
}

const program = (name: string, lines: number) =>
  [
    '```python',
    ...Array.from({ length: lines }, (_, at) => `${name}_${at} = compute(${at})`),
    `print(${name}_0)`,
    '```',
  ].join('\n')

describe("a program's output in a walkthrough", () => {
  for (const [lang, opening, labels] of [
    [
      'en',
      'This is how the numbers are computed, one program after another.',
      ['Output:', 'Result:', 'The answer is:', 'Running it prints this.'],
    ],
    [
      'zh',
      '下面一个程序接一个程序地算出这些数。',
      ['运行结果：', '结果如下', '输出的结果：', '答案是：'],
    ],
  ] as const)
    it(`stays under its code with its lead-in, never a step of its own (${lang})`, () => {
      const names = ['alpha', 'beta', 'gamma', 'delta', 'omega']
      const post = [
        opening,
        ...names.map((name, at) => {
          const label = labels[at % labels.length] as string
          // A labelled output in a language (JSON under "Result:") is output too.
          const fence = at === 1 ? '```json' : '```'
          return `${lang === 'en' ? `Compute ${name} step by step.` : `一步一步地算出 ${name}。`}\n\n${program(name, 10)}\n\n${label}\n\n${fence}\n${name} output\n\`\`\``
        }),
      ].join('\n\n')
      const shown = slides(post)
      for (const slide of shown)
        for (const label of labels) expect(slide.title).not.toBe(label.replace(/[:：.。]$/u, ''))
      for (const name of names) {
        const slide = shown.find((one) => one.code.some((value) => value.includes(`${name}_0 =`)))
        expect(slide?.code).toContain(`${name} output`)
      }
    })
})

describe('a short last step', () => {
  for (const [lang, opening, step, before, after] of [
    [
      'en',
      'Opening words of the walkthrough, a line long.',
      (n: number) => `Step number ${n}.`,
      'Then look at the value.',
      'A remark after the value, in brackets.',
    ],
    [
      'zh',
      '这是整个过程的开场白，只有一行。',
      (n: number) => `第 ${n} 步。`,
      '然后看一下这个值。',
      '值后面的括号里是一个说明。',
    ],
  ] as const)
    it(`joins the step before it, its lead-in shown above its code (${lang})`, () => {
      const post = [
        opening,
        ...[1, 2, 3, 4, 5].map((n) => `${step(n)}\n\n${code(14)}`),
        `${before}\n\n${code(9)}`,
        `${after}\n\n${code(2)}`,
      ].join('\n\n')
      const shown = slides(post)
      const title = after.replace(/[.。]$/u, '')
      expect(shown.map((slide) => slide.title)).not.toContain(title)
      const last = shown.at(-1)
      expect(last?.title).toBe(before.replace(/[.。]$/u, ''))
      expect(last?.code).toHaveLength(2)
      expect(last?.text).toContain(after)
    })

  for (const [lang, short, next] of [
    ['en', 'The only problem was:', 'A quiz about something else.'],
    ['zh', '唯一的问题是：', '另外一个小测验。'],
  ] as const)
    it(`joined forward, keeps the joined step's lead-in above its block (${lang})`, () => {
      const post = [
        'Opening words.',
        ...[1, 2, 3, 4, 5].map((n) => `Step ${n}.\n\n${code(14)}`),
        `${short}\n\n${code(1)}`,
        `${next}\n\n${code(3)}`,
        `Last step.\n\n${code(14)}`,
      ].join('\n\n')
      const slide = slides(post).find((one) => one.title === short.replace(/[:：]$/u, ''))
      expect(slide?.text).toContain(next)
    })
})

describe("a step's title of two lines", () => {
  for (const [lang, long, clause] of [
    [
      'en',
      'A longer program reads several texts, counts them apart and together, and prints a small report of what it found.',
      'A longer program reads several texts…',
    ],
    [
      'zh',
      '一个更长的程序读入好几段文字，分别统计又合在一起统计，最后打印出一份小小的报告，列出每个词出现的次数和总数。',
      '一个更长的程序读入好几段文字…',
    ],
  ] as const)
    it(`is cut to its first clause when the room saves its code a slide (${lang})`, () => {
      const post = [
        'Opening words.',
        ...[1, 2, 3].map((n) => `Step ${n}.\n\n${code(14)}`),
        `${long}\n\n${code(45)}`,
      ].join('\n\n')
      const titles = headings(post).filter((title) => title.startsWith(long.slice(0, 6)))
      expect(titles).toEqual([1, 2, 3].map((at) => `${clause} (${at}/3)`))
    })
})

describe('a walkthrough of `<details>` entries', () => {
  for (const [lang, opening, entries] of [
    [
      'en',
      'What changed on this blog, newest first; open an entry for the details.',
      [
        '2025-11-19 Added a music player',
        '2025-11-17 Icons on the home page',
        '2025-11-15 Moved the hosting',
        '2025-11-07 Added statistics',
        '2025-11-05 Added friends links',
        '2025-11-04 Added comments',
      ],
    ],
    [
      'zh',
      '这里记录了博客的每一次折腾，最新的在前面，展开可以看详细内容。',
      [
        '2025-11-19 添加音乐播放器',
        '2025-11-17 增加首页图标',
        '2025-11-15 部署在另一个平台',
        '2025-11-07 添加统计',
        '2025-11-05 添加友链',
        '2025-11-04 添加评论',
      ],
    ],
  ] as const)
    it(`titles each entry's slides by its summary, shown once (${lang})`, () => {
      const post = [
        opening,
        ...entries.map(
          (summary) =>
            `<details>\n  <summary>${summary}</summary>\n\n${lang === 'en' ? 'The change in one line.' : '一句话说明这次修改。'}\n\n${code(14)}\n\n</details>`,
        ),
      ].join('\n\n')
      const model = splitIntoSlides(unified().use(remarkParse).parse(post), { title: 'Setup' })
      const shown = model.columns.flat()
      const titles = shown.map((slide) => (slide.heading ? plainText(slide.heading) : ''))
      for (const summary of entries.slice(1)) expect(titles).toContain(summary)
      // The first entry goes on with the opening line above it, under its summary as written.
      const html = shown.flatMap((slide) =>
        slide.nodes.flatMap((node) => (node.type === 'html' ? [node.value] : [])),
      )
      for (const summary of entries) {
        const times = [...titles, ...html].filter((text) => text.includes(summary)).length
        expect(times, summary).toBe(1)
      }
    })
})
