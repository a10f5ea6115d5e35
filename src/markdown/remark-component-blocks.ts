import type { Html, Root } from 'mdast'
import type { VFile } from 'vfile'

/** The start of a component's tag: a name with a capital letter or a dash (`<QRCodeMatrix`, `<my-widget`). */
const componentStart = /^[ \t]{0,3}<([A-Za-z][\w.]*(?:-[\w.-]*)?)(?=[\s/>]|$)/

/**
 * A component whose start tag runs over several lines, as Vue, MDX and web
 * component templates write them (`<QRCodeCompare` on one line, an attribute
 * a line, `/>` on the last), is one HTML block, as its author's site reads
 * it. CommonMark starts an HTML block only at a tag complete on its first
 * line, so without this the tag's lines would be a paragraph of raw source
 * (a `>` alone on a line even a block quote), and a slot written
 * `<template #name="…">` raw text too. The block runs to the component's end
 * tag, or to the end of its start tag when it closes itself (`/>`).
 *
 * Note: at the top level of the post only; what the page then shows of it is
 * the sanitiser's (an unknown element's text), and
 * remark-foreign-syntax.ts names it in a warning.
 */
export function remarkComponentBlocks() {
  return (tree: Root, file: VFile): undefined => {
    const source = String(file.value ?? '')
    const children = tree.children
    for (let index = 0; index < children.length; index++) {
      const node = children[index]
      const position = node?.position
      const start = position?.start.offset
      if (!node || !position || start === undefined) continue
      if (node.type !== 'paragraph' && node.type !== 'html') continue
      const lineEnd = source.indexOf('\n', start)
      const name = componentStart.exec(source.slice(start, lineEnd < 0 ? undefined : lineEnd))?.[1]
      if (!name || !(/[A-Z]/.test(name) || name.includes('-'))) continue
      const end = componentEnd(source, start, name)
      if (end === undefined) continue
      let last = index
      while ((children[last + 1]?.position?.start.offset ?? Number.POSITIVE_INFINITY) < end) last++
      if (last === index && node.type === 'html') continue
      const until = Math.max(end, children[last]?.position?.end.offset ?? end)
      const block: Html = {
        type: 'html',
        value: source.slice(start, until),
        position: {
          start: position.start,
          end: children[last]?.position?.end ?? position.end,
        },
      }
      children.splice(index, last - index + 1, block)
    }
  }
}

/**
 * Where a component written from `start` ends: after its end tag, or after
 * its start tag when that closes itself; `undefined` when its start tag
 * ends on its first line (CommonMark reads that already) or never ends.
 */
function componentEnd(source: string, start: number, name: string): number | undefined {
  let quote = ''
  let at = source.indexOf('<', start) + name.length + 1
  for (; at < source.length; at++) {
    const character = source[at]
    if (quote) {
      if (character === quote) quote = ''
    } else if (character === '"' || character === "'") quote = character
    else if (character === '>') break
  }
  if (at >= source.length || !source.slice(start, at).includes('\n')) return undefined
  if (source[at - 1] === '/') return at + 1
  const close = source.indexOf(`</${name}>`, at)
  return close < 0 ? at + 1 : close + name.length + 3
}
