import type { Heading, Root } from 'mdast'
import { toString as headingText } from 'mdast-util-to-string'
import type { VFile } from 'vfile'

/** Compare titles loosely: case, width, spaces and punctuation aside. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '')
}

/** An HTML `<h1>` of plain text opening a block of raw HTML. */
const htmlTitle = /^\s*<h1\b[^>]*>([^<]*)<\/h1>[ \t]*\n?/i

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/**
 * Keep the post's title the page's only top-level heading: a body `# H1`
 * that repeats the front-matter title is removed (an HTML `<h1>` too), and when other `# H1`s
 * remain, every heading moves one level down (h6 stays h6).
 *
 * Reads the title from `file.data.frontMatter`; does nothing without one.
 */
export function remarkTitleHeading() {
  return (tree: Root, file: VFile): undefined => {
    const title = file.data.frontMatter?.title
    if (title === undefined) return
    tree.children = tree.children.filter((node) => {
      if (node.type === 'html') {
        // Written in HTML (`<h1>{{ page.title }}</h1>`, its variable printed), with what follows it kept.
        const match = htmlTitle.exec(node.value)
        if (!match || comparable(decodeEntities(match[1] ?? '')) !== comparable(title)) return true
        node.value = node.value.slice(match[0].length)
        return node.value.trim() !== ''
      }
      return !(
        node.type === 'heading' &&
        node.depth === 1 &&
        comparable(headingText(node)) === comparable(title)
      )
    })
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
    if (!headings.some((heading) => heading.depth === 1)) return
    for (const heading of headings) {
      heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth']
    }
  }
}
