import type { Root } from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { remarkExtractSamples } from '../verify/remark-extract-samples.js'
import { remarkCjkLineBreaks } from './remark-cjk-line-breaks.js'
import { remarkCodeLanguage } from './remark-code-language.js'
import { remarkCollectAssets } from './remark-collect-assets.js'
import { remarkHeadingIds } from './remark-heading-ids.js'
import { remarkImageWidth } from './remark-image-width.js'
import { remarkTitleHeading } from './remark-title-heading.js'

/**
 * The Markdown processor every post goes through: it parses the whole file
 * (front matter kept as a `yaml` node, so positions are the file's own),
 * shapes the tree for the renderers and collects the code samples to verify.
 */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkCjkLineBreaks)
    .use(remarkCodeLanguage)
    .use(remarkTitleHeading)
    .use(remarkHeadingIds)
    .use(remarkImageWidth)
    .use(remarkCollectAssets)
    .use(remarkExtractSamples)
}

/** A processor made by `createMarkdownProcessor`. */
export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>

/** Parse `file` and run the tree-shaping plugins; problems land on `file.messages`. */
export async function parseMarkdown(processor: MarkdownProcessor, file: VFile): Promise<Root> {
  const tree = await processor.run(processor.parse(file), file)
  return tree as Root
}
