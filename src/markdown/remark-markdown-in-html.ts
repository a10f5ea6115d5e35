import type { Html, Root, RootContent } from 'mdast'
import type { Processor } from 'unified'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** A block element's start tag alone on its line, asking for Markdown inside: `<div class="cell" markdown="1">`. */
const markdownStart =
  /^[ \t]{0,3}<(div|section|article|aside|details|figure|blockquote|main|header|footer|nav)\b[^<>]*\bmarkdown\s*=\s*(["']?)(?:1|block)\2[^<>]*>[ \t]*$/i
/** A start or end tag of a block element alone on its line. */
const tagLine = /^[ \t]*<(\/?)([A-Za-z][\w-]*)\b[^<>]*>[ \t]*$/
/** A fence's opening or closing line. */
const fenceLine = /^[ \t]{0,3}(`{3,}|~{3,})/

/**
 * The source lines of the element a `markdown="1"` start tag opens, through
 * its end tag: `[from, to)` as offsets, and the offsets of the tag lines
 * inside it (nested elements' tags too, outside fences), which frame the
 * Markdown. `undefined` when the element is not closed.
 */
function elementLines(
  source: string,
  start: number,
  name: string,
): { end: number; tags: [number, number][] } | undefined {
  const tags: [number, number][] = []
  let depth = 0
  let fence: string | undefined
  let offset = start
  while (offset < source.length) {
    const lineEnd = source.indexOf('\n', offset)
    const end = lineEnd < 0 ? source.length : lineEnd
    const line = source.slice(offset, end)
    const opened = fenceLine.exec(line)?.[1]
    if (fence !== undefined) {
      if (closes(opened, fence, line)) fence = undefined
    } else if (opened) {
      fence = opened
    } else {
      const tag = tagLine.exec(line)
      if (tag && tag[2]?.toLowerCase() === name) {
        tags.push([offset, end])
        depth += tag[1] ? -1 : 1
        if (depth === 0) return { end, tags }
      } else if (tag) {
        tags.push([offset, end])
      }
    }
    offset = end + 1
  }
  return undefined
}

/**
 * Read as Markdown the content of a block element whose start tag says
 * `markdown="1"` (or `"block"`), as kramdown (Jekyll's default), PHP Markdown
 * Extra and Python-Markdown's `md_in_html` do: a Jupyter Book or nbconvert
 * page puts each notebook cell's code fence and output fence inside such
 * `<div>`s. CommonMark reads the element as an HTML block up to the first
 * blank line, which cuts its fences in two and leaves the code as raw
 * text. The tags stay HTML nodes of their own, at their lines; what lies
 * between them is parsed as Markdown, positions kept true to the file.
 *
 * Note: only elements whose start tag is alone on its line at the top level
 * of the post, closed by a matching end tag alone on its line; the post is
 * read again from the first of them on, since a fence CommonMark cut there
 * may have run on past the element.
 */
export function remarkMarkdownInHtml(this: Processor) {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    const children = tree.children
    const index = children.findIndex(
      (node) =>
        node.type === 'html' &&
        node.position?.start.offset !== undefined &&
        markdownStart.test(firstLine(source, node.position.start.offset)),
    )
    const node = children[index]
    const start = node?.position?.start.offset
    if (!node?.position || start === undefined) return
    const tags = markdownElementTags(source, start)
    if (tags.length === 0) return
    // The rest of the post read again, every such element's tag lines blanked with spaces:
    // blank lines for CommonMark, every offset unchanged (a fence CommonMark cut may run past the element).
    let text = source.slice(start)
    for (const [from, to] of tags) {
      text = text.slice(0, from - start) + ' '.repeat(to - from) + text.slice(to - start)
    }
    // Link and footnote definitions above the element, which references in it may use, read along
    // after the text and dropped from what is put back.
    const length = text.length
    const definitions = children
      .slice(0, index)
      .filter((child) => child.type === 'definition' || child.type === 'footnoteDefinition')
      .map((child) => source.slice(child.position?.start.offset, child.position?.end.offset))
    const inner = this.parse(
      definitions.length > 0 ? `${text}\n\n${definitions.join('\n\n')}\n` : text,
    ) as Root
    inner.children = inner.children.filter((child) => (child.position?.start.offset ?? 0) < length)
    const line = node.position.start.line
    visit(inner, (child) => {
      for (const point of [child.position?.start, child.position?.end]) {
        if (!point) continue
        point.line += line - 1
        if (point.offset !== undefined) point.offset += start
      }
    })
    const tagNodes: Html[] = tags.map(([from, to]) => ({
      type: 'html',
      value: source.slice(from, to).trim(),
      position: {
        start: { line: lineAt(source, from), column: 1, offset: from },
        end: { line: lineAt(source, from), column: to - from + 1, offset: to },
      },
    }))
    const blocks = [...tagNodes, ...(inner.children as RootContent[])].sort(
      (a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0),
    )
    children.splice(index, children.length - index, ...blocks)
  }
}

/** The line of the source starting at `offset`. */
function firstLine(source: string, offset: number): string {
  const end = source.indexOf('\n', offset)
  return source.slice(offset, end < 0 ? undefined : end)
}

/**
 * The tag lines of every `markdown="1"` element from `start` on, outside fences
 * (the elements nested in one, and those after it): `[from, to)` offsets.
 */
function markdownElementTags(source: string, start: number): [number, number][] {
  const tags: [number, number][] = []
  let fence: string | undefined
  let offset = start
  while (offset < source.length) {
    const lineEnd = source.indexOf('\n', offset)
    const end = lineEnd < 0 ? source.length : lineEnd
    const line = source.slice(offset, end)
    const opened = fenceLine.exec(line)?.[1]
    const name = fence === undefined ? markdownStart.exec(line)?.[1]?.toLowerCase() : undefined
    const element = name ? elementLines(source, offset, name) : undefined
    if (element) {
      tags.push(...element.tags)
      offset = element.end + 1
      continue
    }
    if (fence !== undefined) {
      if (closes(opened, fence, line)) fence = undefined
    } else if (opened) {
      fence = opened
    }
    offset = end + 1
  }
  return tags
}

/** Whether a fence's line closes the fence `fence` opened. */
function closes(opened: string | undefined, fence: string, line: string): boolean {
  return (
    opened !== undefined &&
    opened[0] === fence[0] &&
    opened.length >= fence.length &&
    !line.trim().slice(opened.length)
  )
}

/** The 1-based line of an offset in the source. */
function lineAt(source: string, offset: number): number {
  let line = 1
  for (let at = source.indexOf('\n'); at >= 0 && at < offset; at = source.indexOf('\n', at + 1))
    line++
  return line
}
