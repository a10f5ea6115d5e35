import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Code, Heading, List, RootContent, Table } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../../src/content/front-matter.js'
import { createMarkdownProcessor, parseMarkdown } from '../../src/markdown/create-processor.js'
import { sectionLevel } from '../../src/render/slides/sections.js'
import {
  countSlides,
  type SlideModel,
  splitIntoSlides,
} from '../../src/render/slides/split-into-slides.js'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures')

async function modelOf(fixture: string): Promise<SlideModel> {
  const file = new VFile({
    path: path.join(fixtures, fixture, 'input.md'),
    value: await readFile(path.join(fixtures, fixture, 'input.md'), 'utf8'),
  })
  const frontMatter = readFrontMatter(file)
  if (frontMatter) file.data.frontMatter = frontMatter
  return splitIntoSlides(await parseMarkdown(createMarkdownProcessor(), file))
}

function titles(model: SlideModel): string[][] {
  return model.columns.map((column) =>
    column.map((slide) => (slide.heading ? plainText(slide.heading) : '(no heading)')),
  )
}

function shape(markdown: string): string[][] {
  const model = splitIntoSlides(unified().use(remarkParse).parse(markdown))
  return model.columns.map((column) =>
    column.map((slide) =>
      [slide.heading ? `h${slide.heading.depth}` : '', ...slide.nodes.map((node) => node.type)]
        .join(' ')
        .trim(),
    ),
  )
}

const filler = (words: number) =>
  Array.from({ length: words }, (_, index) => `word${index}`).join(' ')
const items = (count: number, words: string) =>
  Array.from({ length: count }, (_, index) => `- ${words} ${index}`).join('\n')
const bullets = (count: number) =>
  Array.from({ length: count }, (_, index) => `- point ${index}`).join('\n')

