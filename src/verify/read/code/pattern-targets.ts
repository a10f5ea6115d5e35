/**
 * An array destructuring assignment opening a line whose targets are member
 * expressions, `[arr[i], arr[j]] = [arr[j], arr[i]]` (the swap of every
 * sorting tutorial), `[this.first, this.last] = name.split(" ")`: valid
 * JavaScript that Lezer's grammar refuses, so the statements of a sample
 * holding one could not be read. Each target is given to Lezer as a plain
 * name of the same length (`arr_i_`, `this_first`), so every statement and
 * comment keeps its place; the code that runs is unchanged.
 */
export function maskedPatternTargets(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const open = /^\s*\[/.exec(line)
      if (!open) return line
      const start = open[0].length - 1
      let depth = 0
      let end = -1
      for (let at = start; at < line.length; at++) {
        const char = line[at]
        if (char === '[') depth++
        else if (char === ']' && --depth === 0) {
          end = at
          break
        } else if (char === '"' || char === "'" || char === '`') return line
      }
      if (end < 0 || !/^\s*=(?![=>])/.test(line.slice(end + 1))) return line
      const inside = line.slice(start + 1, end)
      const targets = splitTopLevel(inside)
      if (!targets.some((target) => /[.[]/.test(target.replace(/^\s*\.\.\./, '')))) return line
      // Each target a name of its length: `arr[j + 1]` as `arr_j___1_`, a spread's `...` kept.
      const masked = targets
        .map((target) => {
          const [, lead = '', spread = '', rest = ''] = /^(\s*)(\.\.\.)?(.*)$/s.exec(target) ?? []
          const name = rest.trimEnd()
          return `${lead}${spread}${name.replace(/[^\w$]/g, '_')}${rest.slice(name.length)}`
        })
        .join(',')
      return `${line.slice(0, start + 1)}${masked}${line.slice(end)}`
    })
    .join('\n')
}

/** The parts of a pattern between its commas at its own level, commas inside brackets kept. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '[' || char === '(' || char === '{') depth++
    else if (char === ']' || char === ')' || char === '}') depth--
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(from, at))
      from = at + 1
    }
  }
  parts.push(text.slice(from))
  return parts
}
