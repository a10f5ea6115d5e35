/**
 * Lines of a code block a part may start at, ranked: best at an unindented
 * line after a blank one (a top-level statement); then at shallower
 * indentation before deeper. Only where no bracket is open, in any language
 * (a JSON or YAML file that is one object has no such place, and is not cut);
 * never at a line that closes or continues a statement (`}`, `)`, `else`,
 * `except`, a leading `.`, a brace alone on its line opening the body of
 * the line above, as C's kernel and Allman styles write it), nor after a line left open (ending in `,`, `(`,
 * an operator) or a comment line (which goes with the statement it precedes).
 */
export function codeSplitPoints(lines: readonly string[]): { index: number; rank: number }[] {
  const depths = bracketDepths(lines)
  const points: { index: number; rank: number }[] = []
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '' || continues(line)) continue
    const previous = (lines[index - 1] ?? '').trimEnd()
    // A comment belongs to the statement under it: the part starts at the comment.
    if (isComment(previous)) continue
    if (/[,\\([{+\-*/=&|.]$/.test(previous)) continue
    if ((depths[index] ?? 0) > 0) continue
    const indent = /^\s*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
    // Rank: indentation, then whether a blank line comes before.
    const blank = previous === '' ? 0 : 1
    points.push({ index, rank: indent * 2 + blank })
  }
  return points
}

/** A line that is only a comment (`//`, `#`, `--`, a block comment's lines), not a C preprocessor line. */
function isComment(line: string): boolean {
  return (
    /^\s*(\/\/|\/\*|\*|--\s|#(?!(include|define|undef|if|ifdef|ifndef|elif|else|endif|pragma)\b))/.test(
      line,
    ) || /\*\/\s*$/.test(line)
  )
}

function continues(line: string): boolean {
  // `{` alone (a comment may follow): the body of the function, `if` or `struct` written on the line above.
  if (/^\s*\{\s*(\/\/.*|\/\*.*)?$/.test(line)) return true
  return /^\s*([}\])>]|end\b|else\b|elif\b|except\b|finally\b|catch\b|case\b|default\b|\.|&&|\|\||\?|:(?!:))/.test(
    line,
  )
}

/** Brackets open at the start of each line, strings and comments ignored as far as a glance can tell. */
function bracketDepths(lines: readonly string[]): number[] {
  const depths: number[] = []
  let depth = 0
  let quote: string | undefined
  let blockComment = false
  for (const line of lines) {
    depths.push(blockComment || quote === '`' || quote === '"""' ? depth + 1 : depth)
    for (let index = 0; index < line.length; index++) {
      const character = line[index] as string
      const rest = line.slice(index)
      if (blockComment) {
        if (rest.startsWith('*/')) {
          blockComment = false
          index++
        }
        continue
      }
      if (quote) {
        if (character === '\\') index++
        else if (quote === '"""' && rest.startsWith('"""')) {
          quote = undefined
          index += 2
        } else if (character === quote && quote !== '"""') quote = undefined
        continue
      }
      if (rest.startsWith('//') || (character === '#' && !/\w/.test(line[index - 1] ?? ''))) break
      if (rest.startsWith('/*')) {
        blockComment = true
        index++
      } else if (rest.startsWith('"""')) {
        quote = '"""'
        index += 2
      } else if (character === '"' || character === "'" || character === '`') {
        // An apostrophe between letters (it's) opens no string.
        if (
          character === "'" &&
          /\w/.test(line[index - 1] ?? '') &&
          /\w/.test(line[index + 1] ?? '')
        )
          continue
        quote = character
      } else if ('([{'.includes(character)) depth++
      else if (')]}'.includes(character)) depth = Math.max(0, depth - 1)
    }
    if (quote === '"' || quote === "'") quote = undefined
  }
  return depths
}
