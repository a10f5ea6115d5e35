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

/**
 * Keep the post's title the page's only top-level heading: a body `# H1`
 * that repeats the front-matter title is removed, and when other `# H1`s
 * remain, every heading moves one level down (h6 stays h6).
 *
 * Reads the title from `file.data.frontMatter`; does nothing without one.
 */
export function remarkTitleHeading() {
  return (tree: Root, file: VFile): undefined => {
    const title = file.data.frontMatter?.title
    if (title === undefined) return
    tree.children = tree.children.filter(
      (node) =>
        !(
          node.type === 'heading' &&
          node.depth === 1 &&
          comparable(headingText(node)) === comparable(title)
        ),
    )
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading')
    if (!headings.some((heading) => heading.depth === 1)) return
    for (const heading of headings) {
      heading.depth = Math.min(heading.depth + 1, 6) as Heading['depth']
    }
  }
}