describe('splitIntoSlides', () => {
  it('puts a short opening on the title slide', () => {
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(`intro\n\n## A\n\n${bullets(8)}`),
    )
    expect(model.lead?.nodes.map((node) => plainText(node))).toEqual(['intro'])
  })

  it('makes a column per top section and a slide per deeper heading', () => {
    expect(
      shape(`intro\n\n## A\n\n${bullets(8)}\n\n### A.1\n\n${bullets(8)}\n\n## B\n\n${bullets(8)}`),
    ).toEqual([['h2 list', 'h3 list'], ['h2 list']])
  })

  it('lets short sibling sections share a slide, and a heading with no text join its first subsection', () => {
    expect(shape('# Title\n\nlead\n\n## A\n\n### A.1\n\ntext\n\n## B\n\ntext')).toEqual([
      ['h1 paragraph heading heading paragraph heading paragraph'],
    ])
  })

  it('reads a heading with only a `---` rule under it as a heading with no text', () => {
    // Some blogs put a rule under every heading (`- - -`); it is a divider on the page, nothing on a slide.
    for (const [parent, child] of [
      ['Networking', 'Sockets'],
      ['网络', '套接字'],
    ]) {
      const slides = splitIntoSlides(
        unified()
          .use(remarkParse)
          .parse(
            `## ${parent}\n\n- - -\n\n### ${child}\n\n- - -\n\n${bullets(3)}\n\n## Other\n\n- - -\n\n${bullets(3)}`,
          ),
      ).columns.flat()
      expect(slides.some((slide) => slide.nodes.length === 0)).toBe(false)
      expect(shape(`## ${parent}\n\n- - -\n\n### ${child}\n\n- - -\n\ntext`)).toEqual([
        ['h2 heading paragraph'],
      ])
    }
  })

  it('lets a heading with no text head the sibling section after it, never a slide of its own', () => {
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(`## A\n\n## B\n\n${bullets(8)}\n\n## C\n\n${bullets(8)}`),
    )
    const slides = model.columns.flat()
    expect(slides.map((slide) => plainText(slide.heading ?? { type: 'text', value: '' }))).toEqual([
      'B',
      'C',
    ])
    expect(slides[0]?.kicker && plainText(slides[0].kicker)).toBe('A')
  })

  it.each([
    [
      'en',
      'If you made it this far, congratulations: the site can be themed now, in theory at least. We still need a way for people to switch themes without editing the markup by hand, and that is what the rest of this part builds, one piece after another.',
      'Building the switcher',
      'Generating the markup',
    ],
    [
      'zh',
      '如果你读到了这里，恭喜你：这个网站现在已经可以换主题了，至少在理论上是这样。我们还需要一个办法让读者不用手动修改页面就能切换主题，这一部分接下来就一步一步地把它做出来，每一步都配上代码和说明。',
      '构建主题切换器',
      '生成页面结构',
    ],
  ])(
    'lets a section showing only the key sentence of its prose ride above its first subsection when it shares no slide (%s)',
    (_, prose, parent, child) => {
      const code = [
        '```js',
        ...Array.from({ length: 16 }, (_, at) => `const v${at} = ${at}`),
        '```',
      ]
      const post = [
        '## Intro',
        code.join('\n'),
        `## ${parent}`,
        prose,
        `### ${child}`,
        code.join('\n'),
      ].join('\n\n')
      const slides = splitIntoSlides(unified().use(remarkParse).parse(post)).columns.flat()
      expect(
        slides.map((slide) => plainText(slide.heading ?? { type: 'text', value: '' })),
      ).toEqual(['Intro', child])
      const [, sub] = slides
      expect(sub?.kicker && plainText(sub.kicker)).toBe(parent)
      // The prose is said once, in the notes, its key sentence not repeated there.
      expect(sub?.notes.map((note) => plainText(note))).toEqual([prose])
    },
  )

  it('starts a new slide at `---` only in a post written as slides', () => {
    expect(shape('## A\n\none\n\n---\n\ntwo')).toEqual([['h2 paragraph paragraph']])
    expect(shape('one\n\n---\n\ntwo\n\n---\n\nthree\n\n---\n\nfour')).toEqual([
      ['paragraph', 'paragraph', 'paragraph', 'paragraph'],
    ])
  })

  it('takes the section level from the options', () => {
    const long = `${bullets(12)}`
    expect(
      splitIntoSlides(
        unified().use(remarkParse).parse(`## A\n\n${long}\n\n### B\n\n${long}\n\n## C\n\n${long}`),
        { level: 3 },
      ).columns,
    ).toHaveLength(3)
  })

  it('takes the section level from the real structure: not a closing H1, a contents wrapper or the title', () => {
    const level = (markdown: string) =>
      sectionLevel(unified().use(remarkParse).parse(markdown), 'My Post')
    expect(level('## A\n\n## B\n\n## C\n\n# 参考资料\n\n# 致谢')).toBe(2)
    expect(level('## Table of contents\n\n## A\n\n### A.1\n\n## B')).toBe(2)
    expect(level('# My Post\n\n### A\n\n### B\n\n# References')).toBe(3)
  })

  it('shows the key sentence of a section that has only long prose, the prose in the notes', () => {
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(
          `## Essay\n\n**The lead.** ${filler(80)}\n\nSecond thought here. Then ${filler(80)}`,
        ),
    )
    const [slide] = model.columns.flat()
    expect(slide?.nodes.map((node) => plainText(node))).toEqual(['The lead.Second thought here.'])
    expect(slide?.notes).toHaveLength(2)
  })

  it('keeps a lead-in with the block it introduces', () => {
    const code = Array.from({ length: 14 }, (_, index) => `print(${index})`).join('\n')
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(`## S\n\n${bullets(9)}\n\nRun it:\n\n\`\`\`python\n${code}\n\`\`\``),
    )
    for (const slide of model.columns.flat()) {
      const last = slide.nodes.at(-1)
      expect(last && plainText(last)).not.toBe('Run it:')
    }
  })

  it('cuts code only between statements, never inside open brackets, into balanced parts', () => {
    const functions = Array.from(
      { length: 6 },
      (_, index) =>
        `func f${index}() {\n\tx := map[string]int{\n\t\t"a": 1,\n\t\t"b": 2,\n\t}\n\tfmt.Println(x)\n}\n`,
    ).join('\n')
    const model = splitIntoSlides(
      unified().use(remarkParse).parse(`## Code\n\n\`\`\`go\n${functions}\`\`\``),
    )
    const parts = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Code => node.type === 'code'))
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(part.value.split('\n')[0]).toMatch(/^func /)
      expect(part.value.split('\n').at(-1)).toBe('}')
    }
    const sizes = parts.map((part) => part.value.split('\n').length)
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(8)
  })

  it('never cuts a diagram: it stays whole, to be shrunk to fit', () => {
    const art = Array.from({ length: 30 }, (_, index) => `+--[ box ${index} ]--+`).join('\n')
    const model = splitIntoSlides(
      unified().use(remarkParse).parse(`## D\n\n\`\`\`text\n${art}\n\`\`\``),
    )
    const parts = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node) => node.type === 'code'))
    expect(parts).toHaveLength(1)
  })

  it('gives a section at most four slides, the rest in the notes with a link to the page', () => {
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(`## One\n\nText.\n\n## Two\n\nText.\n\n## Many\n\n${bullets(120)}`),
    )
    const slides = model.columns.flat().filter((slide) => slide.heading?.children.length === 2)
    expect(slides).toHaveLength(4)
    expect(plainText(slides[3]?.nodes.at(-1) ?? { type: 'text', value: '' })).toMatch(
      /more slides? of it .* on the page/,
    )
    expect(slides[3]?.notes.length).toBeGreaterThan(0)
  })

  it('gives a post whose text is one section showing code the slides of a whole talk', () => {
    const code = (name: string) => `\`\`\`js\n${name}()\n\`\`\``
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(
          `## Many\n\n${[1, 2, 3, 4].map((part) => `${bullets(15)}\n\n${code(`run${part}`)}`).join('\n\n')}`,
        ),
    )
    const slides = model.columns.flat()
    expect(slides.length).toBeGreaterThan(4)
    expect(slides.at(-1)?.nodes.some((node) => node.type === 'code')).toBe(true)
  })

  it('keeps a post whose text is one section of prose to four slides, the rest said to be on the page', () => {
    const model = splitIntoSlides(
      unified()
        .use(remarkParse)
        .parse(`## Many\n\n${bullets(60)}`),
    )
    const slides = model.columns.flat()
    expect(slides).toHaveLength(4)
    expect(plainText(slides[3]?.nodes.at(-1) as RootContent)).toMatch(/more slides? of it/)
  })

  it('keeps each `---` part of a post written as slides as one slide, its headings on it', () => {
    const talk = [
      '## Vault\n\n### Self-hosted key management',
      'A slide without a heading.',
      '## Steps\n\n- one\n- two\n\n##### Automate it',
      '## Questions?',
      '## More\n\ntext',
    ].join('\n\n---\n\n')
    const model = splitIntoSlides(unified().use(remarkParse).parse(talk))
    const slides = model.columns.flat()
    expect(slides.map((slide) => (slide.heading ? plainText(slide.heading) : ''))).toEqual([
      'Vault',
      '',
      'Steps',
      'Questions?',
      'More',
    ])
    expect(slides[0]?.nodes.map((node) => node.type)).toEqual(['heading'])
    expect(slides[2]?.nodes.map((node) => node.type)).toEqual(['list', 'heading'])
    expect(slides.every((slide) => slide.authored)).toBe(true)
  })

  it('cuts the seed post into its sections, continued where they are long', async () => {
    const model = await modelOf('seed')
    expect(titles(model)).toEqual([
      ['用asyncio进行异步编程'],
      [
        '协程 (1/2)',
        '协程 (2/2)',
        '协程函数和协程对象 (1/3)',
        '协程函数和协程对象 (2/3)',
        '协程函数和协程对象 (3/3)',
        '事件循环 (1/2)',
        '事件循环 (2/2)',
        '任务',
        '关系',
      ],
      ['异步代码步骤 (1/4)', '异步代码步骤 (2/4)', '异步代码步骤 (3/4)', '异步代码步骤 (4/4)'],
    ])
    // The section heading with no text of its own shares the first slide.
    expect(model.columns[0]?.[0]?.nodes.some((node) => plainText(node) === '基本概念')).toBe(true)
    expect(countSlides(model)).toBe(15)
    expect(model.columns[1]?.[1]?.id).toBe('协程-2')
  })
})

