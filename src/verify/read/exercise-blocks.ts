import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** Names of the blocks a lesson sets an exercise in (`::: challenge`, Carpentries' `:::::::: challenge`). */
const exerciseName = /^(?:challenges?|exercises?|练习|习题)$/iu
/** A block's opening line where no directive is read: `:::::::::::::::  challenge`. */
const openingLine = /^:{3,}\s*([\p{L}-]+)\s*$/u
/** Its closing line: colons alone. */
const closingLine = /^:{3,}\s*$/

/**
 * Whether a fence stands in an exercise block of a lesson, outside the
 * solution folded in it: a container directive named `challenge` or
 * `exercise` around it, or, as Carpentries lessons write them,
 * `:::::::::: challenge` and `:::::::::::` lines among the paragraphs
 * before it, the innermost block still open being the exercise (an answer's
 * `::: solution` inside it is code to check, not the puzzle).
 */
export function inExerciseBlock(parent: Parent, index: number): boolean {
  const name = parent.type === 'containerDirective' && 'name' in parent ? String(parent.name) : ''
  if (exerciseName.test(name)) return true
  const open: string[] = []
  for (const node of parent.children.slice(0, index)) {
    if (node.type !== 'paragraph') continue
    const text = plainText(node).trim()
    const opened = openingLine.exec(text)?.[1]
    if (opened) open.push(opened)
    else if (closingLine.test(text)) open.pop()
  }
  return exerciseName.test(open.at(-1) ?? '')
}
