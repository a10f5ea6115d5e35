import type { Blockquote, Paragraph, Root, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'

/** The kinds of callout fuwari and GitHub write: `:::note` or `> [!NOTE]`. */
export const calloutKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const

/** A kind of callout. */
export type CalloutKind = (typeof calloutKinds)[number]

declare module 'mdast' {
  interface ParagraphData {
    /** A callout's title to be written in the post's language (it has none of its own). */
    calloutTitle?: CalloutKind
  }
}

const alertMarker = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r?\n|$)/i

function isCalloutKind(name: string): name is CalloutKind {
  return (calloutKinds as readonly string[]).includes(name)
}

/**
 * Turn admonitions into callout boxes: `:::note` … `:::` containers (with an
 * optional `[custom title]`, as fuwari writes them), VuePress's and
 * VitePress's `::: tip Title` … `:::` (`markdown-it-containers.ts`) and GitHub's
 * `> [!NOTE]` alerts. A callout without a title of its own gets an empty
 * title paragraph marked with its kind, which `localizeTree` fills with the
 * word in the post's language. Other container directives are left for
 * `remarkDirectives`.
 */
export function remarkCallouts() {
  return (tree: Root): undefined => {
    visit(tree, (node) => {
      if (node.type === 'containerDirective' && isCalloutKind(node.name)) shapeDirective(node)
      else if (node.type === 'blockquote') shapeAlert(node)
    })
  }
}

function shapeDirective(node: ContainerDirective): void {
  const kind = node.name as CalloutKind
  const [first, ...rest] = node.children
  const label = first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined
  const title = label ? titleParagraph(kind, label.children) : titleParagraph(kind, [])
  node.children = [title, ...(label ? rest : node.children)]
  node.data = { ...node.data, ...calloutData(kind) }
}

function shapeAlert(node: Blockquote): void {
  const [first] = node.children
  const head = first?.type === 'paragraph' ? first.children[0] : undefined
  if (first?.type !== 'paragraph' || head?.type !== 'text') return
  const match = alertMarker.exec(head.value)
  if (!match?.[1]) return
  const kind = match[1].toLowerCase() as CalloutKind
  head.value = head.value.slice(match[0].length)
  if (head.value === '') first.children.shift()
  const body = first.children.length > 0 ? node.children : node.children.slice(1)
  node.children = [titleParagraph(kind, []), ...body]
  node.data = { ...node.data, ...calloutData(kind) }
}

/**
 * A callout box of `kind` holding `children` (other engines' notes: Hexo NexT's,
 * VuePress's), titled `title`, or in the post's language when it has none.
 */
export function calloutBox(
  kind: CalloutKind,
  children: readonly RootContent[],
  title: Paragraph['children'] = [],
): Blockquote {
  return {
    type: 'blockquote',
    children: [titleParagraph(kind, title), ...(children as Blockquote['children'])],
    data: calloutData(kind),
  }
}

function titleParagraph(kind: CalloutKind, children: Paragraph['children']): Paragraph {
  return {
    type: 'paragraph',
    children,
    data: {
      hProperties: { className: ['callout-title'] },
      ...(children.length === 0 ? { calloutTitle: kind } : {}),
    },
  }
}

function calloutData(kind: CalloutKind) {
  return { hName: 'div', hProperties: { className: ['callout', `callout-${kind}`] } }
}
