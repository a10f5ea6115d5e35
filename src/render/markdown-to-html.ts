import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import type { Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import type { Highlighter } from 'shiki'
import { unified } from 'unified'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { rehypePageImages } from './blog/rehype-page-images.js'
import { rehypeSectionLinks } from './blog/rehype-section-links.js'
import { codeThemes } from './highlighter.js'

/**
 * What HTML from Markdown may hold: GitHub's rules (no script, no event
 * handlers, only http, https, mailto and relative URLs), plus the classes
 * and image widths that postdeck's own plugins add.
 *
 * Note: ids are not prefixed again; remark-rehype already prefixes the
 * footnote ids, the only ids in the tree.
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'],
    img: [...(defaultSchema.attributes?.img ?? []), 'style'],
  },
}

/** Highlighted code by language, meta and code; renderers that share one highlight a block once. */
export type HtmlCache = Map<string, HastRoot>

/**
 * rehype-raw, for trees that hold raw HTML. Note: it runs the whole tree
 * through an HTML parser, a tenth of a page's rendering, so a tree without
 * raw HTML, whose output would be the same, skips it.
 */
function rehypeRawWhenPresent() {
  const parseRaw = rehypeRaw()
  return (tree: HastRoot, file: VFile): HastRoot | undefined => {
    let found = false
    visit(tree, 'raw', () => {
      found = true
      return EXIT
    })
    return found ? parseRaw(tree, file) : undefined
  }
}

/** Turns a Markdown tree (or part of one) into HTML. */
export type HtmlRenderer = (tree: Root, file: VFile) => Promise<string>

/**
 * Make the renderer that the page and the deck share, so code reads the same
 * in both: highlighted at build time, coloured by inline styles and CSS
 * variables, needing no script.
 *
 * Raw HTML in the Markdown passes through a sanitiser, as does everything
 * else, unless the site trusts it (`trustRawHtml`).
 * For the `page`, headings get anchor and "Present from here" links, and
 * images their size, lazy loading and captions.
 */
export function createHtmlRenderer(
  highlighter: Highlighter,
  options: { page?: boolean; trustRawHtml?: boolean; cache?: HtmlCache } = {},
): HtmlRenderer {
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    .use(options.trustRawHtml ? [] : [[rehypeSanitize, sanitizeSchema]])
    .use(rehypeSectionLinks, { enabled: options.page === true })
    .use(rehypePageImages, { enabled: options.page === true })
    .use(rehypeShikiFromHighlighter, highlighter, {
      // Note: a deck shows code in the light theme only, and every theme
      // costs a tokenisation; a block the page highlighted first comes from
      // the shared cache with both, which looks the same.
      ...(options.page
        ? { themes: codeThemes, defaultColor: 'light' }
        : { theme: codeThemes.light }),
      lazy: true,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      addLanguageClass: true,
      ...(options.cache ? { cache: options.cache } : {}),
      // The language, for the label pages and decks show on a code block.
      transformers: [
        {
          pre(node) {
            if (this.options.lang && this.options.lang !== 'text')
              node.properties['data-language'] = this.options.lang
          },
        },
      ],
    })
    .use(rehypeStringify)
  return async (tree, file) => processor.stringify(await processor.run(tree, file), file)
}
