import type { PhrasingContent, Root, Text } from 'mdast'
import type { InlineMath, Math as MathBlock } from 'mdast-util-math'
import type { Node } from 'unist'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

const displayParagraph = /^\\\[([\s\S]+)\\\]$/
const inlineMath = /\\\(([\s\S]+?)\\\)/g
const escaped = /\\([!-/:-@[-`{-~])/g

/**
 * Read LaTeX's own delimiters as math, as many real posts write it: a
 * paragraph that is `\[ … \]` is display math, and `\( … \)` inside text is
 * inline math. Markdown reads `\(` as an escaped `(`, so the source of each
 * text is looked at, not its value. (`$` and `$$` are read by remark-dollar-math.ts.)
 *
 * Note: inline math is found within one run of text; TeX that Markdown cut
 * into emphasis is left as it is.
 */
export function remarkTexDelimiters() {
  return (tree: Root, file: VFile): undefined => {
    const text = String(file.value)
    const sourceOf = (node: Node) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      return start === undefined || end === undefined ? undefined : text.slice(start, end)
    }
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined
      if (node.type === 'paragraph') {
        const match = displayParagraph.exec(sourceOf(node)?.trim() ?? '')
        if (!match?.[1]) return undefined
        parent.children[index] = displayMath(match[1].trim(), node.position)
        return SKIP
      }
      if (node.type !== 'text') return undefined
      const written = sourceOf(node)
      if (!written?.includes('\\(')) return undefined
      const pieces = splitInline(written)
      if (!pieces) return undefined
      parent.children.splice(index, 1, ...(pieces as never[]))
      return [SKIP, index + pieces.length]
    })
  }
}

function splitInline(written: string): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = []
  let last = 0
  for (const match of written.matchAll(inlineMath)) {
    if (match.index > last) pieces.push(plain(written.slice(last, match.index)))
    pieces.push(inline(match[1] ?? ''))
    last = match.index + match[0].length
  }
  if (last === 0) return undefined
  if (last < written.length) pieces.push(plain(written.slice(last)))
  return pieces
}

function plain(written: string): Text {
  return { type: 'text', value: written.replace(escaped, '$1') }
}

/** Inline math as remark-math makes it, for rehype-katex. */
export function inline(value: string): InlineMath {
  return {
    type: 'inlineMath',
    value,
    data: {
      hName: 'code',
      hProperties: { className: ['language-math', 'math-inline'] },
      hChildren: [{ type: 'text', value }],
    },
  }
}

/** Display math as remark-math makes it, for rehype-katex. */
export function displayMath(value: string, position: MathBlock['position']): MathBlock {
  return {
    type: 'math',
    value,
    meta: null,
    ...(position ? { position } : {}),
    data: {
      hName: 'pre',
      hChildren: [
        {
          type: 'element',
          tagName: 'code',
          properties: { className: ['language-math', 'math-display'] },
          children: [{ type: 'text', value }],
        },
      ],
    },
  }
}
