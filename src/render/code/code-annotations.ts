import {
  transformerNotationDiff,
  transformerNotationFocus,
  transformerNotationHighlight,
} from '@shikijs/transformers'
import escapeStringRegexp from 'escape-string-regexp'
import type { Element, ElementContent, Root } from 'hast'
import type { ShikiTransformer } from 'shiki'
import { lineNumbers, type MetaItem, metaFlag, metaOption, parseMeta } from './code-meta.js'

/**
 * Code as expressive-code (fuwari's code blocks) writes it:
 * - in the fence meta, `{1,4-6}` and `mark={…}` (`highlighted`), `ins={…}`
 *   (`diff add`) and `del={…}` (`diff remove`) as marked lines;
 * - in the code, `[!code ++]`, `[!code --]`, `[!code highlight]` and
 *   `[!code focus]` comments, which are removed (shiki's transformers);
 * - text markers: `"text"`, `'text'` and `/regex/` (its groups alone when
 *   it has some) marked where they appear, as `<mark>`, or `<ins>` and
 *   `<del>` with `ins=` and `del=`;
 * - `collapse={1-5}`: those lines folded in a `<details>` whose summary the
 *   page's language fills in (`rehypeInterfaceWords`);
 * - `showLineNumbers` (from `startLineNumber=N`) as numbers beside the
 *   lines, not copied with the code; `wrap` wraps long lines;
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

/** The meta items of the block being highlighted. */
function metaItems(meta: { __raw?: string | undefined } | undefined): MetaItem[] {
  return meta?.__raw ? parseMeta(meta.__raw) : []
}

const lineKinds: Record<string, string[]> = {
  ins: ['diff', 'add'],
  del: ['diff', 'remove'],
  mark: ['highlighted'],
}

/** The classes of marked lines, by line number; lines to fold. */
function lineMarks(items: readonly MetaItem[]) {
  const classes = new Map<number, string[]>()
  const collapsed = new Set<number>()
  for (const entry of items) {
    if (entry.kind !== 'ranges') continue
    const lines = lineNumbers(entry.value)
    if (entry.key === 'collapse') for (const line of lines) collapsed.add(line)
    const names = lineKinds[entry.key ?? 'mark']
    if (!names) continue
    for (const line of lines) classes.set(line, [...(classes.get(line) ?? []), ...names])
  }
  return { classes, collapsed }
}

function metaLines(): ShikiTransformer {
  return {
    name: 'postdeck:meta-lines',
    code(node) {
      const items = metaItems(this.options.meta)
      if (items.length === 0) return
      const { classes, collapsed } = lineMarks(items)
      const numbered =
        metaFlag(items, 'showLineNumbers') ?? metaOption(items, 'startLineNumber') !== undefined
      const first = Number.parseInt(metaOption(items, 'startLineNumber') ?? '1', 10)
      // A part of a longer fence (on a slide) counts its lines from where it starts in the fence.
      const offset = Number.parseInt(metaOption(items, 'lineOffset') ?? '0', 10) || 0
      const markers = textMarkers(items)
      const lines = node.children.filter((child): child is Element => child.type === 'element')
      lines.forEach((line, index) => {
        const number = offset + index + 1
        for (const name of classes.get(number) ?? []) this.addClassToHast(line, name)
        if (numbered)
          line.properties['data-line'] = String((Number.isNaN(first) ? 1 : first) + offset + index)
        if (markers.length > 0) markText(line, markers)
      })
      if ([...classes.values()].some((names) => names.includes('diff')))
        this.addClassToHast(this.pre, 'has-diff')
      if (numbered) this.addClassToHast(this.pre, 'line-numbers')
      if (metaFlag(items, 'wrap')) this.addClassToHast(this.pre, 'wrap')
      if (collapsed.size > 0) foldLines(node, collapsed, offset)
    },
  }
}

/** A text marker: what to look for, and the element that marks it. */
interface TextMarker {
  pattern: RegExp
  tagName: 'mark' | 'ins' | 'del'
}

