import { varyingSource } from '../outputs/comments/varying-sources.js'
import type { DocumentedOutput, OutputPart } from '../outputs/documented-output.js'
import { isProseAmongOutput } from '../outputs/fences/prose-among-output.js'
import { showsEmptyOutputs } from './bare-prompts.js'
import { showsExpansion } from './brace-expansions.js'
import { commentedValues } from './commented-values.js'
import { commandGoesOn, quoteLeftOpen } from './continuation-prompts.js'
import { listedFile, listedLines } from './editor-listings.js'
import { listsEnvironment } from './environment-listings.js'
import { hasGluedPrompts, withoutTrailingPrompt } from './glued-prompts.js'
import { shellNamedBeforePrompt } from './shell-named-prompt.js'
import { hostPromptCommand } from './shell-prompts.js'
import { silentTranscript } from './silent-transcript.js'

/**
 * A prompt line: `$ ls`, `❯ ls`, `user@host:~$ ls`, a shell named before its
 * prompt (`bash$ ls`, `bash-5.2$ ls`, `sh $ ls`: shell-named-prompt.ts), zsh's `% ls`, oh-my-zsh's arrow, alone
 * (`➜ ls`) or in its default theme, before the folder and the Git branch
 * (`➜  blog git:(main) ✗ ls`), the plain arrow other zsh themes set (`→ ls`), and zsh's
 * prompt alone, after its folder too (`~ % `), the shell waiting; `PS> ls` is not a shell's.
 */
const prompt = new RegExp(
  String.raw`^(?:[\w.-]+@[\w.-]+(?::[^$#\n]*)?|${shellNamedBeforePrompt})?(?:\$|❯)\s?(.*)$|^% (\S.*)$|^➜ {2}\S+(?: git:\([^)\s]*\))?(?: ✗)? (\S.*)$|^[➜→] (\S.*)$|^(?:~[^\s%]*\s+)?%\s*$`,
  'u',
)
/** The start of a prompt line with a command, for telling a session from code. */
const promptStart = new RegExp(
  String.raw`^(?:${shellNamedBeforePrompt})?(?:\$|❯) \S|^% \S|^➜ +\S`,
  'u',
)
/**
 * The plain arrow starts a prompt line in a fence labelled as shell alone: in
 * an unlabelled fence, `→ 42` is as often a value the author points at.
 */
const arrowPromptStart = /^→ \S/u
/** A comment the reader typed at the prompt, or read, between commands: `# Multiple arguments...`. */
const commentLine = /^#\s+\S/
/** Fence languages that are shell sessions by name; `bash`, `sh`... are when they hold prompts. */
export const sessionLanguages: ReadonlySet<string> = new Set([
  'console',
  'shell-session',
  'shellsession',
  'sh-session',
  'terminal',
])

/** Whether a fence's lines start with shell prompts, commands and their output interleaved. */
export function isShellTranscript(value: string): boolean {
  return (
    value
      .split('\n')
      .some(
        (line) =>
          promptStart.test(line) || arrowPromptStart.test(line) || Boolean(hostPromptCommand(line)),
      ) || hasGluedPrompts(value)
  )
}

/**
 * Whether a fence that names no language opens with a shell prompt and its
 * command (`$ seq 5`, `user@host:~$ ls`), as a shell book's transcripts
 * are fenced bare: what the reader types at the shell, then what it
 * printed, read like a `console` fence's. Only the first line decides, so
 * a listing or an output that shows one prompt further down stays shown.
 */
/**
 * Whether the first line with text is a command at a `$ ` prompt (`$ uv venv`): no
 * Python line starts so, so a fence labelled Python that does is a shell session.
 */
export function opensWithDollarPrompt(value: string): boolean {
  const first = value.split('\n').find((line) => line.trim() !== '') ?? ''
  return /^\$ \S/u.test(first)
}

export function opensWithPrompt(value: string): boolean {
  const first = value.split('\n').find((line) => line.trim() !== '') ?? ''
  return promptStart.test(first) || Boolean(hostPromptCommand(first))
}

/**
 * A shell session (`$ cmd` lines, each followed by what it printed) as the
 * script a reader types, and the output each command documents: prompt
 * lines become the commands (with `> ` continuation lines), output lines
 * become blank lines, so every line keeps its number. A command followed by
 * no output documents none, and what it prints is not compared, unless the
 * session shows empty output with bare prompts (`bare-prompts.ts`). With
 * `promptCommand`, the command after the session's own prompt, only lines
 * with that prompt are commands.
 */
