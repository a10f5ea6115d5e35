import type { Heading, Root, RootContent } from 'mdast'

/** One slide: the Markdown blocks it shows, its heading first when it has one. */
export interface Slide {
  nodes: RootContent[]
}

/**
 * The body of a deck (the title slide aside): columns of slides. A column is
 * a horizontal step; the slides in it are stacked vertically.
 */
export interface SlideModel {
  columns: Slide[][]
}

/**
 * Cut a post into slides at its headings and thematic breaks.
 *
 * Sections start a new column at the section level: the shallowest heading
 * level that the post uses at least twice (a lone top heading above them
 * gets a column of its own). Deeper headings and `---` start a new slide in
 * the current column. Front matter is not shown; nothing else is dropped.
 */
export function splitIntoSlides(tree: Root): SlideModel {
  const sectionDepth = sectionDepthOf(tree)
  const columns: Slide[][] = []
  let column: Slide[] = []
  let slide: Slide = { nodes: [] }

  const closeSlide = () => {
    if (slide.nodes.length > 0) column.push(slide)
    slide = { nodes: [] }
  }
  const closeColumn = () => {
    closeSlide()
    if (column.length > 0) columns.push(column)
    column = []
  }

  for (const node of tree.children) {
    if (node.type === 'yaml') continue
    if (node.type === 'thematicBreak') {
      closeSlide()
      continue
    }
    if (node.type === 'heading') {
      if (node.depth <= sectionDepth) closeColumn()
      else closeSlide()
    }
    slide.nodes.push(node)
  }
  closeColumn()
  return { columns }
}

/** How many slides a model makes in reveal.js, the title slide included. */
export function countSlides(model: SlideModel): number {
  return 1 + model.columns.reduce((total, column) => total + column.length, 0)
}

function sectionDepthOf(tree: Root): number {
  const depths = tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map((heading) => heading.depth)
  if (depths.length === 0) return 1
  const repeated = depths.filter((depth, index) => depths.indexOf(depth) !== index)
  return Math.min(...(repeated.length > 0 ? repeated : depths))
}
