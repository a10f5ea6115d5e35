import type { Code } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { codeSplitPoints } from '../../src/render/slides/code-split-points.js'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** A settings file of one object, 37 lines, like many a tutorial shows. */
const settings = JSON.stringify(
  {
    logging: { level: { default: 'Information', hosting: 'Warning' } },
    signServer: 'https://sign.example.org',
    account: { id: 0, password: '', protocol: 'Linux', reconnect: true, bestServer: true },
    message: { ignoreSelf: true, stringPost: false },
    qrCode: { consoleMode: false },
    implementations: [
      { type: 'ReverseWebSocket', host: '192.168.1.34', port: 9090, suffix: '/ws', retry: 5000 },
    ],
  },
  null,
  4,
)

describe('codeSplitPoints', () => {
  it('never parts a signature from the brace on the line under it', () => {
    const c = 'int a(void)\n{\n    return 1;\n}\n/* b */\nint b(void)\n{ // body\n    return 2;\n}'
    const starts = codeSplitPoints(c.split('\n')).map((point) => point.index)
    expect(starts).toContain(4)
    expect(starts).not.toContain(1)
    expect(starts).not.toContain(6)
  })

  it('offers no place inside an open bracket, whatever the language', () => {
    expect(codeSplitPoints(settings.split('\n'))).toEqual([])
    const yaml = 'steps: [\n  build,\n  test,\n]\n\nname: "a # [ not a bracket"\nrun: go'
    expect(codeSplitPoints(yaml.split('\n')).map((point) => point.index)).toEqual([5, 6])
  })

  it('still cuts between top-level statements', () => {
    const go = 'func a() {\n\treturn 1\n}\n\nfunc b() {\n\treturn 2\n}'
    expect(codeSplitPoints(go.split('\n')).map((point) => point.index)).toEqual([4])
  })
})

describe('code with no place to cut on the slides', () => {
  for (const [lang, lead] of [
    ['en', 'Then write the settings file:'],
    ['zh', '然后写好配置文件：'],
  ] as const) {
    it(`shows a one-object JSON file too long to read whole by its head, never cut, the rest left to the page (${lang})`, () => {
      const markdown = `## Settings\n\n${lead}\n\n\`\`\`json\n${settings}\n\`\`\`\n`
      const slides = splitIntoSlides(unified().use(remarkParse).parse(markdown)).columns.flat()
      const codes = slides.flatMap((slide) =>
        slide.nodes.filter((node): node is Code => node.type === 'code'),
      )
      expect(codes).toHaveLength(1)
      expect(codes[0]?.data?.whole).toBe(true)
      expect(settings.startsWith(codes[0]?.value ?? '-')).toBe(true)
      expect(codes[0]?.value.length).toBeLessThan(settings.length)
      const shown = slides.find((slide) => slide.nodes.includes(codes[0] as Code))
      expect(shown?.nodes.some((node) => node.type === 'paragraph')).toBe(true)
      expect(shown?.notes.some((node) => node.type === 'code' && node.value === settings)).toBe(
        true,
      )
    })
  }

  it('shrinks a one-object JSON file that reads at 12 px whole', () => {
    const short = settings.split('\n').slice(0, 26).join('\n')
    const markdown = `## Settings\n\n\`\`\`json\n${short}\n\`\`\`\n`
    const codes = splitIntoSlides(unified().use(remarkParse).parse(markdown))
      .columns.flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Code => node.type === 'code'))
    expect(codes.map((code) => [code.value, code.data?.whole])).toEqual([[short, true]])
  })
})
