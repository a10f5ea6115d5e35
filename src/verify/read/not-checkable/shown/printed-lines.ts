/** bash's complaint at a `(` standing in the middle of a command, or at the word after it. */
const unexpectedToken = /syntax error near unexpected token `[^'\n]*'/
/**
 * Columns a program lines up: two gaps of two spaces or more between words,
 * a number first (`   51 ??   0:04.78 /usr/libexec/UserEventAgent (System)`,
 * a process id: no command is named by digits alone), or a key aligned
 * before its `=` (`kMDItemContentTypeTree       = (`).
 */
const columns = /\S {2,}\S.*\S {2,}\S|^\d+\s+\S|^\S+ {2,}= /
/** A program's label before its value: `ffmpeg: stable 4.4 (bottled), HEAD`. */
const label = /^[\p{L}\p{N}_.@/-]+:\s+\S/u
/**
 * Words in brackets that a sentence goes on after (`Updated 1 tap
 * (homebrew/services).`, `(bottled), HEAD`), or clauses in them
 * (`(git revision 8c2de31c095; last commit 2021-09-23)`).
 */
const bracketedWords = /\([^()]*\)[.,;:]|\([^()]*;\s[^()]*\)/

/**
 * A program's error message: `Error:`, `Warning:`, `fatal:` or a
 * `...Error:` followed by a capitalised sentence (`jekyll 3.3.0 | Error:
 * Address already in use - bind(2)`), which no command reads as.
 */
const message = /(?:^|\s)(?:[A-Z]\w*Error|Error|Warning|Fatal|fatal|error):\s+\p{Lu}/u

/**
 * Whether the line bash stopped at, on a `(` in the middle of a command or
 * the word after it, is a line a program printed rather than one a reader types: columns
 * (`ps`, `lsof`: `ruby  49753 ann  10u  IPv4 ... (LISTEN)`), a label
 * before its value, an error message, or words in brackets read as a sentence reads them.
 * A fence labelled as shell that holds a command's output (`brew --version`
 * and the lines it printed, without a prompt) shows output, not a script;
 * a command that misuses brackets (`echo (hello)`, `arr = (1 2 3)`) has none
 * of these shapes, and still fails.
 */
export function printedLineAt(output: string, text: string): boolean {
  if (!unexpectedToken.test(output) || !/\(/.test(text)) return false
  const line = text.trim()
  return columns.test(line) || label.test(line) || message.test(line) || bracketedWords.test(line)
}
