import type { CodeData, Image, Paragraph, Root, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { toString as plainText } from 'mdast-util-to-string'
import { bundledLanguages } from 'shiki'
import type { Processor } from 'unified'
import type { Point, Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'
import {
  colonDirective,
  fencedDirective,
  type MystDirective,
  safeYaml,
} from './myst-directive-blocks.js'
import type { CalloutKind } from './remark-callouts.js'
import { displayMath } from './remark-tex-delimiters.js'

/** Sphinx's admonitions and sphinx-design's dropdown, as the callouts the site draws. */
const admonitions: Record<string, CalloutKind> = {
  note: 'note',
  seealso: 'note',
  admonition: 'note',
  dropdown: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'important',
  warning: 'warning',
  attention: 'warning',
  caution: 'caution',
  danger: 'caution',
  error: 'caution',
}

/** Directives whose body is code in the language of their argument. */
const codeDirectives = new Set(['code-cell', 'code-block', 'code', 'sourcecode'])

/** Directives Sphinx fills from other files (the bibliography, the table of contents): nothing of the post. */
const builtElsewhere = new Set(['bibliography', 'toctree', 'tableofcontents', 'contents'])

/**
 * Read MyST's directives as Sphinx renders them, fenced with backticks
 * (```` ```{note} ````) or colons (`:::{note}`): admonitions (`note`, `tip`,
 * `warning`, a titled `admonition`, sphinx-design's `dropdown`) become
 * callouts; `figure` and `image` the picture, the caption its title;
 * `code-cell` and `code-block` code in the argument's language (a cell
 * tagged `remove-cell` shows nothing); `math` a display formula; the
 * bibliography and tables of contents, built from other files, nothing.
 * A fence naming a language (knitr's and Quarto's cells, ```` ```{r} ````)
 * is code. Another directive shows its content as Markdown, with a warning. Options
 * (`:name:`, a `---` YAML block) are read and left out of the content.
 */
export function remarkMystDirectives(this: Processor) {
  /** The language of the post's notebook kernel, read from its front matter when a cell names none. */
  let kernel = (): string => ''
  const parse = (text: string, start: Point | undefined): RootContent[] => {
    const tree = this.parse(text) as Root
    if (start) shiftPositions(tree, start)
    return tree.children.filter((child) => child.type !== 'yaml')
  }
  const transform = (tree: Root, file: VFile, source: string): void => {
    for (let index = 0; index < tree.children.length; index++) {
      const found = colonDirective(tree, index, source)
      if (!found) continue
      const nodes = render(found.directive, spanPosition(tree, index, found.span))
      tree.children.splice(index, found.span, ...nodes)
      index += nodes.length - 1
    }
    visit(tree, 'code', (node, index, parent) => {
      if (!parent || index === undefined) return undefined
      const directive = fencedDirective(node, source)
      if (!directive) return undefined
      const nodes = render(directive, node.position)
      parent.children.splice(index, 1, ...(nodes as typeof parent.children))
      return index + nodes.length
    })
    function render(directive: MystDirective, at: Position | undefined): RootContent[] {
      const { name, argument, options, body } = directive
      const content = () => {
        const sub: Root = { type: 'root', children: parse(body, directive.bodyStart) }
        transform(sub, file, source)
        return sub.children
      }
      const kind = admonitions[name]
      if (kind) {
        const title = name === 'admonition' || name === 'dropdown' ? argument : ''
        const label: Paragraph[] = title
          ? [
              {
                type: 'paragraph',
                children: [{ type: 'text', value: title }],
                data: { directiveLabel: true },
              },
            ]
          : []
        // A title-less admonition's argument is the start of its content, as Sphinx reads it.
        const lead = !title && argument ? parse(argument, undefined) : []
        const box: ContainerDirective = {
          type: 'containerDirective',
          name: kind,
          attributes: {},
          children: [...label, ...lead, ...content()] as ContainerDirective['children'],
        }
        return [box]
      }
      if (name === 'figure' || name === 'image') {
        const caption = plainText({ type: 'root', children: parse(body, undefined) }).trim()
        const image: Image = {
          type: 'image',
          url: argument,
          alt: options.alt ?? caption,
          title: caption || null,
        }
        return [{ type: 'paragraph', children: [image], ...(at ? { position: at } : {}) }]
      }
      if (codeDirectives.has(name)) {
        if (/\bremove-(?:cell|input)\b/.test(options.tags ?? '')) return []
        // A cell's argument only names its highlighting: the notebook's kernel runs it (`kernelspec`).
        const lang = argument.split(/\s+/)[0] || (name === 'code-cell' ? kernel() : null) || null
        const optionLines =
          at && directive.bodyStart ? directive.bodyStart.line - at.start.line - 1 : 0
        const data: CodeData = {
          ...(name === 'code-cell' && { notebookCell: splitTags(options.tags) }),
          ...(optionLines > 0 && { optionLines }),
        }
        return [
          {
            type: 'code',
            lang: lang && /^ipython\d*$/.test(lang) ? 'python' : lang,
            meta: null,
            value: body,
            ...(at && { position: at }),
            ...(Object.keys(data).length > 0 && { data }),
          },
        ]
      }
      if (name === 'math') return [displayMath(body, undefined)]
      if (builtElsewhere.has(name)) return []
      // Not MyST's: an executable cell of knitr or Quarto, ```` ```{r} ````, is code in its language.
      if (name in bundledLanguages)
        return [{ type: 'code', lang: name, meta: null, value: directive.raw }]
      reportWarning(
        file,
        `MyST directive \`{${name}}\` is not supported: its content is shown as is`,
        at,
        ruleIds.unknownDirective,
      )
      return content()
    }
  }
  return (tree: Root, file: VFile): undefined => {
    const matter = tree.children.find((node) => node.type === 'yaml')
    let language: string | undefined
    kernel = () => {
      language ??= notebookKernel(matter?.value ?? '')
      return language
    }
    transform(tree, file, String(file.value ?? ''))
  }
}

/** The language of a notebook's kernel, from its front matter (`kernelspec: {language: python}`), else none. */
function notebookKernel(frontMatter: string): string {
  const data = safeYaml(frontMatter)
  const spec =
    data && typeof data === 'object' ? (data as Record<string, unknown>).kernelspec : undefined
  if (!spec || typeof spec !== 'object') return ''
  const { language, name } = spec as Record<string, unknown>
  if (typeof language === 'string') return language.toLowerCase()
  // Jupyter's kernel names: `python3`, `ir`, `javascript`.
  return typeof name === 'string' && /^python\d*$/.test(name) ? 'python' : ''
}

/** A cell's tags as written in its options: `[raises-exception, hide-input]`, `remove-input`. */
function splitTags(tags: string | undefined): string[] {
  return (tags ?? '')
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^['"]|['"]$/g, ''))
    .filter((tag) => tag !== '')
}

/** Move the positions of a tree parsed from a directive's body to where the body is in the file. */
function shiftPositions(tree: Root, start: Point): void {
  visit(tree, (node) => {
    const position = node.position
    if (!position) return
    for (const point of [position.start, position.end]) {
      if (point.line === 1) point.column += start.column - 1
      point.line += start.line - 1
      if (point.offset !== undefined) point.offset += start.offset ?? 0
    }
  })
}

/** Where the blocks from `index`, `span` of them, are in the file. */
function spanPosition(tree: Root, index: number, span: number): Position | undefined {
  const start = tree.children[index]?.position?.start
  const end = tree.children[index + span - 1]?.position?.end
  return start && end ? { start, end } : undefined
}
