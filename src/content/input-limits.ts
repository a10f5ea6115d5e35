/** Bounds on a post's text past which Markdown parsing would take too long or overflow the stack. */
export const inputLimits = {
  /** Characters in a post. */
  postLength: 4 * 1024 * 1024,
  /** Blockquotes and lists inside one another. */
  nestingDepth: 50,
  /** `[` in one paragraph, table or list item (unclosed links make the parser quadratic). */
  bracketsPerBlock: 2000,
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
  let brackets = 0
  let blockStart = 1
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
      brackets = 0
      blockStart = number + 1
      continue
    }
    const depth = nestingDepth(line)
    if (depth > inputLimits.nestingDepth) {
      return {
        line: number,
        reason: `Quotes and lists are nested ${depth} levels deep here, more than ${inputLimits.nestingDepth}`,
      }
    }
    brackets += countOf(line, '[')
    if (brackets > inputLimits.bracketsPerBlock) {
      return {
        line: blockStart,
        reason: `This block has more than ${inputLimits.bracketsPerBlock} \`[\`: split it with blank lines`,
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
