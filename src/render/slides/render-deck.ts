import { createRequire } from 'node:module'
import path from 'node:path'
import type { Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Post } from '../../content/load-post.js'
import type { OutputFile } from '../../write/output-file.js'
import type { HtmlRenderer } from '../markdown-to-html.js'
import {
  descriptionOf,
  languageOf,
  postFolder,
  type SiteOptions,
  upFolders,
} from '../page-context.js'
import { withSampleOutputs } from '../sample-outputs.js'
import type { TemplateRenderer } from '../templates.js'
import { type SlideModel, splitIntoSlides } from './split-into-slides.js'

/** What rendering a deck needs besides the post. */
export interface DeckRendering {
  toHtml: HtmlRenderer
  render: TemplateRenderer
  site: SiteOptions
}

/** A rendered deck and the slide model it was made from. */
export interface RenderedDeck {
  file: OutputFile
  model: SlideModel
}

/**
 * Render the reveal.js deck of `post` at `posts/<slug>/slides/index.html`:
 * a title slide from the front matter, then the post cut into slides.
 */
export async function renderDeck(
  post: Post,
  tree: Root,
  { toHtml, render, site }: DeckRendering,
): Promise<RenderedDeck> {
  const model = splitIntoSlides(withSampleOutputs(tree, post.file.data.sampleResults, 'deck'))
  // Note: link and image definitions render nothing, but references on any
  // slide need them, so every slide's tree carries them all.
  const definitions = tree.children.filter((node) => node.type === 'definition')
  const columns: string[][] = []
  for (const column of model.columns) {
    const rendered: string[] = []
    for (const slide of column) {
      rendered.push(await toHtml(slideTree([...slide.nodes, ...definitions]), post.file))
    }
    columns.push(rendered)
  }
  const contents = render('deck', {
    root: upFolders(3),
    lang: languageOf(post, tree, site),
    description: descriptionOf(post, tree),
    post: post.frontMatter,
    columns,
  })
  return { file: { path: `${postFolder(post.slug)}/slides/index.html`, contents }, model }
}

/**
 * A tree of one slide's blocks, with asset URLs made relative to the deck's
 * folder, one below the page's. The post's own tree is left as it is.
 */
function slideTree(nodes: RootContent[]): Root {
  const tree: Root = { type: 'root', children: structuredClone(nodes) }
  visit(tree, ['image', 'link', 'definition'], (node) => {
    if ('url' in node && node.data && 'assetPath' in node.data && node.data.assetPath) {
      node.url = `../${node.url}`
    }
  })
  return tree
}

/**
 * The reveal.js files every deck loads, copied from the installed package so
 * decks work offline, and postdeck's deck theme and start-up script.
 */
export function deckAssets(templatesFolder: string): OutputFile[] {
  const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'))
  const fromReveal = ['reveal.css', 'reveal.js', 'theme/white.css', 'plugin/notes.js']
  return [
    ...fromReveal.map((file) => ({
      path: `assets/reveal/${file}`,
      copyFrom: path.join(revealDist, file),
    })),
    { path: 'assets/deck.css', copyFrom: `${templatesFolder}assets/deck.css` },
    { path: 'assets/deck.js', copyFrom: `${templatesFolder}assets/deck.js` },
  ]
}
