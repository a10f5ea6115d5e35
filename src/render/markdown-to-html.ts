import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import type { Root } from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import type { Highlighter } from 'shiki'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { codeThemes } from './highlighter.js'

/** Turns a Markdown tree (or part of one) into HTML. */
export type HtmlRenderer = (tree: Root, file: VFile) => Promise<string>

/**
 * Make the renderer that the page and the deck share, so code reads the same
 * in both: highlighted at build time, coloured by inline styles and CSS
 * variables, needing no script.
 *
 * Raw HTML in the Markdown is not passed through.
 */
export function createHtmlRenderer(highlighter: Highlighter): HtmlRenderer {
  const processor = unified()
    .use(remarkRehype)
    .use(rehypeShikiFromHighlighter, highlighter, {
      themes: codeThemes,
      defaultColor: 'light',
      lazy: true,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      addLanguageClass: true,
    })
    .use(rehypeStringify)
  return async (tree, file) => processor.stringify(await processor.run(tree, file), file)
}
