import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/** zsh's own error lines: `zsh: command not found: x`, `zsh: ./a.sh: bad interpreter: ...`, `zsh:1: ...`. */
const zshLine = /^\s*zsh(?::\d+)?: \S/

/** A line of the run's output that is an error of the shell that ran it: bash's `x.sh: line 3: `, dash's `x.sh: 3: `. */
const shellError = /^\S+: (?:line )?\d+: /m

/**
 * zsh's wording of a builtin's error, message before operand and in lower
 * case (`cd: not a directory: fd.sh`), where bash puts the operand first
 * (`cd: fd.sh: Not a directory`).
 */
const zshBuiltin =
  /^\s*(cd|pushd|popd|source|\.|kill|wait|fg|bg|unset|export|read): ([a-z][a-z ]+): (.+?)\s*$/

/**
 * The BSD tools' wording of an error about a file (macOS's `rm: x.txt: No
 * such file or directory`), operand first, where GNU's says what it could
 * not do and quotes the operand (`rm: cannot remove 'x.txt': No such file or directory`).
 */
const bsdTool =
  /^\s*(rm|ls|cp|mv|ln|cat|stat|touch|chmod|chown|mkdir|rmdir|du|head|tail|wc): (.+?): ([A-Z].+?)\s*$/

/**
 * Why a shell sample whose output differs cannot be checked on this machine:
 * its documented output is a transcript of the author's own shell or system,
 * shown by the words of an error the run printed in its own: a line of zsh
 * (`zsh: ./a.sh: bad interpreter`, a builtin's `cd: not a directory: fd.sh`)
 * where bash, which ran it, reported an error too, or the BSD tools of macOS
 * (`rm: *.txt: No such file or directory`) where GNU's words the same error
 * about the same file (`rm: cannot remove '*.txt': ...`). A reader on another
 * shell or system sees other words and other files. `undefined` otherwise, so
 * any other difference stays a failure.
 */
export function shellWordingNeed(sample: Sample, output: string): string | undefined {
  if (!isShellRunner(sample.runner) || sample.runner.id === 'zsh') return undefined
  const shown = sample.expected?.lines ?? []
  const printed = output.split('\n').map((line) => line.trim())
  for (const [index, line] of shown.entries()) {
    const at = sample.expected?.lineNumbers[index]
    const where = at === undefined ? '' : ` at line ${at}`
    if (zshLine.test(line) && shellError.test(output) && !printed.includes(line.trim())) {
      return `needs zsh, the author's shell: the output shows its message \`${line.trim()}\`${where}`
    }
    const builtin = zshBuiltin.exec(line)
    if (builtin && bashWords(printed, builtin[1] ?? '', builtin[3] ?? '', builtin[2] ?? '')) {
      return `needs zsh, the author's shell: the output shows its message \`${line.trim()}\`${where}, which bash words its own way`
    }
    const tool = bsdTool.exec(line)
    if (tool && gnuWords(printed, tool[1] ?? '', tool[2] ?? '', tool[3] ?? '')) {
      return `needs macOS, the author's system: the output shows its \`${tool[1]}\`'s message \`${line.trim()}\`${where}, which GNU's \`${tool[1]}\` words its own way`
    }
  }
  return undefined
}

/** Whether bash reported `command`'s error `message` about `operand` (`cd: fd.sh: Not a directory`). */
function bashWords(printed: string[], command: string, operand: string, message: string): boolean {
  const words = `${command}: ${operand}: ${message}`.toLowerCase()
  return printed.some((line) => line.toLowerCase().endsWith(words))
}

/** Whether GNU's `tool` reported `message` about `operand`, quoted (`rm: cannot remove '*.txt': ...`). */
function gnuWords(printed: string[], tool: string, operand: string, message: string): boolean {
  return printed.some((line) => {
    const gnu = /^(\S+): cannot \w+(?: \w+)? ['‘"](.+?)['’"]: (.+)$/.exec(line)
    return gnu?.[1] === tool && gnu[2] === operand && gnu[3] === message
  })
}
