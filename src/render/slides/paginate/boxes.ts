import type { Blockquote, Paragraph, RootContent } from 'mdast'
import { shortenedQuote } from '../prose.js'

/**
 * A long box of words shortened as a long quotation is: a quotation, an
 * author's `<aside>` side note, a callout (`:::note`, `> [!NOTE]`, Hexo
 * NexT's `{% note %}`) show the key sentence of their first paragraph, a
 * callout under its title; `undefined` when the box is short enough to show
 * whole or holds more than words (code, a list, an image). The notes hold it
 * whole (the caller's part).
 */
export function shortenedBox(node: RootContent): RootContent | undefined {
  if (node.type !== 'blockquote' && !(node.type === 'containerDirective' && isCallout(node)))
    return undefined
  const [first, ...rest] = node.children
  const title = first && isCalloutTitle(first) ? first : undefined
  const body = (title ? rest : node.children) as Blockquote['children']
  const short = shortenedQuote({ type: 'blockquote', children: body })
  if (!short) return undefined
  return { ...node, children: [...(title ? [title] : []), ...short.children] } as RootContent
}

function isCallout(node: RootContent): boolean {
  const properties: Record<string, unknown> | undefined = node.data?.hProperties
  const className = properties?.className
  return Array.isArray(className) && className.includes('callout')
}

function isCalloutTitle(node: RootContent): node is Paragraph {
  const className = node.type === 'paragraph' ? node.data?.hProperties?.className : undefined
  return Array.isArray(className) && className.includes('callout-title')
}