describe('splitting a long post', () => {
  it('splits a 15-item list into continuation slides that keep the numbering', async () => {
    const model = await modelOf('deck-long')
    const slides = model.columns
      .flat()
      .filter((slide) => slide.heading && plainText(slide.heading).startsWith('A long list'))
    const lists = slides.map((slide) =>
      slide.nodes.find((node): node is List => node.type === 'list'),
    )
    expect(slides.length).toBeGreaterThan(1)
    expect(lists.map((list) => list?.start)).toEqual(
      lists.map(
        (_, index) =>
          1 +
          lists.slice(0, index).reduce((total, list) => total + (list?.children.length ?? 0), 0),
      ),
    )
    expect(lists.reduce((total, list) => total + (list?.children.length ?? 0), 0)).toBe(15)
  })

  it('splits a 70-line code block at blank lines, losing no line', async () => {
    const model = await modelOf('deck-long')
    const pieces = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Code => node.type === 'code'))
    expect(pieces.length).toBeGreaterThan(1)
    const source = await readFile(path.join(fixtures, 'deck-long', 'input.md'), 'utf8')
    const original = /```python\n([\s\S]*?)\n```/.exec(source)?.[1] ?? ''
    const nonBlank = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
    expect(original.split('\n')).toHaveLength(70)
    expect(pieces.flatMap((piece) => nonBlank(piece.value))).toEqual(nonBlank(original))
    for (const piece of pieces.slice(0, -1))
      expect(piece.value.split('\n').at(-1)).toMatch(/^\s+return result$/)
  })

  it('keeps a 12-row table whole when it fits, and splits a longer one by rows, repeating the header', async () => {
    const model = await modelOf('deck-long')
    const tables = model.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Table => node.type === 'table'))
    expect(tables.map((table) => table.children.length - 1)).toEqual([12])

    const rows = Array.from({ length: 30 }, (_, index) => `| ${index} | row ${index} |`).join('\n')
    const long = splitIntoSlides(
      unified().use(remarkGfm).use(remarkParse).parse(`## T\n\n| # | Name |\n|---|---|\n${rows}\n`),
    )
    const pieces = long.columns
      .flat()
      .flatMap((slide) => slide.nodes.filter((node): node is Table => node.type === 'table'))
    expect(pieces.length).toBeGreaterThan(1)
    for (const piece of pieces)
      expect(plainText(piece.children[0] ?? { type: 'text', value: '' })).toBe('#Name')
    expect(pieces.reduce((total, piece) => total + piece.children.length - 1, 0)).toBe(30)
  })

  it('puts a tall image on a slide of its own, and long prose in the notes of its slide', async () => {
    const model = await modelOf('deck-long')
    const slides = model.columns.flat()
    const image = slides.find(
      (slide) => slide.heading && plainText(slide.heading) === 'A tall image',
    )
    expect(
      image?.nodes.some(
        (node) =>
          node.type === 'paragraph' && node.children.some((child) => child.type === 'image'),
      ),
    ).toBe(true)
    const prose = slides.find((slide) =>
      slide.notes.some((node) => plainText(node).includes('speaker can tell the story')),
    )
    expect(prose?.heading && plainText(prose.heading)).toBe('Prose')
    expect(prose?.nodes.map((node) => plainText(node))).toContain(
      'A short line stays on the slide.',
    )
  })
  it('gives a wide screenshot too small under a heading a slide of its own, with the step above it, and makes grids only of readable images', () => {
    const tree = unified()
      .use(remarkParse)
      .parse(
        [
          '## Install',
          'Some words first.',
          'Run the installer:',
          '![welcome](wide.png)',
          '## Next',
          'A short section.',
          '## Shots',
          '![a](shot.png)\n![b](shot.png)',
          '## Icons',
          '![a](icon.png) ![b](icon.png) ![c](icon.png)',
        ].join('\n\n'),
      )
    const model = splitIntoSlides(tree, {
      imageSizes: {
        'wide.png': { width: 2560, height: 1440 },
        'shot.png': { width: 1600, height: 900 },
        'icon.png': { width: 400, height: 300 },
      },
    })
    const slides = model.columns.flat()
    const pictures = slides.filter((slide) => slide.picture)
    expect(pictures.map((slide) => slide.nodes.map((node) => plainText(node)))).toEqual([
      ['Run the installer:', 'welcome'],
    ])
    expect(pictures[0]?.nodes.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    // The next section does not join the picture's slide.
    expect(
      slides.find((slide) => slide.nodes.some((node) => plainText(node) === 'A short section.'))
        ?.picture,
    ).toBeUndefined()
    const grids = slides.flatMap((slide) =>
      slide.nodes.filter((node) => node.type === 'blockquote' && node.data?.imageGrid),
    )
    expect(grids.map((grid) => (grid.type === 'blockquote' ? grid.children.length : 0))).toEqual([
      3,
    ])
  })

  it('keeps a chain of lead-ins together: a lead-in, the list it introduces ending on another, and its picture', () => {
    const tree = unified()
      .use(remarkParse)
      .parse(
        [
          '## Resize',
          '**3. Moved**  \nEvery entry has moved to the new table:',
          '![moved](shot.png)',
          '**4. Done**  \nIn its last stage the program does the following:',
          '- frees the old table;\n- makes the new one the main table;\n- creates an empty second table;\n- resets the index to -1;  \n  this is what it looks like afterwards:',
          '![done](shot.png)',
        ].join('\n\n'),
      )
    const model = splitIntoSlides(tree, {
      imageSizes: { 'shot.png': { width: 1684, height: 700 } },
    })
    const slides = model.columns.flat()
    const leadIn = slides.find((slide) =>
      slide.nodes.some((node) => plainText(node).includes('does the following:')),
    )
    expect(leadIn?.nodes.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph'])
  })

  it('keeps a lead-in closing a section with the subsection it introduces', () => {
    const tree = unified()
      .use(remarkParse)
      .parse(
        [
          '## Files',
          items(3, 'a backup file kept with a timestamp in its name'),
          '## Detection',
          'A backup is written only when the data changed:',
          '### How',
          items(6, 'the hash of the data is compared'),
          '### Why',
          items(3, 'less storage used, fewer commits'),
          '### Options',
          items(2, 'an option'),
        ].join('\n\n'),
      )
    const slides = splitIntoSlides(tree).columns.flat()
    const slide = slides.find((one) =>
      one.nodes.some((node) => plainText(node).endsWith('changed:')),
    )
    const after = slide?.nodes.slice(
      slide.nodes.findIndex((node) => plainText(node).endsWith('changed:')) + 1,
    )
    expect(after?.[0]?.type).toBe('heading')
    expect(after && plainText(after[0] as Heading)).toBe('How')
  })

  it('takes a wide screenshot out of its list item, the step its caption', () => {
    const tree = unified()
      .use(remarkParse)
      .parse(
        `## Publish\n\n1. Run \`npm run dev\` and open the address it prints![](wide.png)\n2. Push the changes\n3. The repository shows the commit![](strip.png)`,
      )
    const model = splitIntoSlides(tree, {
      imageSizes: {
        'wide.png': { width: 2560, height: 1440 },
        'strip.png': { width: 2000, height: 160 },
      },
    })
    const slides = model.columns.flat()
    const picture = slides.find((slide) => slide.picture)
    expect(picture?.nodes.map((node) => node.type)).toEqual(['list', 'paragraph'])
    expect(plainText(picture?.nodes[0] as List)).toContain('open the address it prints')
    // A strip reads at its size inside its item, and stays there.
    expect(slides.filter((slide) => slide.picture)).toHaveLength(1)
  })

  it.each([
    ['en', 'Running this will print the following output.'],
    ['zh', '运行之后会打印出下面的结果。'],
  ])(
    'keeps a short lead-in with no colon (%s) on the slide of the output it introduces',
    (_, line) => {
      const code = Array.from({ length: 13 }, (_, index) => `step(${index})`).join('\n')
      const tree = unified()
        .use(remarkParse)
        .parse(
          [
            '## Kickoff',
            'The smallest program that logs:',
            `\`\`\`go\n${code}\n\`\`\``,
            line,
            '```text\nINFO started\nINFO bucket found\nWARN slow\nINFO uploaded\nINFO finished\n```',
          ].join('\n\n'),
        )
      const slides = splitIntoSlides(tree).columns.flat()
      const slide = slides.find((one) => one.nodes.some((node) => plainText(node) === line))
      const at = slide?.nodes.findIndex((node) => plainText(node) === line) ?? -1
      expect((slide?.nodes[at + 1] as Code | undefined)?.lang).toBe('text')
    },
  )

  it.each([
    ['en', 'The correct output:'],
    ['zh', '正确输出：'],
  ])(
    'keeps the line introducing an image inside a list item (%s) just above that image',
    (_, line) => {
      const tree = unified()
        .use(remarkParse)
        .parse(
          `## Backup\n\n- **Nightly**: at 02:00\n- **By hand**: from the Actions page\nRun it once by hand\n![page](page.png)\n${line}  \n![log](log.png)`,
        )
      const model = splitIntoSlides(tree, {
        imageSizes: {
          'page.png': { width: 1920, height: 1080 },
          'log.png': { width: 2200, height: 900 },
        },
      })
      const nodes = model.columns.flat().flatMap((slide) => slide.nodes)
      const at = nodes.findIndex((node) => plainText(node) === line)
      expect(at).toBeGreaterThan(-1)
      const image = nodes[at + 1]
      expect(image?.type === 'paragraph' && image.children[0]?.type).toBe('image')
      expect(
        image?.type === 'paragraph' && image.children[0]?.type === 'image' && image.children[0].url,
      ).toBe('log.png')
    },
  )

  it.each([
    ['en', 'The program copes with the network it finds in the following ways:', 'Plain HTTP'],
    ['zh', '程序支持两种协议，并能智能处理不同的网络环境：', 'HTTP 协议的特殊情况'],
  ])(
    'carries a closing lead-in (%s) and the bare heading after it to the first subsection',
    (_, line, bare) => {
      const tree = unified()
        .use(remarkParse)
        .parse(
          [
            '## Privacy',
            items(2, 'a rule of the check'),
            '### Questions',
            '**Q: Can the check be turned off?**  \nA: No, it always runs.',
            '**Q: What if it fails?**  \nA: Make the repository private and run it again.',
            '## HTTP and HTTPS',
            line,
            `### ${bare}`,
            ...[1, 2, 3, 4].flatMap((n) => [`#### Case ${n}`, items(4, `a remark on case ${n}`)]),
          ].join('\n\n'),
        )
      const slides = splitIntoSlides(tree).columns.flat()
      const slide = slides.find((one) => one.nodes.some((node) => plainText(node) === line))
      const after = slide?.nodes.slice(
        slide.nodes.findIndex((node) => plainText(node) === line) + 1,
      )
      expect(after?.map((node) => (node.type === 'heading' ? plainText(node) : node.type))).toEqual(
        [bare, 'Case 1', 'list'],
      )
    },
  )

  it.each([
    ['en', 'Using docker', 'Registry mirrors', 'Changing the source'],
    ['zh', '使用 docker', '配置镜像加速', '修改 docker 源'],
  ])(
    'keeps every heading of empty sections in a row (%s), both riding above the subsection they open as one kicker',
    (_, empty, wrapper, sub) => {
      const tree = unified()
        .use(remarkParse)
        .parse(
          [
            '## Installing',
            'Run the script:',
            `\`\`\`sh\n${Array.from({ length: 12 }, (_, index) => `step ${index}`).join('\n')}\n\`\`\``,
            `## ${empty}`,
            `## ${wrapper}`,
            `### ${sub}`,
            'Edit `/etc/docker/daemon.json`:',
            `\`\`\`json\n${Array.from({ length: 6 }, (_, index) => `"key${index}": ${index},`).join('\n')}\n\`\`\``,
            'Then restart the service:',
            '```sh\nsudo systemctl daemon-reload\nsudo systemctl restart docker\n```',
          ].join('\n\n'),
        )
      const shown = splitIntoSlides(tree)
        .columns.flat()
        .flatMap((slide) => [
          ...(slide.kicker ? plainText(slide.kicker).split(' › ') : []),
          ...(slide.heading ? [plainText(slide.heading)] : []),
          ...slide.nodes.filter((node) => node.type === 'heading').map((node) => plainText(node)),
        ])
      const slides = splitIntoSlides(tree).columns.flat()
      expect(slides.find((slide) => slide.kicker)?.heading).toMatchObject({ depth: 3 })
      expect(shown.filter((text) => [empty, wrapper, sub].includes(text))).toEqual([
        empty,
        wrapper,
        sub,
      ])
    },
  )
})

