import type { Root, RootContent, Table, Text } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'

/**
 * A table-of-contents marker of another generator, alone on its line:
 * markdown-it-toc and VitePress `[[toc]]`, Typora and others' `[toc]`,
 * GitLab's `[[_TOC_]]`, Docsify-style `${toc}`.
 */
const tocMarker = /^(?:\[\[_?toc_?\]\]|\[toc\]|\$\{toc\})$/i
/**
 * An attribute list of pandoc, Hugo (goldmark) or markdown-it-attrs styling
 * the block it is written under or ends: `{.box}`, `{#intro .wide}`,
 * `{.ulysses}`; kramdown's `{: …}` is remark-template-tags.ts's.
 */
const attributes = String.raw`\{[.#][\w-]+(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|[^\s}]+)))*\s*\}`
const attributesAlone = new RegExp(`^${attributes}$`)
const attributesLine = new RegExp(`\\n[ \\t]*${attributes}[ \\t]*$`)
const headingAttributes = new RegExp(`[ \\t]+${attributes}[ \\t]*$`)
/**
 * An MDX comment, a JavaScript block comment in braces (Docusaurus ends a
 * post's excerpt with one saying `truncate`): MDX shows nothing of it.
 */
const mdxComment = /\{\/\*[\s\S]*?\*\/\}/g
/** A site's mention of a person, `{@name}` (antfu.me's magic links): `@name` on its pages. */
const mention = /\{@([\w-]+(?:\/[\w.-]+)?)\}/g

/**
 * Leave out what tells another site generator how to build the page, the
 * way pandoc leaves out raw blocks written for another format: a paragraph
 * that is only a table-of-contents marker (`[[toc]]`; the page makes its own
 * contents) or only an attribute list (`{.box}`); an attribute list ending a
 * paragraph, a heading or a table; an MDX comment, alone or in a line. A `{@name}` mention is shown as `@name`,
 * with a warning. Code is never read: markers there are the post's subject.
 */
export function remarkGeneratorDirectives() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    const written = (node: RootContent) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      return start === undefined || end === undefined ? '' : source.slice(start, end).trim()
    }
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined
      if (node.type === 'paragraph') {
        const text = written(node)
        if (
          tocMarker.test(text) ||
          attributesAlone.test(text) ||
          (text.includes('{/*') && text.replace(mdxComment, '').trim() === '')
        ) {
          parent.children.splice(index, 1)
          return [SKIP, index]
        }
        const last = node.children.at(-1)
        if (last?.type === 'text') last.value = last.value.replace(attributesLine, '')
      }
      if (node.type === 'heading') {
        const last = node.children.at(-1)
        if (last?.type === 'text') last.value = last.value.replace(headingAttributes, '')
      }
      if (node.type === 'table') dropAttributeRow(node)
      if (node.type === 'text') {
        node.value = node.value.replace(mdxComment, '')
        showMentions(node, file)
      }
      return undefined
    })
  }
}

/** A GFM table reads an attribute list on the line under it as its last row: drop that row. */
function dropAttributeRow(table: Table): void {
  const row = table.children.at(-1)
  if (!row || table.children.length < 2) return
  const [first, ...rest] = row.children
  if (!first || !attributesAlone.test(plainText(first).trim())) return
  if (rest.some((cell) => plainText(cell).trim() !== '')) return
  table.children.pop()
}

/** `{@name}` as the site shows it, `@name`, each named in a warning. */
function showMentions(node: Text, file: VFile): void {
  for (const match of node.value.matchAll(mention)) {
    reportWarning(
      file,
      `Site mention \`${match[0]}\` is not a link here: it is shown as \`@${match[1]}\``,
      node.position,
      ruleIds.foreignSyntax,
    )
  }
  node.value = node.value.replace(mention, '@$1')
}
