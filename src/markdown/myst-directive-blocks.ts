import type { Code, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { parse as parseYaml } from 'yaml'

declare module 'mdast' {
  interface CodeData {
    /**
     * A notebook's code cell (MyST's `{code-cell}`), with its tags (`raises-exception`,
     * `skip-execution`): run as the notebook runs it, in one kernel with the cells before it.
     */
    notebookCell?: string[]
    /** How many lines of directive options (`:tags: [...]`) stand between the fence and `value`. */
    optionLines?: number
  }
}

/** A MyST directive as written: ```` ```{name} argument ```` or `:::{name} argument`, its options and body. */
export interface MystDirective {
  name: string
  argument: string
  options: Record<string, string>
  /** The directive's content, Markdown for most directives, source for code cells. */
  body: string
  /** The whole text between the fences, options included. */
  raw: string
  /** Where the body starts in the file: its line and offset (the body's own positions are shifted by it). */
  bodyStart: Point | undefined
}

/** A fence's info string naming a MyST directive: `{note}`, `{code-cell} python`. */
const directiveName = /^\{([A-Za-z][\w:.-]*)\}$/
/** The first line of a colon fence: `:::{note} Title`, three colons or more. */
const colonOpening = /^(:{3,})\{([A-Za-z][\w:.-]*)\}[ \t]*(.*)$/
/** A line of an option: `:name: fig-a`, `:width: 80%`, `:class: dropdown` (a flag has no value). */
const optionLine = /^:([\w-]+):(?:[ \t]+(.*))?$/

/** The directive a fenced code block writes, when its language is a name in braces. */
export function fencedDirective(node: Code, source: string): MystDirective | undefined {
  const name = directiveName.exec(node.lang ?? '')?.[1]
  if (!name) return undefined
  const start = node.position?.start
  // The body starts on the line after the fence's first line.
  const firstLineEnd = start?.offset === undefined ? -1 : source.indexOf('\n', start.offset)
  const bodyStart =
    start && firstLineEnd >= 0
      ? { line: start.line + 1, column: start.column, offset: firstLineEnd + 1 }
      : undefined
  return withOptions(name, node.meta ?? '', node.value, bodyStart)
}

/**
 * The colon-fenced directive opening at top-level block `index` of `tree`,
 * with the number of blocks it spans: CommonMark reads `:::{note}` as a
 * paragraph and its body as blocks of their own, so the directive is read
 * from the source, from its first line to the closing fence of as many
 * colons (or the end of the file). Note: top-level blocks only.
 */
export function colonDirective(
  tree: Root,
  index: number,
  source: string,
): { directive: MystDirective; span: number } | undefined {
  const node = tree.children[index] as RootContent
  const start = node.position?.start
  if (node.type !== 'paragraph' || start?.offset === undefined) return undefined
  const lines = source.slice(start.offset).split('\n')
  const opening = colonOpening.exec((lines[0] ?? '').trimEnd())
  if (!opening?.[1] || !opening[2]) return undefined
  const fence = opening[1]
  // The closing fence: a line of at least as many colons and nothing else; nested fences have fewer.
  let depth = 0
  let close = lines.length
  for (let at = 1; at < lines.length; at++) {
    const line = (lines[at] ?? '').trim()
    if (colonOpening.test(line) && (colonOpening.exec(line)?.[1]?.length ?? 0) >= fence.length)
      depth++
    else if (/^:{3,}$/.test(line) && line.length >= fence.length) {
      if (depth === 0) {
        close = at
        break
      }
      depth--
    }
  }
  const bodyOffset = start.offset + (lines[0] ?? '').length + 1
  const end = start.offset + lines.slice(0, close + 1).join('\n').length
  let last = index
  while ((tree.children[last + 1]?.position?.start.offset ?? Number.POSITIVE_INFINITY) < end) last++
  const directive = withOptions(opening[2], opening[3] ?? '', lines.slice(1, close).join('\n'), {
    line: start.line + 1,
    column: 1,
    offset: bodyOffset,
  })
  return { directive, span: last - index + 1 }
}

/** Read the options at the head of a body (`:key: value` lines, or a `---` YAML block) and drop them. */
function withOptions(
  name: string,
  argument: string,
  text: string,
  bodyStart: Point | undefined,
): MystDirective {
  const lines = text.split('\n')
  const options: Record<string, string> = {}
  let skip = 0
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, at) => at > 0 && line.trim() === '---')
    if (end > 0) {
      const data: unknown = safeYaml(lines.slice(1, end).join('\n'))
      if (data && typeof data === 'object')
        for (const [key, value] of Object.entries(data)) options[key] = String(value)
      skip = end + 1
    }
  } else {
    while (skip < lines.length) {
      const match = optionLine.exec(lines[skip] ?? '')
      if (!match?.[1]) break
      options[match[1]] = match[2]?.trim() ?? ''
      skip++
    }
  }
  // One blank line may part the options from the content.
  if (skip > 0 && lines[skip]?.trim() === '') skip++
  const skipped = lines.slice(0, skip).join('\n').length + (skip > 0 ? 1 : 0)
  return {
    name: name.toLowerCase(),
    argument: argument.trim(),
    options,
    body: lines.slice(skip).join('\n'),
    raw: text,
    bodyStart: bodyStart && {
      line: bodyStart.line + skip,
      column: bodyStart.column,
      offset: (bodyStart.offset ?? 0) + skipped,
    },
  }
}

/** The data of a YAML text, or `undefined` when it is not YAML. */
export function safeYaml(text: string): unknown {
  try {
    return parseYaml(text)
  } catch {
    return undefined
  }
}
