import type { Heading, Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** An entry of a page's table of contents. */
export interface TocEntry {
  id: string
  text: string
  /** Whether the heading carries its own number (`1.`, `2.3`, `一、`, `第二章`), so the list numbers none. */
  numbered: boolean
  children: TocEntry[]
}

const ownNumber =
  /^\s*(?:\d+(?:\.\d+)*(?:[.、:：)）]|\s)|[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百\d]+[章节節部篇]|[(（]\d+[)）]|[IVX]+\.\s)/u

/**
 * The table of contents of a post: its two highest heading levels below the
 * title (h2 and h3 on most pages), nested, with the ids the page uses.
 */
export function tableOfContents(tree: Root): TocEntry[] {
  const headings = tree.children.filter(
    (node): node is Heading & { data: { id: string } } =>
      node.type === 'heading' && typeof node.data?.id === 'string',
  )
  const top = Math.min(...headings.map((heading) => heading.depth))
  const entries: TocEntry[] = []
  for (const heading of headings) {
    const text = plainText(heading)
    const entry = { id: heading.data.id, text, numbered: ownNumber.test(text), children: [] }
    if (heading.depth === top) entries.push(entry)
    else if (heading.depth === top + 1) (entries.at(-1)?.children ?? entries).push(entry)
  }
  return entries
}
