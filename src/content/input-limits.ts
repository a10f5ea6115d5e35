/** Bounds on a post's text past which Markdown parsing would take too long or overflow the stack. */
export const inputLimits = {
  /** Characters in a post. */
  postLength: 4 * 1024 * 1024,
  /** Blockquotes and lists inside one another. */
  nestingDepth: 50,
  /**
   * Each of `[`, `]`, `$`, and `<` outside a complete tag, in one paragraph,
   * table row or list item (unclosed links, math, autolinks, comments and
   * declarations make the parser quadratic).
   */
  openersPerBlock: 2000,
  /** Runs of `*` or `_` in one paragraph (nested emphasis makes the parser quadratic). */
  emphasisPerParagraph: 2000,
  /** Raw HTML elements inside one another (deeper overflows the stack when rendered). */
  htmlDepth: 500,
  /** Cells of a table row (`|` on a line). */
  tableCells: 200,
  /** Lines of front matter. */
  frontMatterLines: 1000,
}

/** Where a post's text passes a limit, and which. */
export interface LimitProblem {
  line: number
  reason: string
}

const fence = /^[ \t>]*(?:[-*+]\s+|\d{1,9}[.)]\s+)*(`{3,}|~{3,})/
const container = /^(?:[ \t]*>|[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/

/**
 * The first place where `text` (a whole post) passes one of `inputLimits`,
 * or `undefined`. A single pass over the lines, fenced code skipped.
 *
 * Note: this is a cheap upper bound, not a Markdown parser: indentation
 * counts a level per two spaces on lines that open a quote or a list item.
 */
export function checkInputLimits(text: string): LimitProblem | undefined {
  if (text.length > inputLimits.postLength) {
    return {
      line: 1,
      reason: `Post is too long: ${text.length} characters, at most ${inputLimits.postLength}`,
    }
  }
  const lines = text.split('\n')
  let openFence: string | undefined
  let openers = new Map<string, number>()
  let emphasis = 0
  let paragraphStart = 1
  let htmlDepth = 0
  for (const [index, line] of lines.entries()) {
    const number = index + 1
    const fenceMatch = fence.exec(line)?.[1]
    if (openFence !== undefined) {
      if (fenceMatch?.startsWith(openFence)) openFence = undefined
      continue
    }
    if (fenceMatch) {
      openFence = fenceMatch
      continue
    }
    if (line.trim() === '') {
      openers = new Map()
      emphasis = 0
      paragraphStart = number + 1
      continue
    }
    const depth = nestingDepth(line)
    if (depth > inputLimits.nestingDepth) {
      return {
        line: number,
        reason: `Quotes and lists are nested ${depth} levels deep here, more than ${inputLimits.nestingDepth}`,
      }
    }
    const item = listItem.exec(line)
    // Note: each list item and table row is parsed on its own.
    if (item || line.trimStart().startsWith('|')) {
      emphasis = 0
      openers = new Map()
      paragraphStart = number
    }
    emphasis += emphasisRuns(item ? line.slice(item[0].length) : line)
    if (emphasis > inputLimits.emphasisPerParagraph) {
      return {
        line: paragraphStart,
        reason: `This paragraph has more than ${inputLimits.emphasisPerParagraph} runs of \`*\` or \`_\`: split it with blank lines`,
      }
    }
    const prose = line.replace(codeSpan, '')
    const html = htmlNesting(prose, htmlDepth)
    htmlDepth = html.depth
    if (html.deepest > inputLimits.htmlDepth) {
      return {
        line: number,
        reason: `HTML elements are nested more than ${inputLimits.htmlDepth} deep here`,
      }
    }
    if (countOf(prose, '|') > inputLimits.tableCells) {
      return {
        line: number,
        reason: `This line has more than ${inputLimits.tableCells} \`|\`: a table has at most ${inputLimits.tableCells} columns`,
      }
    }
    const unclosed = openerCounts(prose)
    for (const [character, count] of unclosed) {
      const total = (openers.get(character) ?? 0) + count
      openers.set(character, total)
      if (total > inputLimits.openersPerBlock) {
        return {
          line: paragraphStart,
          reason: `This block has more than ${inputLimits.openersPerBlock} \`${character}\`: split it with blank lines`,
        }
      }
    }
  }
  return undefined
}

/** Levels of quotes and list items a line opens, its indentation counted when it opens one. */
function nestingDepth(line: string): number {
  let rest = line
  let depth = 0
  let indent = 0
  for (let match = container.exec(rest); match; match = container.exec(rest)) {
    const token = match[0]
    indent += token.replaceAll('\t', '    ').length - token.trimStart().length
    depth++
    rest = rest.slice(token.length)
  }
  return depth === 0 ? 0 : depth + Math.floor(indent / 2)
}

const listItem = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/
const emphasisRun = /\*+|_+/g
const wordCharacter = /[\p{L}\p{N}]/u

/** Runs of `*` or `_` that could open or close emphasis (`_` inside a word cannot). */
function emphasisRuns(line: string): number {
  let count = 0
  for (const match of line.matchAll(emphasisRun)) {
    const before = line[match.index - 1] ?? ''
    const after = line[match.index + match[0].length] ?? ''
    if (match[0][0] === '_' && wordCharacter.test(before) && wordCharacter.test(after)) continue
    count++
  }
  return count
}

const codeSpan = /`[^`]*`/g
const htmlTag = /<(\/?)([A-Za-z][\w-]*)(?:\s[^<>]*?)?(\/?)>/g
const voidElements = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
)

/**
 * How deep raw HTML elements are nested after `line`, starting `depth`
 * deep, and the deepest they got in it; void and self-closed elements do
 * not nest.
 */
function htmlNesting(line: string, depth: number): { depth: number; deepest: number } {
  let deepest = depth
  for (const [, closing, name = '', selfClosed] of line.matchAll(htmlTag)) {
    if (voidElements.has(name.toLowerCase())) continue
    if (closing) depth = Math.max(0, depth - 1)
    else if (!selfClosed) deepest = Math.max(deepest, ++depth)
  }
  return { depth, deepest }
}

/** How many `[`, `]`, `$`, and `<` that opens no complete tag, `line` holds. */
function openerCounts(line: string): Map<string, number> {
  const withoutTags = line.replace(htmlTag, '')
  return new Map(
    ['[', ']', '$', '<'].map((character) => [
      character,
      countOf(character === '<' ? withoutTags : line, character),
    ]),
  )
}

function countOf(text: string, character: string): number {
  let count = 0
  for (
    let index = text.indexOf(character);
    index !== -1;
    index = text.indexOf(character, index + 1)
  )
    count++
  return count
}
