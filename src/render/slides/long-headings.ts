import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { keySentence } from './prose.js'
import { headingLines } from './slide-metrics.js'

declare module 'mdast' {
  interface HeadingData {
    /** The whole text of a heading the slides show shortened, for the speaker notes. */
    longText?: PhrasingContent[]
  }
}

/** A slide's heading wraps to at most this many lines; a longer one is a paragraph written as a heading. */
const maxHeadingLines = 2

/**
 * The post's tree for the deck, each heading too long for a slide (a
 * paragraph written as a heading, as machine translations and notes exports
 * leave them: "Here's a detailed tutorial on …" over twelve lines) shortened
 * to its key sentence, cut to two lines with `…`; its whole text goes to the
 * speaker notes of the slide that shows it first (`longHeadingNotes`). The
 * heading keeps its id, for the link to the page, and is read as before (a
 * heading with no text of its own still rides above its subsection). The
 * page's tree is not changed.
 */
export function shortenLongHeadings(tree: Root): Root {
  if (!tree.children.some((node) => node.type === 'heading' && isLong(node))) return tree
  const children: RootContent[] = tree.children.map((node) =>
    node.type === 'heading' && isLong(node)
      ? {
          ...node,
          children: shortened(node),
          data: { ...node.data, longText: node.children },
        }
      : node,
  )
  return { ...tree, children }
}

/**
 * The whole text of the shortened headings among `headings` not `said` on an
 * earlier slide (a continuation slide repeats its heading), as paragraphs for
 * the speaker notes; they are then said.
 */
export function longHeadingNotes(
  headings: ReadonlyArray<RootContent | undefined>,
  said: Set<readonly PhrasingContent[]>,
): Paragraph[] {
  const notes: Paragraph[] = []
  for (const heading of headings) {
    const text = heading?.type === 'heading' ? heading.data?.longText : undefined
    if (!text || said.has(text)) continue
    said.add(text)
    notes.push({ type: 'paragraph', children: text })
  }
  return notes
}

function isLong(heading: Heading): boolean {
  return headingLines(plainText(heading)) > maxHeadingLines
}

/** The heading's key sentence, cut at a word (or, in Chinese, a character) until it fits two lines. */
function shortened(heading: Heading): PhrasingContent[] {
  let key = keySentence({ type: 'paragraph', children: heading.children })
  const text = () => plainText({ type: 'paragraph', children: key })
  while (headingLines(text()) > maxHeadingLines && text().length > 8) {
    const words = text().replace(/…$/u, '')
    const shorter = /\s\S+\s*$/u.test(words) ? words.replace(/\s+\S+\s*$/u, '') : words.slice(0, -2)
    key = [{ type: 'text', value: `${shorter.trimEnd()}…` }]
  }
  return key
}
