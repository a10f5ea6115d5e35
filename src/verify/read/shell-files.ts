import { braceWords } from './transcripts/brace-expansions.js'

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

/** `> file`, `>> file`, `&> file`, `> "my notes.txt"` (not `2>&1`, `>&2`). */
const redirection = /(?:^|[^<>&\d])(?:&?>{1,2}|\d>{1,2})(?!&)\s*("[^"]*"|'[^']*'|[^\s;|&<>()`]+)/g
/** `touch a b`, `mkdir -p a/b`, `tee -a log`, up to the end of the command. */
const making = /(?:^|[;&|(]\s*|\bthen\s+|\bdo\s+)(touch|mkdir|tee)\s+([^;|&<>#()`]+)/g

/** A word that can be a file of the folder: no variable, glob or absolute path. */
function localFile(word: string): string | undefined {
  // `~/lab` is the folder's `lab`: a sample's home is the folder it runs in.
  const bare = word
    .replace(/^(['"])(.*)\1$/, '$2')
    .replace(/^\.\//, '')
    .replace(/^~\//, '')
  if (!bare || /[$*?[\]{}~]/.test(bare) || bare.startsWith('/') || bare.startsWith('-')) {
    return undefined
  }
  return bare.replace(/\/+$/, '')
}

/** A quoted string of a shell line, single- or double-quoted. */
const quotedString = /(['"])(?:\\.|(?!\1)[^\\])*\1/g

/**
 * The words of `text` between `separators`, a quoted string one word with
 * its spaces (`"my notes.txt"`), as the shell reads it.
 */
function wordsOf(text: string, separators: RegExp): string[] {
  const quoted: string[] = []
  const masked = text.replace(quotedString, (string) => `\uE000${quoted.push(string) - 1}\uE000`)
  return masked
    .split(separators)
    .filter(Boolean)
    .map((word) => word.replace(/\uE000(\d+)\uE000/g, (_, at: string) => quoted[Number(at)] ?? ''))
}

/** The files of the folder a shell line (its comment removed) writes or makes. */
export function shellFilesWritten(line: string): string[] {
  const files: string[] = []
  for (const match of line.matchAll(redirection)) {
    const file = localFile(match[1] ?? '')
    if (file) files.push(file)
  }
  for (const match of line.matchAll(making)) {
    for (const word of wordsOf((match[2] ?? '').trim(), /\s+/).flatMap(braceWords)) {
      const file = localFile(word)
      if (file) files.push(file)
    }
  }
  return files
}

/** The words of a shell line that may name a file of the folder (`.env`, `./run.sh`, `build/out`). */
export function shellFileWords(line: string): string[] {
  const words = wordsOf(line, /[\s;|&<>()`=]+/).flatMap(braceWords)
  return words.flatMap((word) => {
    const file = localFile(word)
    // A path inside a folder the line names (`build/out.txt`) names the folder too.
    return file ? [file, ...(file.includes('/') ? [file.split('/')[0] ?? file] : [])] : []
  })
}
