import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** Filters that read standard input when given no file: `tr` always, these when given no operand. */
const alwaysStdin = new Set(['tr'])
const stdinWithoutFile = new Set(['cat', 'tac', 'rev'])
/** Shells and interpreters, which given no script start an interactive session on the terminal. */
const interactive = new Set([
  'sh',
  'bash',
  'zsh',
  'dash',
  'ksh',
  'fish',
  'python',
  'python3',
  'node',
])
/** Commands that run the command after them: `env python3`, `sudo bash`. */
const wrappers = new Set(['env', 'sudo', 'command', 'exec', 'nohup'])
/** Options that keep a shell interactive (`bash --norc`), unlike `--version` or `-c`. */
const sessionOption = /^(?:-i|-l|--login|--posix|--norc|--noprofile)$/u

/**
 * The line (1-based) of a shell command that reads what the reader types: a
 * filter starting a pipeline with nothing to read but the terminal (`tr 'A-Z'
 * 'a-z' | sort | uniq -c`, a pipeline the post runs over a file it does not
 * name; `cat` with no file, or `cat >&0 <&2`, echoing the lines typed; a
 * shell or interpreter given no script, `sh` or `env python3`, which starts a
 * session the author typed commands into). A
 * sample gets no input, so what such a command printed for the author's
 * input is not checkable here. Not a filter fed by a pipe, a here-document
 * or a file (`< words.txt`, `cat notes.txt`).
 */
export function terminalInputLine(sample: Sample): number | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  for (let index = 0; index < lines.length; index++) {
    // A line going on after `\` or a pipe is the rest of the command above.
    const above = (lines[index - 1] ?? '').replace(/\s+#.*$/u, '').trimEnd()
    if (index > 0 && /(?:\\|\||&&)$/u.test(above)) continue
    const text = (lines[index] ?? '').replace(/(?:^|\s+)#.*$/u, '')
    for (const command of text.split(/;|&&|\|\|/u)) {
      const first = command.split(/(?<!\|)\|(?!\|)/u)[0] ?? ''
      if (readsTerminal(first)) return index + 1
    }
  }
  return undefined
}

/** Whether one simple command is a filter given nothing to read but standard input. */
function readsTerminal(command: string): boolean {
  const words = command.trim().split(/\s+/u)
  const start = words.findIndex((word) => !/^\w+=/u.test(word))
  if (start < 0) return false
  // `env python3`, `sudo node`: the program the wrapper starts is the one that reads the terminal.
  let rest = words.slice(start)
  while (wrappers.has(rest[0] ?? '')) {
    rest = rest.slice(1)
    while (/^-|^\w+=/u.test(rest[0] ?? '')) rest = rest.slice(1)
  }
  const [program = '', ...args] = rest
  if (/<</u.test(command) || /<\s*(?!&)\S/u.test(command)) return false
  if (alwaysStdin.has(program)) return true
  if (interactive.has(program)) return args.every((word) => sessionOption.test(word))
  if (!stdinWithoutFile.has(program)) return false
  return args.every((word) => word.startsWith('-') || /^\d*[<>]&?\d*$|^\d*[<>]&\d+$/u.test(word))
}

/**
 * The index, among a shell sample's documented lines, of the first showing a
 * control key the author typed at the terminal: `^C` or `^D` alone on its
 * line or ending the line typed before it (`end now^D`), as a terminal echoes
 * them when a command reads the keyboard (`awk '{ print }'` with no file,
 * each typed line then its output). A command that reads the keyboard gets
 * nothing typed here, so what it printed for the author is not checkable.
 */
export function typedControlKeyLine(sample: Sample): number | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.expected?.lines ?? []
  const index = lines.findIndex((line) => /(?:^|\S)\^[CD]\s*$/u.test(line.trimEnd()))
  return index < 0 ? undefined : index
}
