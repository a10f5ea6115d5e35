/**
 * A command's words with bash's brace expansion done (`mv file.data{,.bak}`
 * → `mv file.data file.data.bak`, `pre{1..4}fix` → `pre1fix pre2fix pre3fix
 * pre4fix`), or `undefined` when it has none. Words holding quotes or
 * expansions are kept as written.
 */
export function braceExpanded(command: string): string | undefined {
  const words = command.trim().split(/\s+/)
  const expanded = words.flatMap(braceWords)
  const text = expanded.join(' ')
  return text === words.join(' ') ? undefined : text
}

/**
 * Whether the lines under a command show the command as the shell expands
 * its braces, not what it printed: the command expanded (`pre1fix pre2fix …`
 * under `$ pre{1..4}fix`, which runs `pre1fix`), or, as a comment, the
 * command or the words its braces make (`# mv file.data file.data.bak`
 * under `$ mv file.data{,.bak}`), as posts explain an expansion. The words
 * alone, uncommented, stay output: `echo draft{1..3}.md` prints them.
 */
export function showsExpansion(command: string, lines: readonly string[]): boolean {
  const shown = lines.filter((line) => line.trim())
  if (shown.length !== 1) return false
  const expanded = braceExpanded(command)
  if (expanded === undefined) return false
  const written = (shown[0] ?? '').trim()
  const commented = written.startsWith('#')
  const line = written.replace(/^#+\s*/, '').replace(/\s+/g, ' ')
  if (line === expanded) return true
  const typed = command.trim().split(/\s+/)
  const made = expanded
    .split(' ')
    .filter((word) => !typed.includes(word))
    .join(' ')
  return commented && made !== '' && line === made
}

/** The words one word of a command expands to; a word holding quotes or expansions is kept as written. */
export function braceWords(word: string): string[] {
  return /['"$`\\]/.test(word) ? [word] : expandWord(word)
}

/** The words one word expands to, its first brace expression expanded, then the rest. */
function expandWord(word: string): string[] {
  const found = firstBraces(word)
  if (!found) return [word]
  const { open, close, items } = found
  const before = word.slice(0, open)
  const after = word.slice(close + 1)
  return items.flatMap((item) => expandWord(`${before}${item}${after}`))
}

/** The first `{...}` of a word that bash expands: a comma list or a sequence, with its items. */
function firstBraces(word: string): { open: number; close: number; items: string[] } | undefined {
  for (let open = word.indexOf('{'); open >= 0; open = word.indexOf('{', open + 1)) {
    let depth = 0
    const commas: number[] = []
    for (let index = open; index < word.length; index++) {
      const char = word[index]
      if (char === '{') depth++
      else if (char === '}') depth--
      else if (char === ',' && depth === 1) commas.push(index)
      if (depth > 0) continue
      const inner = word.slice(open + 1, index)
      if (commas.length > 0) {
        const bounds = [open, ...commas, index]
        const items = bounds.slice(1).map((end, at) => word.slice((bounds[at] ?? 0) + 1, end))
        return { open, close: index, items }
      }
      const items = sequence(inner)
      if (items) return { open, close: index, items }
      break
    }
  }
  return undefined
}

/** `1..4`, `a..e`, `10..1..3`: the items of a sequence expression, or `undefined`. */
function sequence(inner: string): string[] | undefined {
  const match = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner)
  if (!match) return undefined
  const [, first = '', last = '', by] = match
  const numeric = /\d/.test(first)
  if (numeric !== /\d/.test(last)) return undefined
  const from = numeric ? Number(first) : first.charCodeAt(0)
  const to = numeric ? Number(last) : last.charCodeAt(0)
  const step = Math.abs(Number(by ?? 1)) || 1
  const items: string[] = []
  for (let at = from; from <= to ? at <= to : at >= to; at += from <= to ? step : -step) {
    items.push(numeric ? String(at) : String.fromCharCode(at))
    if (items.length > 1000) return undefined
  }
  return items
}
