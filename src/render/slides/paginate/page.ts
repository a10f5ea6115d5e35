import type { RootContent } from 'mdast'
import type { DeckNotes } from '../../words/deck-notes.js'
import type { ImageSizes } from '../picture-metrics.js'

/** The blocks one slide shows, the prose its speaker notes hold, and the height the blocks take. */
export interface Page {
  nodes: RootContent[]
  notes: RootContent[]
  height: number
  /** A slide given to one picture (and the line introducing it): nothing else joins it. */
  picture?: boolean
}

declare module 'mdast' {
  interface Data {
    /** Code shown at the smaller size. */
    small?: boolean
    /** A group of images laid out as a grid. */
    imageGrid?: boolean
    /** Columns of a grid laid out as the table of pictures it comes from. */
    gridColumns?: number
    /** A block for the speaker notes, not the slide. */
    toNotes?: boolean
    /** A block for the notes whose key sentence the slide shows already (a long list item shortened). */
    keyShown?: boolean
    /** The author's own speaker notes (reveal-hugo's `{{% note %}}`): said, never summed up on the slide. */
    authorNote?: boolean
    /** A block shrunk to fit one slide rather than cut (a diagram, a program's output). */
    whole?: boolean
    /** A table of tall rows at the smaller text size. */
    smallTable?: boolean
  }
}

/** How to lay out one section's blocks. */
export interface PageOptions {
  /** Whether `---` starts a new slide (the post is written as slides) or is only a divider. */
  slideBreaks: boolean
  imageSizes: ImageSizes
  /** Link to the section on the page, for what a slide leaves out. */
  pageHref: string | undefined
  /** What the deck says of what a slide leaves to the page, in the post's language. */
  notes: DeckNotes
  /** Whether a deeper section follows: a lead-in ending this one introduces it, and stays on the slide. */
  subsectionNext?: boolean | undefined
  /** Slides the section may take before the deck points to the page; four by default. */
  maxSlides?: number | undefined
}

export function isForNotes(node: RootContent): boolean {
  return node.data !== undefined && 'toNotes' in node.data && node.data.toNotes === true
}

/** A block marked for the notes. */
export function asNotes(node: RootContent): RootContent {
  return { ...node, data: { ...node.data, toNotes: true } } as RootContent
}

/** A block marked for the notes, its key sentence being on the slide already. */
export function asShownNotes(node: RootContent): RootContent {
  return { ...node, data: { ...node.data, toNotes: true, keyShown: true } } as RootContent
}

/** Whether a note's key sentence is on the slide already, so no summary of the notes repeats it. */
export function isKeyShown(node: RootContent): boolean {
  return node.data !== undefined && 'keyShown' in node.data && node.data.keyShown === true
}
