/** Words that open a compound command, and the words that close it. */
const openers = new Set(['for', 'while', 'until', 'select', 'if', 'case', '{'])
const closers = new Set(['done', 'fi', 'esac', '}'])
/** Words after which the next word starts a command too. */
const leaders = new Set(['then', 'do', 'else', 'elif', '{', '!', 'time'])

/**
 * Whether a command typed at a shell prompt is not complete yet, so the shell
 * shows its continuation prompt (`PS2`, `> `) for the line after it: a line ending
 * with `\`, a pipe or `&&`/`||`, an open quote, backquote (`` A=`B ``) or here-document, or a compound command not yet
 * closed (`$ for type in $types` then `> do` / `>    echo $type` / `> done`).
 * Those `> ` lines are the command's, not its output.
 */
export function commandGoesOn(command: string): boolean {
  const trimmed = command.trimEnd()
  if (/(?:\\|\||&&)$/.test(trimmed)) return true
  const unquoted = trimmed.replace(/\\./g, '').replace(/'[^']*'|"[^"]*"|`[^`]*`/g, 'Q')
  if (/['"`]/.test(unquoted)) return true
  const heredoc = /(?<!<)<<-?(?!<)\s*['"]?(\w+)/.exec(trimmed)
  if (heredoc && !new RegExp(`\\n\\s*${heredoc[1]}\\s*$`).test(trimmed)) return true
  let depth = 0
  for (const line of unquoted.split('\n')) {
    const code = line.replace(/(?:^|\s)#.*$/, '')
    // Keywords count at the start of a command: a segment's first word, or after `then`, `do`...
    for (const segment of code.split(/[;&|()\n]+/)) {
      for (const word of segment.trim().split(/\s+/)) {
        if (openers.has(word)) depth += 1
        else if (closers.has(word)) depth -= 1
        if (!leaders.has(word)) break
      }
    }
  }
  return depth > 0
}

/**
 * Whether a command leaves a quote open, read as the shell reads it: quotes,
 * backquotes (`` A=`echo B `` / `` echo C` ``, one command substitution) and
 * backslashes outside single quotes, bash's ANSI-C quoting `$'...'`, inside which a
 * backslash escapes a quote (`echo $'\"Hello\''` is complete), and a `#` comment at
 * the start of a word (its apostrophes open nothing). The shell runs nothing until the quote closes, so
 * the lines after such a command are still the command, whether or not the
 * author kept the `> ` prompt before them (`$ echo "apple` / `pear" | sort`).
 */
export function quoteLeftOpen(command: string): boolean {
  let quote: "'" | '"' | "$'" | '`' | undefined
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index]
    if (quote === "'") {
      if (char === "'") quote = undefined
    } else if (quote === "$'") {
      // ANSI-C quoting, `$'\"Hello\''`: a backslash escapes the next character, a quote too.
      if (char === '\\') index += 1
      else if (char === "'") quote = undefined
    } else if (char === '\\') index += 1
    else if (quote === undefined && char === '$' && command[index + 1] === "'") {
      quote = "$'"
      index += 1
    } else if (quote === '"' || quote === '`') {
      if (char === quote) quote = undefined
    } else if (char === "'" || char === '"' || char === '`') quote = char
    else if (char === '#' && (index === 0 || /\s/.test(command[index - 1] ?? ''))) {
      const end = command.indexOf('\n', index)
      if (end === -1) break
      index = end
    }
  }
  return quote !== undefined
}