export function readShellTranscript(
  value: string,
  fenceLine: number,
  promptCommand?: (line: string) => string | undefined,
): { code: string; expected: DocumentedOutput | undefined } {
  const lines = value.split('\n')
  const code: string[] = []
  const parts: OutputPart[] = []
  let current: OutputPart | undefined
  let continuing = false
  // The command typed so far, for a `> ` line going on with an open block or quote.
  let typed = ''
  lines.forEach((line, index) => {
    const number = index + 1
    // A session's own prompt, when it has one (`>>> `: shell-at-python-prompts.ts), is the only one.
    const command = promptCommand ? null : prompt.exec(line)
    const hosted = promptCommand ? promptCommand(line) : hostPromptCommand(line)
    // A quote left open goes on over the next line, with the `> ` prompt or without it,
    // when it closes before the next prompt (else the command is the post's broken one).
    const quoted = current !== undefined && quoteLeftOpen(typed) && quoteCloses(typed, lines, index)
    // So does a compound command left open (`$ for f in *.txt; do echo $f;` / `wc -l $f; done`),
    // typed on without its `> ` prompt, when it closes before the next prompt.
    const block =
      current !== undefined && !quoted && commandGoesOn(typed) && blockCloses(typed, lines, index)
    const prompted =
      continuing || quoted || block || (current !== undefined && commandGoesOn(typed))
    if (prompted && current && (continuing || quoted || block || /^>(?:\s|$)/.test(line))) {
      const typedLine = line.replace(/^>\s?/, '')
      code.push(typedLine)
      typed += `\n${typedLine}`
      current.to = number
      continuing = /\\$/.test(line)
      return
    }
    // The run of a script just made runnable, its prompt lost (`$ chmod 755 t.sh` / `./t.sh`).
    const lost =
      current?.lines.length === 0 &&
      !command &&
      hosted === undefined &&
      runsMadeRunnable(typed, line)
    if (command || hosted !== undefined || lost) {
      typed = lost
        ? line.trim()
        : (hosted ?? command?.[1] ?? command?.[2] ?? command?.[3] ?? command?.[4] ?? '')
      code.push(typed)
      current = {
        from: number,
        to: number,
        value: false,
        asShown: true,
        lines: [],
        lineNumbers: [],
      }
      parts.push(current)
      continuing = /\\$/.test(line)
      return
    }
    typed = ''
    // A comment before the first prompt is the reader's to read, kept as one in the script.
    code.push(!current && commentLine.test(line) ? line : '')
    if (current) {
      current.lines.push(line)
      current.lineNumbers.push(fenceLine + number)
    }
  })
  for (const part of parts) {
    dropTrailingBlanks(part)
    // A blank line between a command and its output is the page's spacing: a blank line the
    // command prints first is not compared either (`$ echo $i` / blank / `25`).
    dropLeadingBlanks(part)
    // The command as the shell expands its braces, shown to explain it (`# mv a a.bak`): no output.
    if (showsExpansion(code[part.from - 1] ?? '', part.lines)) {
      part.lines = []
      part.lineNumbers = []
      continue
    }
    // A file opened in an editor, or a script shown with `cat`: written for the commands after it.
    // What the command printed, written as comments naming it (`# Print: a+b`): the values.
    const values = commentedValues(part.lines)
    if (values) {
      part.lineNumbers = part.lineNumbers
        .filter((_, index) => part.lines[index]?.trim() !== '')
        .slice(0, values.length)
      part.lines = values
    }
    const later = parts.slice(parts.indexOf(part) + 1)
    const listed = listedFile(code[part.from - 1] ?? '', part.lines, code.slice(0, part.from - 1), {
      commands: later.map((next) => code[next.from - 1] ?? ''),
      shown: later.flatMap((next) => next.lines),
    })
    if (listed) {
      code[part.from - 1] = listed.code
      if (!listed.output) {
        part.lines = []
        part.lineNumbers = []
      }
    }
  }
  const script = code.join('\n')
  for (const part of parts) {
    dropTrailingBlanks(part)
    // The next prompt written after output that ends with no newline: `first line $`, after the
    // last command or before the next one (`Hello Bash! $`, then the next prompt with its command).
    const last = part.lines.length - 1
    if (last >= 0)
      part.lines[last] = withoutTrailingPrompt(part.lines[last] ?? '', code[part.from - 1] ?? '')
    // `# comment` lines set apart by a blank line before the next prompt are not output.
    const comments = part.lines.length - trailingCount(part.lines, (line) => commentLine.test(line))
    if (
      part !== parts.at(-1) &&
      comments < part.lines.length &&
      !part.lines[comments - 1]?.trim()
    ) {
      for (const [index, number] of part.lineNumbers.entries()) {
        if (index >= comments) code[number - fenceLine - 1] = part.lines[index] ?? ''
      }
      part.lines.splice(comments)
      part.lineNumbers.splice(comments)
      dropTrailingBlanks(part)
    }
    // Lines that may be the author's words after a command's output, decided once it ran:
    // prose, or after the last command, `# comment` lines set apart by a blank line.
    const notes = trailingCount(part.lines, (line) => commentLine.test(line))
    const words =
      notes > 0 && notes < part.lines.length && !part.lines[part.lines.length - notes - 1]?.trim()
        ? notes + 1
        : trailingCount(part.lines, (line) => !line.trim() || isProseAmongOutput(line, script))
    if (words < part.lines.length && part.lines.slice(-words).some((line) => line.trim())) {
      part.prose = words
    }
  }
  // Numbers a command draws at random (`echo $RANDOM`) or reads as a process id (`echo $$`) are the author's run's.
  for (const part of parts) {
    // A listed script the command runs draws them too (`$ cat for10.sh` with `$RANDOM`, then `./for10.sh`).
    const ran = code.slice(part.from - 1, part.to).join('\n')
    Object.assign(part, varyingSource(`${ran}\n${listedLines(code.join('\n')).join('\n')}`))
    if (listsEnvironment(code[part.from - 1] ?? '')) part.unordered = true
  }
  const commands = parts.map((part) => code[part.from - 1] ?? '')
  const emptyShown = showsEmptyOutputs(parts, commands)
  const documented = parts.filter((part, index) => {
    if (part.lines.length > 0) return true
    if (!emptyShown || commands[index]?.trim() === '') return false
    // Nothing printed, documented on the line where its output would be: the next prompt's.
    part.lines.push('')
    part.lineNumbers.push(fenceLine + part.to + 1)
    return true
  })
  if (documented.length === 0)
    return { code: code.join('\n'), expected: silentTranscript(parts, fenceLine) }
  // Commands shown without output: not compared, their statuses kept.
  const quiet = parts
    .filter((part, index) => !documented.includes(part) && commands[index]?.trim())
    .map((part) => part.from)
  return {
    code: code.join('\n'),
    expected: {
      kind: 'statements',
      lines: documented.flatMap((part) => part.lines),
      lineNumbers: documented.flatMap((part) => part.lineNumbers),
      parts: documented,
      ...(quiet.length > 0 && { quiet }),
      reason: `shell session the sample is: ${documented.length} command${documented.length === 1 ? '' : 's'} with the output shown under ${documented.length === 1 ? 'it' : 'them'}`,
    },
  }
}

