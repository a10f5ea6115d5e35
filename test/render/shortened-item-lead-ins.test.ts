import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** The manifest a list's last item introduces: taller than what is left under the list. */
const manifest = [
  '```toml',
  '[package]',
  'name = "app"',
  'version = "0.1.0"',
  '',
  '[[bin]]',
  'name = "cli_a"',
  'path = "src/bin/cli_a.rs"',
  'required-features = ["feat-a"]',
  '',
  '[[bin]]',
  'name = "cli_b"',
  'path = "src/bin/cli_b.rs"',
  'required-features = ["feat-b"]',
  '',
  '[features]',
  'feat-a = ["uuid/v4"]',
  'feat-b = ["uuid/v7"]',
  '```',
].join('\n')

/** A list of long items (shortened on the slide, their words said) whose last, short one ends in a colon. */
const cases = [
  {
    lang: 'en',
    markdown: [
      '## Features and several programs',
      'We met features earlier, with the identifiers crate.',
      `* **Features add up.** ${'If any target built in the same invocation needs a feature of a dependency, the dependency is built with it for every target of that invocation, whether the others need it or not. '.repeat(2)}`,
      `* **One graph.** ${'Cargo resolves a single graph of dependencies for everything built at once, with one copy of each version of a crate in it, so their features are merged. '.repeat(2)}`,
      '* **A program per feature.** If a program should exist only with a feature on, use `required-features` in `Cargo.toml`:',
      '**A concrete example**:',
      manifest,
    ],
    leadIn: 'A concrete example:',
  },
  {
    lang: 'zh',
    markdown: [
      '## 特性与多个程序',
      '前面我们在标识符库那里已经见过特性。',
      `* **特性会叠加。**${'只要同一次构建中的任何一个目标需要某个依赖的特性，这个依赖就会为这次构建的所有目标带上该特性，不管其他目标是否需要它。'.repeat(3)}`,
      `* **只有一张图。**${'Cargo 为同时构建的所有东西解析一张依赖图，每个版本的库在图中只有一份，所以它们的特性会合并在一起。'.repeat(3)}`,
      '* **一个特性一个程序。**如果某个程序只应在打开某个特性时存在，就在 `Cargo.toml` 中使用 `required-features`：',
      '**具体的例子**：',
      manifest,
    ],
    leadIn: '具体的例子：',
  },
]

describe.each(cases)(
  'a list of shortened items ending in a lead-in ($lang)',
  ({ markdown, leadIn }) => {
    it('stays on the slide of the block it introduces, the items’ words in the notes', () => {
      const tree = unified().use(remarkParse).parse(markdown.join('\n\n'))
      const slides = splitIntoSlides(tree, { imageSizes: {} }).columns.flat()
      const listSlide = slides.find((slide) => slide.nodes.some((node) => node.type === 'list'))
      const types = listSlide?.nodes.map((node) => node.type) ?? []
      // The list, the line after it and the code it introduces (its first part at least) read together.
      expect(types.slice(types.indexOf('list'))).toEqual(['list', 'paragraph', 'code'])
      expect(listSlide?.nodes.map((node) => plainText(node)).join('\n')).toContain(leadIn)
      expect(slides.some((slide) => slide.nodes.at(-1)?.type === 'list')).toBe(false)
    })
  },
)
