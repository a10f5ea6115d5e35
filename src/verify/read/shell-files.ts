/**
 * The files a shell line writes in the folder it runs in, and the words it
 * could name one by: what one fence makes (`echo PORT=80 > .env`, `touch
 * notes.txt`, `mkdir -p build`) is there for a later fence that names it
 * (`source .env`, `cat notes.txt`, `cd build`), as in the reader's one
 * terminal. Read from the line's words, not from running it.
 *
 * A word with a brace expansion names each word it expands to, as the shell
 * runs it: `touch file{,1,2}.txt` makes `file.txt`, `file1.txt` and
 * `file2.txt`, `cp file{,0}.txt` names `file.txt` and `file0.txt`.
 *
 * Note: a file named through a variable or a glob (`> "$out"`, `touch *.log`)
 * is not counted; neither are `/dev/...` and paths outside the folder.
 */

/** `> file`, `>> file`, `&> file` (not `2>&1`, `>&2`). */
const redirection = /(?:^|[^<>&\d])(?:&?>{1,2}|\d>{1,2})(?!&)\s*([^\s;|&<>()`]+)/g
/** `touch a b`, `mkdir -p a/b`, `tee -a log`, up to the end of the command. */
const making = /(?:^|[;&|(]\s*|\bthen\s+|\bdo\s+)(touch|mkdir|tee)\s+([^;|&<>#()`]+)/g

/** A word that can be a file of the folder: no variable, glob or absolute path. */
function localFile(word: string): string | undefined {
  const bare = word.replace(/^(['"])(.*)\1$/, '$2').replace(/^\.\//, '')
  if (!bare || /[$*?[\]{}~]/.test(bare) || bare.startsWith('/') || bare.startsWith('-')) {
    return undefined
  }
  return bare.replace(/\/+$/, '')
}

/** Most words a brace expansion is read into: more is no file list of a tutorial. */
const maxExpansions = 64

/**
 * The words bash's brace expansion makes of `word`: a list (`a{,1,b}c`) or a
 * sequence (`{1..3}`, `{a..c}`), nested and several in a word; the word itself
 * when it has none (`${var}` and a quoted `'{x}'` are none).
 */
export function braceExpanded(word: string): string[] {
  if (/^(['"]).*\1$/.test(word)) return [word]
  for (let open = word.indexOf('{'); open !== -1; open = word.indexOf('{', open + 1)) {
    if (word[open - 1] === '$') continue
    let depth = 0
    const commas: number[] = []
    let close = -1
    for (let at = open; at < word.length && close === -1; at++) {
      if (word[at] === '{') depth++
      else if (word[at] === '}' && --depth === 0) close = at
      else if (word[at] === ',' && depth === 1) commas.push(at)
    }
    if (close === -1) return [word]
    const [head, body, tail] = [
      word.slice(0, open),
      word.slice(open + 1, close),
      word.slice(close + 1),
    ]
    const items =
      commas.length > 0
        ? [open, ...commas].map((from, k) => word.slice(from + 1, [...commas, close][k]))
        : sequence(body)
    if (!items) continue
    const words = items.flatMap((item) => braceExpanded(`${head}${item}${tail}`))
    return words.length > maxExpansions ? [word] : words
  }
  return [word]
}

/** The items of a brace sequence's body (`1..3`, `a..c`, `01..10..3`), or `undefined`. */
function sequence(body: string): string[] | undefined {
  const numbers = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body)
  const letters = /^([A-Za-z])\.\.([A-Za-z])$/.exec(body)
  if (!numbers && !letters) return undefined
  const from = numbers ? Number(numbers[1]) : (letters?.[1] ?? 'a').charCodeAt(0)
  const to = numbers ? Number(numbers[2]) : (letters?.[2] ?? 'a').charCodeAt(0)
  const step = Math.abs(Number(numbers?.[3] ?? 1)) || 1
  if (Math.abs(to - from) / step >= maxExpansions) return undefined
  // `{01..10}` pads every item to the widest end, as bash does.
  const ends = numbers ? [numbers[1] ?? '', numbers[2] ?? ''] : []
  const width = ends.some((end) => /^-?0\d/.test(end))
    ? Math.max(...ends.map((end) => end.length))
    : 0
  const items: string[] = []
  for (
    let value = from;
    from <= to ? value <= to : value >= to;
    value += from <= to ? step : -step
  ) {
    items.push(numbers ? String(value).padStart(width, '0') : String.fromCharCode(value))
  }
  return items
}

/** The files of the folder a shell line (its comment removed) writes or makes. */
export function shellFilesWritten(line: string): string[] {
  const files: string[] = []
  for (const match of line.matchAll(redirection)) {
    const file = localFile(match[1] ?? '')
    if (file) files.push(file)
  }
  for (const match of line.matchAll(making)) {
    for (const word of (match[2] ?? '').trim().split(/\s+/).flatMap(braceExpanded)) {
      const file = localFile(word)
      if (file) files.push(file)
    }
  }
  return files
}

/** The words of a shell line that may name a file of the folder (`.env`, `./run.sh`, `build/out`). */
export function shellFileWords(line: string): string[] {
  const words = line.split(/[\s;|&<>()`=]+/).flatMap(braceExpanded)
  return words.flatMap((word) => {
    const file = localFile(word)
    // A path inside a folder the line names (`build/out.txt`) names the folder too.
    return file ? [file, ...(file.includes('/') ? [file.split('/')[0] ?? file] : [])] : []
  })
}
