import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { splitIntoSlides } from '../../src/render/slides/split-into-slides.js'

/** A build file of fifteen lines, and the listing that running it gives, written right under it with no lead-in. */
const code = [
  '```dockerfile',
  '# Stage 1: build (temporary, not in the final image)',
  'FROM node:20 AS builder',
  'WORKDIR /app',
  'COPY package*.json ./',
  'RUN npm ci',
  'COPY . .',
  'RUN npm run build',
  '',
  '# Stage 2: run (this becomes the final image)',
  'FROM node:20-alpine AS runner',
  'WORKDIR /app',
  'COPY --from=builder /app/dist ./dist',
  'COPY --from=builder /app/node_modules ./node_modules',
  'CMD ["node", "dist/index.js"]',
  '```',
].join('\n')
const output = [
  '```',
  '$ docker images',
  'REPOSITORY   TAG     IMAGE ID       SIZE',
  'my-node-app  latest  b2c3d4e5f6a7   185 MB',
  '```',
].join('\n')
const cases = [
  {
    lang: 'en',
    markdown: `## How it works\n\n**A minimal multi-stage build:**\n\n${code}\n\n${output}`,
  },
  {
    lang: 'zh',
    markdown: `## 原理\n\n**最小的多阶段构建：**\n\n${code}\n\n${output}`,
  },
]

describe.each(cases)('code with its output right under it ($lang)', ({ markdown }) => {
  it('keeps the output on the code’s slide, the code at the smaller size if need be', () => {
    const model = splitIntoSlides(unified().use(remarkParse).parse(markdown))
    const slides = model.columns.flat()
    const withCode = slides.filter((slide) =>
      slide.nodes.some((node) => plainText(node).includes('FROM node:20 AS builder')),
    )
    expect(withCode).toHaveLength(1)
    expect(withCode[0]?.nodes.some((node) => plainText(node).includes('$ docker images'))).toBe(
      true,
    )
    expect(
      slides.filter((slide) => slide.nodes.some((node) => plainText(node).includes('REPOSITORY'))),
    ).toHaveLength(1)
  })
})
