import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { pageModuleNeed } from '../../src/verify/read/not-checkable/needs/page-module.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkCodeLanguage)
    .use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const stopped = (name: string) =>
  `Traceback (most recent call last):\n  File "<sample>", line 1, in <module>\nNameError: name '${name}' is not defined\n`

describe('the module a page documents', () => {
  it('is the first word of its title or the module of the reference it links to', async () => {
    const titled = await samplesOf(
      '---\ntitle: "sys 系统特定参数和函数"\n---\n\n```python\nsys.byteorder\n```\n',
    )
    expect(titled[0]?.pageModule).toBe('sys')
    const linked = await samplesOf(
      '# Stack traces\n\n> https://docs.python.org/zh-cn/3/library/traceback.html\n\n```python\ntraceback.print_stack()\n```\n',
    )
    expect(linked[0]?.pageModule).toBe('traceback')
  })

  it('is none for a title or a link naming no standard module', async () => {
    const samples = await samplesOf(
      '---\ntitle: "Dates in Python"\n---\n\nSee https://docs.python.org/3/tutorial/index.html\n\n```python\nx = 1\n```\n',
    )
    expect(samples[0]?.pageModule).toBeUndefined()
  })

  it("makes a reference entry stopped on the page's module not checkable, and a program's missing import its own slip", async () => {
    const [entry, program, other] = await samplesOf(
      '---\ntitle: sys\n---\n\n```python\nsys.maxsize\n```\n\n```python\nimport os\nprint(sys.argv, os.sep)\n```\n\n```python\nprint(re.sub("a", "b", "a"))\n```\n',
    )
    if (!entry || !program || !other) throw new Error('three samples expected')
    expect(pageModuleNeed(entry, stopped('sys'))).toContain('import sys')
    expect(pageModuleNeed(program, stopped('sys'))).toBeUndefined()
    expect(pageModuleNeed(other, stopped('re'))).toBeUndefined()
  })
})