function textMarkers(items: readonly MetaItem[]): TextMarker[] {
  const markers: TextMarker[] = []
  for (const entry of items) {
    if (entry.kind !== 'text' && entry.kind !== 'regex') continue
    const tagName = entry.key === 'ins' || entry.key === 'del' ? entry.key : 'mark'
    if (entry.value === '') continue
    try {
      const source = entry.kind === 'text' ? escapeStringRegexp(entry.value) : entry.value
      markers.push({ pattern: new RegExp(source, 'gd'), tagName })
    } catch {
      // Note: a regular expression JavaScript cannot read marks nothing, as in expressive-code.
    }
  }
  return markers
}

/** The stretches of `text` that `marker` names: its groups' when it has any, else its whole matches. */
function markedRanges(text: string, marker: TextMarker): [number, number][] {
  const ranges: [number, number][] = []
  for (const match of text.matchAll(marker.pattern)) {
    if (match[0] === '') continue
    const groups = (match.indices ?? []).slice(1).filter((range) => range !== undefined)
    if (groups.length > 0)
      ranges.push(...groups.map(([start, end]): [number, number] => [start, end]))
    else if (match.index !== undefined) ranges.push([match.index, match.index + match[0].length])
  }
  return ranges
}

/**
 * Wrap the marked stretches of a highlighted line in `<mark>`, `<ins>` or
 * `<del>`, inside each token they cross, so the colours stay the tokens'.
 */
function markText(line: Element, markers: readonly TextMarker[]): void {
  const tokens = line.children
  const text = tokens.map(textOf).join('')
  const tags: (TextMarker['tagName'] | undefined)[] = new Array(text.length).fill(undefined)
  for (const marker of markers)
    for (const [start, end] of markedRanges(text, marker)) tags.fill(marker.tagName, start, end)
  if (!tags.some(Boolean)) return
  let offset = 0
  for (const token of tokens) {
    const length = textOf(token).length
    const parent = token.type === 'element' ? token : undefined
    const value = textOf(token)
    const pieces: ElementContent[] = []
    let at = 0
    while (at < length) {
      const tag = tags[offset + at]
      let end = at + 1
      while (end < length && tags[offset + end] === tag) end += 1
      const piece: ElementContent = { type: 'text', value: value.slice(at, end) }
      pieces.push(
        tag ? { type: 'element', tagName: tag, properties: {}, children: [piece] } : piece,
      )
      at = end
    }
    if (parent && pieces.some((piece) => piece.type === 'element')) parent.children = pieces
    offset += length
  }
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

/**
 * Fold runs of collapsed lines into `<details class="code-collapsed">`,
 * whose `<summary>` names how many lines it holds (`data-lines`); the words
 * are the page's, filled in later.
 */
function foldLines(code: Element, collapsed: ReadonlySet<number>, offset: number): void {
  const children: ElementContent[] = []
  let fold: Element | undefined
  // The line break after a folded line: inside the fold when the next line is folded too.
  let gap: ElementContent | undefined
  let number = offset
  for (const child of code.children) {
    if (child.type !== 'element') {
      if (fold) gap = child
      else children.push(child)
      continue
    }
    number += 1
    if (!collapsed.has(number)) {
      if (gap) children.push(gap)
      fold = undefined
      gap = undefined
      children.push(child)
      continue
    }
    if (fold && gap) fold.children.push(gap)
    gap = undefined
    if (!fold) {
      fold = {
        type: 'element',
        tagName: 'details',
        properties: { className: ['code-collapsed'] },
        children: [
          {
            type: 'element',
            tagName: 'summary',
            properties: { className: ['code-collapsed-summary'] },
            children: [],
          },
        ],
      }
      children.push(fold)
    }
    fold.children.push(child)
  }
  if (gap) children.push(gap)
  for (const child of children) {
    if (child.type !== 'element' || child.tagName !== 'details') continue
    const summary = child.children[0]
    const lines = child.children.filter((line) => line.type === 'element').length - 1
    if (summary?.type === 'element') summary.properties['data-lines'] = String(lines)
  }
  code.children = children
}

function metaFrame(): ShikiTransformer {
  return {
    name: 'postdeck:meta-frame',
    root(root) {
      const items = metaItems(this.options.meta)
      const title = metaOption(items, 'title')
      const terminal = metaOption(items, 'frame') === 'terminal'
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
