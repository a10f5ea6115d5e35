import type { RootContent } from 'mdast'

/** Fewest items or lines worth a part of a split block. */
export const minPiece = 3

/** A block seen as a sequence of units it may be cut between, and how to make a part of some. */
export interface Units {
  count: number
  /** Where a part may start, with a rank: lower ranks are better places to cut. */
  starts: { index: number; rank: number }[]
  make(from: number, to: number): RootContent
  /**
   * Units `from`–`to` as one block shown whole at a smaller size, when they
   * still read so in `space` (a loop of code with no place to cut inside it);
   * `undefined` when they do not, or the block is never shown so.
   */
  whole?(from: number, to: number, space: number): RootContent | undefined
}