describe('titles taken from a bold line', () => {
  async function headings(markdown: string): Promise<Heading[]> {
    const file = new VFile({ path: 'post.md', value: markdown })
    const model = splitIntoSlides(await parseMarkdown(createMarkdownProcessor(), file))
    return model.columns.flat().flatMap((slide) => (slide.heading ? [slide.heading] : []))
  }
  const steps = (lead: string, second: string, after: string) =>
    [
      '## Numbers',
      '',
      `${lead} ${filler(18)}.`,
      '',
      '**The matrix $X$:**',
      '',
      '$$\nX = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}\n$$',
      '',
      `${after} ${filler(20)}.`,
      '',
      `**${second}:**`,
      '',
      '$$\ny = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}\n$$',
      '',
      `${after} ${filler(20)}.`,
    ].join('\n')

  it.each([
    [
      'English',
      steps('One update by hand.', 'The target vector $$\\mathbf{y}$$ and `y`', 'It has rows'),
    ],
    ['Chinese', steps('手算一次更新。', '目标向量 $$\\mathbf{y}$$ 与 `y`', '它有三行')],
  ])('keeps the math and code of the line in the title (%s)', async (_, markdown) => {
    const titled = (await headings(markdown)).find((heading) =>
      heading.children.some((child) => child.type === 'inlineMath'),
    )
    expect(titled, 'a title holding the line’s math').toBeDefined()
    expect(titled?.children.some((child) => child.type === 'inlineCode')).toBe(true)
    expect(plainText(titled as Heading)).not.toMatch(/[:：]\s*$/)
  })
})
