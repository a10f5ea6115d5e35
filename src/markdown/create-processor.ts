import type { Root } from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { remarkExtractSamples } from '../verify/read/remark-extract-samples.js'
import { remarkAsideNotes } from './remark-aside-notes.js'
import { remarkBrokenHtmlTables } from './remark-broken-html-tables.js'
import { remarkCallouts } from './remark-callouts.js'
import { remarkCjkLineBreaks } from './remark-cjk-line-breaks.js'
import { remarkCodeLanguage } from './remark-code-language.js'
import { type CollectAssetsOptions, remarkCollectAssets } from './remark-collect-assets.js'
import { remarkComponentBlocks } from './remark-component-blocks.js'
import { remarkDirectives } from './remark-directives.js'
import { remarkDollarMath } from './remark-dollar-math.js'
import { remarkForeignSyntax } from './remark-foreign-syntax.js'
import { remarkGeneratorDirectives } from './remark-generator-directives.js'
import { remarkHeadingIds } from './remark-heading-ids.js'
import { remarkHtmlBlockTail } from './remark-html-block-tail.js'
import { remarkHugoShortcodes } from './remark-hugo-shortcodes.js'
import { remarkImageWidth } from './remark-image-width.js'
import { remarkInlineHeadings } from './remark-inline-headings.js'
import { remarkMarkdownInHtml } from './remark-markdown-in-html.js'
import { remarkMarkdownItContainers } from './remark-markdown-it-containers.js'
import { remarkMathjaxText } from './remark-mathjax-text.js'
import { remarkMermaid } from './remark-mermaid.js'
import { remarkMystDirectives } from './remark-myst-directives.js'
import { remarkMystRoles } from './remark-myst-roles.js'
import { remarkPageFeatures } from './remark-page-features.js'
import { remarkTemplateTags } from './remark-template-tags.js'
import { remarkTexDelimiters } from './remark-tex-delimiters.js'
import { remarkTitleHeading } from './remark-title-heading.js'

/**
 * The Markdown processor every post goes through: it parses the whole file
 * (front matter kept as a `yaml` node, so positions are the file's own),
 * with fuwari's extensions (directives, math), shapes the tree for the
 * renderers and collects the code samples to verify.
 */
export function createMarkdownProcessor(options: CollectAssetsOptions = {}) {
  return (
    unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkGfm)
      .use(remarkDollarMath)
      .use(remarkDirective)
      .use(remarkCjkFriendly)
      // Note: first of the transforms, so the Markdown they read inside HTML goes through all of them.
      .use(remarkMarkdownInHtml)
      .use(remarkComponentBlocks)
      // Note: before remark-callouts, which draws the admonitions it makes.
      .use(remarkMystDirectives)
      .use(remarkMystRoles)
      .use(remarkHtmlBlockTail)
      .use(remarkBrokenHtmlTables)
      .use(remarkAsideNotes)
      // Note: before remark-cjk-line-breaks, which would join a container's opening line to the words under it.
      .use(remarkMarkdownItContainers)
      .use(remarkCjkLineBreaks)
      .use(remarkCodeLanguage)
      .use(remarkTexDelimiters)
      .use(remarkMathjaxText)
      .use(remarkCallouts)
      .use(remarkDirectives)
      .use(remarkTemplateTags)
      .use(remarkForeignSyntax)
      // Note: after remark-foreign-syntax, which reads a paragraph of one `{{< figure >}}` as an image.
      .use(remarkHugoShortcodes)
      .use(remarkInlineHeadings)
      .use(remarkGeneratorDirectives)
      .use(remarkMermaid)
      .use(remarkPageFeatures)
      .use(remarkTitleHeading)
      .use(remarkHeadingIds)
      .use(remarkImageWidth)
      .use(remarkCollectAssets, options)
      .use(remarkExtractSamples)
  )
}

/** A processor made by `createMarkdownProcessor`. */
export type MarkdownProcessor = ReturnType<typeof createMarkdownProcessor>

/** Parse `file` and run the tree-shaping plugins; problems land on `file.messages`. */
export async function parseMarkdown(processor: MarkdownProcessor, file: VFile): Promise<Root> {
  const tree = await processor.run(processor.parse(file), file)
  return tree as Root
}