/**
 * Whether `line`, written with no prompt right under `chmod` making a script
 * runnable (`$ chmod 755 arith.sh`), runs that script (`./arith.sh 3`): a
 * command whose prompt the post lost, as `chmod` prints nothing to show.
 */
function runsMadeRunnable(typed: string, line: string): boolean {
  const script = /^\s*chmod\s+\S+\s+(?:\.\/)?([\w.-]+)\s*$/u.exec(typed)?.[1]
  if (script === undefined) return false
  const ran = /^\s*\.\/([\w.-]+)(?:\s|$)/u.exec(line)?.[1]
  return ran === script
}

/** Whether the quote `typed` leaves open closes on a line from `index` on, before the next prompt. */
function quoteCloses(typed: string, lines: readonly string[], index: number): boolean {
  let text = typed
  for (const line of lines.slice(index)) {
    if (prompt.test(line) || hostPromptCommand(line) !== undefined) return false
    text += `\n${line.replace(/^>\s?/, '')}`
    if (!quoteLeftOpen(text)) return true
  }
  return false
}

/** Whether the compound command `typed` leaves open closes on a line from `index` on, before the next prompt. */
function blockCloses(typed: string, lines: readonly string[], index: number): boolean {
  let text = typed
  for (const line of lines.slice(index)) {
    if (prompt.test(line) || hostPromptCommand(line) !== undefined) return false
    text += `\n${line.replace(/^>\s?/, '')}`
    if (!commandGoesOn(text)) return true
  }
  return false
}

function dropLeadingBlanks(part: OutputPart): void {
  const blanks = part.lines.findIndex((line) => line.trim() !== '')
  if (blanks <= 0) return
  part.lines.splice(0, blanks)
  part.lineNumbers.splice(0, blanks)
}

function dropTrailingBlanks(part: OutputPart): void {
  const kept = part.lines.length - trailingCount(part.lines, (line) => line.trim() === '')
  part.lines.splice(kept)
  part.lineNumbers.splice(kept)
}

/** How many lines at the end of `lines` pass `test`. */
function trailingCount(lines: readonly string[], test: (line: string) => boolean): number {
  let count = 0
  while (count < lines.length && test(lines[lines.length - 1 - count] ?? '')) count += 1
  return count
}
