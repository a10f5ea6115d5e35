import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** A text-mode command and its opening brace: `\text{`, `\textrm{`, `\mbox{`. */
const textCommand = /\\(?:text(?:rm|bf|it|tt|sf|normal)?|mbox)\s*\{/g

/**
 * TeX written for MathJax, as blogs that load it write it: in text mode
 * (`\text{exam_score}`), MathJax shows a bare `_` as itself, where KaTeX stops
 * with a parse error and the formula is left as red source. Such an `_` is
 * escaped (`\_`), in inline and display math alike, so the formula reads as
 * the author's site shows it; math mode is left as written.
 */
export function remarkMathjaxText() {
  return (tree: Root): undefined => {
    visit(tree, ['math', 'inlineMath'], (node) => {
      if (!('value' in node) || typeof node.value !== 'string') return
      const value = escapeTextUnderscores(node.value)
      if (value === node.value) return
      const old = node.value
      node.value = value
      replaceText(node.data?.hChildren, old, value)
    })
  }
}

/** `tex` with each bare `_` inside the braces of a text-mode command escaped. */
export function escapeTextUnderscores(tex: string): string {
  let out = ''
  let from = 0
  for (const match of tex.matchAll(textCommand)) {
    const start = (match.index ?? 0) + match[0].length
    if (start <= from) continue
    let depth = 1
    let at = start
    for (; at < tex.length && depth > 0; at++) {
      const char = tex[at]
      if (char === '\\') at++
      else if (char === '{') depth++
      else if (char === '}') depth--
    }
    if (depth > 0) break
    const body = tex.slice(start, at - 1).replace(/(?<!\\)_/g, '\\_')
    out += `${tex.slice(from, start)}${body}}`
    from = at
  }
  return out + tex.slice(from)
}

interface TextLike {
  type: string
  value?: string
  children?: TextLike[]
}

function replaceText(nodes: readonly TextLike[] | undefined, old: string, value: string): void {
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.value === old) node.value = value
    replaceText(node.children, old, value)
  }
}
