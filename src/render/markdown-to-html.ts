import rehypeShikiFromHighlighter from '@shikijs/rehype/core'
import type { Element, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import rehypeKatex from 'rehype-katex'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { type BundledLanguage, bundledLanguages, type Highlighter } from 'shiki'
import { unified } from 'unified'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { rehypePageImages } from './blog/rehype-page-images.js'
import { rehypeSectionLinks } from './blog/rehype-section-links.js'
import { codeAnnotations } from './code/code-annotations.js'
import { codeThemes } from './code/highlighter.js'
import { rehypeAssetUrls } from './rehype-asset-urls.js'
import { rehypeInterfaceWords } from './words/rehype-interface-words.js'

/** A `src` that is not a `data:` URL (whose protocol the schema checks apart). */
const notData = /^(?!\s*data:)/i
/**
 * An image inlined in the post as a `data:` URL: raster types only, base64.
 * Note: never SVG or HTML, which can hold scripts.
 */
const rasterData = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp);base64,[\w+/=\s]*$/i

const mediaAttributes = [
  ['src', notData],
  'width',
  'height',
  'controls',
  'loop',
  'muted',
  'playsInline',
]

/**
 * What HTML from Markdown may hold: GitHub's rules (no script or style
 * element, no event handlers, only http, https, mailto and relative URLs), plus the classes,
 * image widths and focusable spoilers that postdeck's own plugins add,
 * local videos (`<video>`, `<source>`), which play nothing unasked, figures
 * with their captions (`<figure>`, `<figcaption>`), and
 * images inlined as raster `data:` URLs (PNG, JPEG, GIF, WebP, AVIF, BMP).
 *
 * Note: ids are not prefixed again; remark-rehype already prefixes the
 * footnote ids, the only ids in the tree.
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  // Note: a `<style>` element's rules would show as text once the element is dropped; it goes whole, as `<script>` does.
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className'],
    img: [
      ...(defaultSchema.attributes?.img ?? []).filter((name) => name !== 'src'),
      ['src', notData, rasterData],
      'style',
    ],
    code: [
      ...(defaultSchema.attributes?.code ?? []),
      ['className', /^language-./, 'math-inline', 'math-display'],
    ],
    span: [...(defaultSchema.attributes?.span ?? []), 'tabIndex'],
    video: [...mediaAttributes, 'poster', 'preload'],
    audio: mediaAttributes,
    source: [['src', notData], 'type'],
  },
  // Note: `data` passes the protocol check of every `src`; the attributes above let it through on `img` alone.
  protocols: { ...defaultSchema.protocols, src: [...(defaultSchema.protocols?.src ?? []), 'data'] },
  // Note: `figure` and `figcaption` hold a picture and its caption (no attributes); dropping them would lose which caption is whose.
  // An `aside` is the author's side note: dropped, its words would stand loose in the text, no box and no block of a slide.
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'video',
    'audio',
    'source',
    'figure',
    'figcaption',
    'aside',
  ],
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

/**
 * Hand each fence's meta as written (`title="a.js" {1-3}`, kept as
 * `data-meta` by `remarkCodeLanguage`) to shiki, which reads `metastring`.
 * Note: an attribute, for rehype-raw drops node data; the sanitiser drops
 * the attribute, and the meta then comes from the node's data.
 *
 * A part of a fence (a slide shows a long one in parts) gets the line its
 * part starts at in the fence, as `lineOffset=N`, so line ranges and
 * numbers of the meta keep counting the lines of the whole fence.
 */
function rehypeCodeMeta() {
  return (tree: HastRoot, file: VFile): undefined => {
    const source = String(file.value ?? '').split('\n')
    visit(tree, 'element', (node, _, parent) => {
      if (node.tagName !== 'code') return
      const written = node.properties.dataMeta ?? node.data?.meta
      if (written === undefined || written === null) return
      const meta = String(written)
      delete node.properties.dataMeta
      const offset = parent?.type === 'element' ? partOffset(node, parent, source) : 0
      const settled = offset > 0 ? `${meta} lineOffset=${offset}` : meta
      node.properties.metastring = settled
      node.data = { ...node.data, meta: settled }
    })
  }
}

/** Where the code of `code` starts among the lines of the fence it comes from (`pre`'s place); 0 for a whole fence. */
function partOffset(code: Element, pre: Element, source: readonly string[]): number {
  const place = pre.position ?? code.position
  if (!place) return 0
  const fence = source.slice(place.start.line, Math.max(place.start.line, place.end.line - 1))
  const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
  const lines = text.replace(/\n$/, '').split('\n')
  if (lines.length >= fence.length) return 0
  // Note: a fence in a list or a quote has its lines prefixed (`> `, spaces); a part's lines end them.
  for (let at = 0; at + lines.length <= fence.length; at++) {
    if (lines.every((line, index) => (fence[at + index] ?? '').endsWith(line))) return at
  }
  return 0
}

/**
 * Load the languages of a tree's code blocks one after another, before shiki
 * runs, so it highlights them in document order: shiki 4 colours a block
 * differently depending on what it tokenised before, and lazy loads finishing
 * in any order would make the same post come out differently from run to run.
 * A language shiki does not know is left to its fallback.
 */
function rehypeLoadLanguages(highlighter: Highlighter) {
  return async (tree: HastRoot): Promise<undefined> => {
    const languages = new Set<string>()
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'code') return
      const classes = Array.isArray(node.properties.className) ? node.properties.className : []
      for (const name of classes)
        if (typeof name === 'string' && name.startsWith('language-')) languages.add(name.slice(9))
    })
    const loaded = new Set(highlighter.getLoadedLanguages())
    for (const language of languages) {
      if (loaded.has(language) || !(language in bundledLanguages)) continue
      await highlighter.loadLanguage(language as BundledLanguage)
    }
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
    .use(rehypeAssetUrls, { prefix: options.page ? '' : '../' })
    .use(rehypeSectionLinks, { enabled: options.page === true })
    .use(rehypePageImages, { enabled: options.page === true })
    .use(rehypeCodeMeta)
    .use(rehypeLoadLanguages, highlighter)
    // Note: before shiki, which would otherwise colour the TeX as code.
    .use(rehypeKatex, { strict: 'ignore' })
    .use(rehypeShikiFromHighlighter, highlighter, {
      // Note: a deck shows code in the light theme only, and every theme
      // costs a tokenisation; a block the page highlighted first comes from
      // the shared cache with both, which looks the same.
      ...(options.page
        ? { themes: codeThemes, defaultColor: 'light' }
        : { theme: codeThemes.light }),
      lazy: true,
      // Note: shiki stops tokenising a line after 500 ms by default, which a
      // loaded machine reaches, and then colours the rest of the line plainly:
      // the same post would highlight differently from one build to the next.
      tokenizeTimeLimit: 0,
      defaultLanguage: 'text',
      fallbackLanguage: 'text',
      addLanguageClass: true,
      ...(options.cache ? { cache: options.cache } : {}),
      // The language, for the label pages and decks show on a code block.
      transformers: [
        ...codeAnnotations(),
        {
          pre(node) {
            if (this.options.lang && this.options.lang !== 'text')
              node.properties['data-language'] = this.options.lang
          },
        },
      ],
    })
    .use(rehypeInterfaceWords)
    .use(rehypeStringify)
  return async (tree, file) => processor.stringify(await processor.run(tree, file), file)
}
