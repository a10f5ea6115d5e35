import type { DocumentedOutput, OutputPart } from './documented-output.js'

/** A prompt line: `$ ls`, `❯ ls`, `user@host:~$ ls`, `PS> ls` is not a shell's. */
const prompt = /^(?:[\w.-]+@[\w.-]+(?::[^$#\n]*)?)?(?:\$|❯)\s?(.*)$/u
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
  return value.split('\n').some((line) => /^(?:\$|❯) \S/u.test(line))
}

/**
 * A shell session (`$ cmd` lines, each followed by what it printed) as the
 * script a reader types, and the output each command documents: prompt
 * lines become the commands (with `> ` continuation lines), output lines
 * become blank lines, so every line keeps its number. A command followed by
 * no output documents none, and what it prints is not compared.
 */
export function readShellTranscript(
  value: string,
  fenceLine: number,
): { code: string; expected: DocumentedOutput | undefined } {
  const lines = value.split('\n')
  const code: string[] = []
  const parts: OutputPart[] = []
  let current: OutputPart | undefined
  let continuing = false
  lines.forEach((line, index) => {
    const number = index + 1
    const command = prompt.exec(line)
    if (continuing && current) {
      code.push(line.replace(/^>\s?/, ''))
      current.to = number
      continuing = /\\$/.test(line)
      return
    }
    if (command) {
      code.push(command[1] ?? '')
      current = { from: number, to: number, value: false, lines: [], lineNumbers: [] }
      parts.push(current)
      continuing = /\\$/.test(line)
      return
    }
    code.push('')
    if (current) {
      current.lines.push(line)
      current.lineNumbers.push(fenceLine + number)
    }
  })
  for (const part of parts) {
    while (part.lines.length > 0 && part.lines.at(-1)?.trim() === '') {
      part.lines.pop()
      part.lineNumbers.pop()
    }
  }
  const documented = parts.filter((part) => part.lines.length > 0)
  if (documented.length === 0) return { code: code.join('\n'), expected: undefined }
  return {
    code: code.join('\n'),
    expected: {
      kind: 'statements',
      lines: documented.flatMap((part) => part.lines),
      lineNumbers: documented.flatMap((part) => part.lineNumbers),
      parts: documented,
      reason: `shell session the sample is: ${documented.length} command${documented.length === 1 ? '' : 's'} with the output shown under ${documented.length === 1 ? 'it' : 'them'}`,
    },
  }
}
