/**
 * What the post itself says about a sample's documented output that makes a
 * difference from the real one no failure of the post's: it is shown as
 * another environment runs it, as one run of code that varies, or as the
 * wrong version the text warns against. Read from the post; applied only to
 * a sample that failed (see `judge/caveat-notes.ts`).
 */
export interface Caveat {
  /** Line of the post that says so. */
  line: number
  /** Why, in words, for the note: `the text at line 12 shows what it prints in a browser`. */
  reason: string
  /** How the sample counts: its output varies, or it is not checked. */
  check: 'varies' | 'skipped'
  /** The first line of the post it holds for, when it holds for the lines after a comment only. */
  from?: number
  /** The last line it holds for, when a later comment ends it. */
  to?: number
}
