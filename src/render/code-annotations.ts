import {
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers'
import type { Element, ElementContent, Root } from 'hast'
import type { ShikiTransformer } from 'shiki'

const ranges = /(?:\b(ins|del|mark|collapse)=)?\{((?:"[^"]*"|'[^']*'|[^}"'])*)\}/g
const quoted = (name: string) => new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`)

/**
 * Marked lines as expressive-code (fuwari's code blocks) writes them, each
 * line given a class the page and the deck style:
 * - in the fence meta, `{1,4-6}` and `mark={…}` (`highlighted`), `ins={…}`
 *   (`diff add`) and `del={…}` (`diff remove`);
 * - in the code, `[!code ++]`, `[!code --]`, `[!code highlight]` and
 *   `[!code focus]` comments, which are removed (shiki's transformers);
 * - `title="file.js"` as a file tab above the block, and `frame="terminal"`
 *   as a terminal window.
 */
export function codeAnnotations(): ShikiTransformer[] {
  return [
    transformerNotationDiff({ matchAlgorithm: 'v3' }),
    transformerNotationHighlight({ matchAlgorithm: 'v3' }),
    transformerNotationFocus({ matchAlgorithm: 'v3' }),
    metaLines(),
    metaFrame(),
  ]
}

function lineClasses(meta: string): Map<number, string[]> {
  const classes = new Map<number, string[]>()
  const add = (lines: number[], names: string[]) => {
    for (const line of lines) classes.set(line, [...(classes.get(line) ?? []), ...names])
  }
  const names = { ins: ['diff', 'add'], del: ['diff', 'remove'], mark: ['highlighted'] }
  for (const match of meta.matchAll(ranges)) {
    const kind = match[1] ?? 'mark'
    // Note: `collapse={…}` folds lines in expressive-code; here they are simply shown.
    if (kind in names) add(lineNumbers(match[2] ?? ''), names[kind as keyof typeof names])
  }
  return classes
}

/** The lines a range list names: `1, 4, 7-8`, labels (`"1":5-6`) skipped. */
function lineNumbers(list: string): number[] {
  const lines: number[] = []
  for (const range of list.replace(/"[^"]*"|'[^']*'/g, '').matchAll(/(\d+)(?:\s*-\s*(\d+))?/g)) {
    const first = Number(range[1])
    const last = Math.min(Number(range[2] ?? range[1]), first + 10_000)
    for (let line = first; line <= last; line++) lines.push(line)
  }
  return lines
}

function metaLines(): ShikiTransformer {
  return {
    name: 'postdeck:meta-lines',
    code(node) {
      const meta = this.options.meta?.__raw
      if (!meta?.includes('{')) return
      const classes = lineClasses(meta)
      if (classes.size === 0) return
      let number = 0
      for (const child of node.children) {
        if (child.type !== 'element') continue
        number += 1
        for (const name of classes.get(number) ?? []) this.addClassToHast(child, name)
      }
      if ([...classes.values()].some((names) => names.includes('diff')))
        this.addClassToHast(this.pre, 'has-diff')
    },
  }
}

function metaFrame(): ShikiTransformer {
  return {
    name: 'postdeck:meta-frame',
    root(root) {
      const meta = this.options.meta?.__raw ?? ''
      const title = attributeValue(meta, 'title')
      const terminal = attributeValue(meta, 'frame') === 'terminal'
      if (!title && !terminal) return
      const pre = root.children.find((child): child is Element => child.type === 'element')
      if (!pre) return
      const caption: ElementContent[] = title
        ? [
            {
              type: 'element',
              tagName: 'figcaption',
              properties: { className: ['code-title'] },
              children: [{ type: 'text', value: title }],
            },
          ]
        : []
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-frame', ...(terminal ? ['code-terminal'] : [])] },
        children: [...caption, pre],
      }
      return { type: 'root', children: [figure] } satisfies Root
    },
  }
}

function attributeValue(meta: string, name: string): string | undefined {
  const match = quoted(name).exec(meta)
  return match ? (match[1] ?? match[2]) : undefined
}
