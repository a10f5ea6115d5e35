import type { Parent } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * The inline code of the paragraphs right after a fence (up to two, before
 * any other block), where a post quotes the error its sample raises: "But
 * it doesn't, with the error: `arguments.reduce is not a function`".
 * `undefined` when they quote nothing.
 */
export function codeQuotedAfter(parent: Parent, index: number): string[] | undefined {
  const quoted: string[] = []
  for (const node of parent.children.slice(index + 1, index + 3)) {
    if (node.type !== 'paragraph') break
    visit(node, 'inlineCode', (code) => {
      quoted.push(code.value)
    })
  }
  return quoted.length > 0 ? quoted : undefined
}

/**
 * Whether the text after a sample quotes the error it raised (`Name:
 * message`): the message, or the whole line, in one of its code spans.
 */
export function quotesError(quoted: readonly string[] | undefined, error: string): boolean {
  const message = error.replace(/^[\w.]+(?: \[\w+\])?: /, '').trim()
  return (quoted ?? []).some((span) => {
    const text = span.trim()
    return (
      text.length >= 8 && (text.includes(message) || message.includes(text) || error.includes(text))
    )
  })
}
