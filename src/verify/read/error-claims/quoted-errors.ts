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
 * The errors the block right above a fence (a paragraph or a list) quotes
 * whole, name and message in one code span, as a post announcing what the
 * sample raises writes them: "in Node.js it fails with `TypeError: this.bar
 * is not a function`". `undefined` when it quotes none.
 */
export function errorsQuotedBefore(parent: Parent, index: number): string[] | undefined {
  const node = parent.children[index - 1]
  if (node?.type !== 'paragraph' && node?.type !== 'list') return undefined
  const quoted: string[] = []
  visit(node, 'inlineCode', (code) => {
    if (/^\s*[A-Z]\w*(?:Error|Exception): \S/.test(code.value)) quoted.push(code.value)
  })
  return quoted.length > 0 ? quoted : undefined
}

/**
 * Whether the text after a sample quotes the error it raised (`Name:
 * message`): the message, or the whole line, in one of its code spans, or
 * words of it (`is not a function`), or its name; a name alone the message
 * holds (`printName`, the function the prose explains) quotes no error.
 */
export function quotesError(quoted: readonly string[] | undefined, error: string): boolean {
  const message = error.replace(/^[\w.]+(?: \[\w+\])?: /, '').trim()
  return (quoted ?? []).some((span) => {
    const text = span.trim()
    // Words of the message, or the error's own name (`RecursionError`).
    const words = /\s/.test(text) || error.startsWith(`${text}:`)
    return (
      text.length >= 8 &&
      (text.includes(message) || (words && (message.includes(text) || error.includes(text))))
    )
  })
}
