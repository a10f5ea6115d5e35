import { createRequire } from 'node:module'
import path from 'node:path'
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Post } from '../../content/load-post.js'
import { isSlideDrawing } from '../../text-diagram.js'
import type { OutputFile } from '../../write/output-file.js'
import { withSampleOutputs } from '../code/sample-outputs.js'
import type { HtmlRenderer } from '../markdown-to-html.js'
import { descriptionOf, postDepth, postFolder, upFolders } from '../page-context.js'
import type { TemplateRenderer } from '../templates.js'
import { deckNotes } from '../words/deck-notes.js'
import { formatDate } from '../words/format-date.js'
import { interfaceWords } from '../words/interface-words.js'
import { footnotesToNotes } from './footnotes-to-notes.js'
import { longHeadingNotes, shortenLongHeadings } from './long-headings.js'
import { isPictureLanguage } from './paginate/code.js'
import { type SlideModel, splitIntoSlides } from './split-into-slides.js'

/** What rendering a deck needs besides the post. */
export interface DeckRendering {
  toHtml: HtmlRenderer
  render: TemplateRenderer
  /** The post's language, as `languageOf` decided it. */
  lang: string
}

/** A rendered deck and the slide model it was made from. */
export interface RenderedDeck {
  file: OutputFile
  model: SlideModel
}

/** A slide as the deck template takes it. */
interface RenderedSlide {
  id: string | undefined
  /** Link to the slide's section on the page. */
  pageHref: string | undefined
  /** `picture-slide` for a slide given to one picture, `authored-slide` for a slide as the post's author cut it. */
  className: string | undefined
  html: string
  notes: string
}

/**
 * Render the reveal.js deck of `post` at `posts/<slug>/slides/index.html`:
 * a title slide from the front matter, then the post cut into slides, each
 * with its speaker notes and a link back to its section of the page.
 */
export async function renderDeck(
  post: Post,
  tree: Root,
  { toHtml, render, lang }: DeckRendering,
): Promise<RenderedDeck> {
  const settings = typeof post.frontMatter.slides === 'object' ? post.frontMatter.slides : {}
  const model = footnotesToNotes(
    splitIntoSlides(
      shortenLongHeadings(withSampleOutputs(tree, post.file.data.shownOutputs, 'deck')),
      {
        level: settings.level,
        title: post.frontMatter.title,
        imageSizes: post.file.data.imageSizes,
        notes: deckNotes(post.file.data.words ?? interfaceWords(lang)),
      },
    ),
    tree,
  )
  // Note: link and image definitions render nothing, but references on any
  // slide need them, so every slide's tree carries them all.
  const definitions = tree.children.filter((node) => node.type === 'definition')
  const columns: RenderedSlide[][] = []
  const said = new Set<readonly PhrasingContent[]>()
  for (const column of model.columns) {
    const rendered: RenderedSlide[] = []
    for (const slide of column) {
      const heading = slide.heading ? [withoutId(slide.heading)] : []
      const kicker = slide.kicker ? [asKicker(slide.kicker)] : []
      const shown = [...kicker, ...heading, ...slide.nodes]
      const notes = [...longHeadingNotes([slide.kicker, slide.heading], said), ...slide.notes]
      rendered.push({
        id: slide.id,
        pageHref:
          slide.anchor === undefined
            ? undefined
            : `../index.html#${encodeURIComponent(slide.anchor)}`,
        className:
          [slide.picture ? 'picture-slide' : '', slide.authored ? 'authored-slide' : '']
            .filter(Boolean)
            .join(' ') || undefined,
        html: await toHtml(slideTree([...shown, ...definitions]), post.file),
        notes:
          notes.length > 0 ? await toHtml(slideTree([...notes, ...definitions]), post.file) : '',
      })
    }
    columns.push(rendered)
  }
  const lead = model.lead && {
    html: await toHtml(slideTree([...model.lead.nodes, ...definitions]), post.file),
    notes:
      model.lead.notes.length > 0
        ? await toHtml(slideTree([...model.lead.notes, ...definitions]), post.file)
        : '',
  }
  const image = post.file.data.coverImage
  const contents = render('deck', {
    root: upFolders(postDepth(post.slug) + 1),
    lang,
    description: descriptionOf(post, tree),
    post: post.frontMatter,
    cover: image && !/^[a-z][a-z\d+.-]*:|^\//i.test(image) ? `../${image}` : image,
    theme: settings.theme ?? 'light',
    columns,
    t: post.file.data.words ?? interfaceWords(lang),
    features: post.file.data.features,
    published: formatDate(post.frontMatter.published, lang),
    lead,
  })
  return { file: { path: `${postFolder(post.slug)}/slides/index.html`, contents }, model }
}

/** A section's heading shown small above its first subsection; it keeps its id, for links from the page. */
function asKicker(heading: RootContent): RootContent {
  if (heading.type !== 'heading') return heading
  const properties = heading.data?.hProperties ?? {}
  return {
    type: 'paragraph',
    data: { hProperties: { ...properties, className: ['kicker'] } },
    children: heading.children,
  }
}

/** A heading for a slide: its page id stays on the page, where it is unique. */
function withoutId(heading: RootContent): RootContent {
  if (heading.type !== 'heading' || !heading.data) return heading
  const { id: _, ...properties } = heading.data.hProperties ?? {}
  return { ...heading, data: { ...heading.data, hProperties: properties } }
}

/**
 * A tree of one slide's blocks, with asset URLs made relative to the deck's
 * folder, one below the page's. The post's own tree is left as it is.
 */
function slideTree(nodes: RootContent[]): Root {
  const tree: Root = { type: 'root', children: structuredClone(nodes).map(wrapCode) }
  visit(tree, ['image', 'link', 'definition'], (node) => {
    if ('url' in node && node.data && 'assetPath' in node.data && node.data.assetPath) {
      node.url = `../${node.url}`
    }
  })
  return tree
}

/** Code at the smaller size, or shrunk whole to fit, in a `div` the deck's style sheet sizes. */
function wrapCode(node: RootContent): RootContent {
  if (node.type !== 'code' || !(node.data?.small || node.data?.whole)) return node
  return {
    type: 'blockquote',
    data: {
      hName: 'div',
      hProperties: {
        // Note: program code shrunk whole has a readable minimum in deck.js, a transcript goes to half size,
        // and a drawing to whatever its slide leaves (the viewer shows it full size).
        className: !node.data.whole
          ? ['small-code']
          : isSlideDrawing(node.value)
            ? ['whole', 'whole-drawing']
            : isPictureLanguage(node)
              ? ['whole']
              : ['whole', 'whole-code'],
      },
    },
    children: [node],
  }
}

/**
 * The reveal.js files every deck loads, copied from the installed package so
 * decks work offline, and postdeck's deck theme and start-up script.
 */
export function deckAssets(templatesFolder: string): OutputFile[] {
  const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'))
  const fromReveal = [
    'reveal.css',
    'reveal.js',
    'theme/white.css',
    'theme/black.css',
    'plugin/notes.js',
  ]
  return [
    ...fromReveal.map((file) => ({
      path: `assets/reveal/${file}`,
      copyFrom: path.join(revealDist, file),
    })),
    { path: 'assets/deck.css', copyFrom: `${templatesFolder}assets/deck.css` },
    { path: 'assets/deck.js', copyFrom: `${templatesFolder}assets/deck.js` },
  ]
}
