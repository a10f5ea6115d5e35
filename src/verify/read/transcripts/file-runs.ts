import type { Code, Node, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { isShellRunner } from '../../runner-id.js'
import { type Runner, runnerFor } from '../../runners.js'
import { fenceFileName } from '../named-files.js'
import { hostPromptCommand } from './shell-prompts.js'

/**
 * A prompt before a command: `$ `, `❯ `, `> ` (Windows), and the prompts
 * naming the user and host that some authors keep, with the folder after a
 * space and a colon to end it (`root@arch tests: `, `root@arch (master): `).
 * Windows shows the folder and `>`: PowerShell's `PS D:\code\re> `, cmd's
 * `C:\Users\ann>` with or without a space before the command.
 */
const windowsPrompt = /^(?:PS )?[A-Za-z]:\\[^>\n]*> ?(\S.*)$/u
const prompt = new RegExp(
  `^(?:[$❯>]|[\\w.-]+@[\\w.-]+(?: [^\\s:$#>]+)?:) (.*)$|${windowsPrompt.source}`,
  'u',
)
/** A command running one file by its interpreter or its path: `python3 python_intro.py`, `./hello.py`. */
const fileCommand = /^(?:([\w.-]+?)(?:\d[\d.]*)?\s+)?((?:\.{0,2}\/)?[\p{L}\p{N}_./-]+\.(\w+))\s*$/u

/**
 * The run of a program file shown as a terminal transcript: the first line
 * (spaces before it aside) a prompt (`$ `, `> `, `root@arch tests: `, `[ann@box src]$ `) and a command
 * running one file of `runner`'s language (`python3 python_intro.py`,
 * `./hello.py`), no other prompt after it. What follows is what the file
 * printed. `skip`: the lines before the output. Told by the content, not by
 * the fence's label: such a fence may be labelled `bash`, `python` or
 * nothing.
 */
export function fileRunOf(
  value: string,
  runner: Runner,
): { command: string; skip: number } | undefined {
  // A shell script's runs are shell sessions, read with the files the page names (shell-files.ts).
  if (isShellRunner(runner)) return undefined
  const lines = value.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  // The prompt may stand a space in from the fence's edge (` $ python3.6 test.py`), as pasted from a terminal.
  const command = commandAfterPrompt((lines[first] ?? '').trimStart())
  if (command === undefined) return undefined
  if (lines.slice(first + 1).some((line) => commandAfterPrompt(line) !== undefined))
    return undefined
  const run = fileCommand.exec(command.trim())
  if (!run) return undefined
  const interpreter = run[1] ? runnerFor(run[1]) : undefined
  if (run[1] && interpreter?.id !== runner.id) return undefined
  if (runnerFor(run[3] ?? '')?.id !== runner.id) return undefined
  return { command: command.trim(), skip: first + 1 }
}

/**
 * The run of the sample at `parent.children[index]` that `fence` shows (see
 * `fileRunOf`), unless it is a shell session running the file the page
 * names that sample as (`# countdown.py`): such a session runs the file
 * itself, as a sample of its own.
 */
export function sampleRunIn(
  fence: Code,
  parent: Parent,
  index: number,
  runner: Runner,
): { command: string; skip: number } | undefined {
  const run = fileRunOf(fence.value, runner)
  const sample = parent.children[index]
  if (!run || sample?.type !== 'code') return run
  // A shell reads no Windows prompt (`PS D:\code> python a.py`): the fence is the file's run.
  if (windowsPrompt.test(fence.value.trimStart().split('\n')[0] ?? '')) return run
  const file = run.command.split(/\s+/).at(-1)?.split('/').at(-1)
  const named = fenceFileName(sample, parent, index)?.split('/').at(-1)
  const shell = isShellRunner(runnerFor(fence.lang?.toLowerCase() ?? '') ?? { id: 'python' })
  return shell && file === named ? undefined : run
}

/** The command after a line's prompt, `undefined` for a line without one. */
function commandAfterPrompt(line: string): string | undefined {
  const hosted = hostPromptCommand(line)
  if (hosted) return hosted
  const match = prompt.exec(line)
  return match ? (match[1] ?? match[2]) : undefined
}

/** Template tags of a site generator (`{% filename %}command-line{% endfilename %}`), alone in a paragraph. */
const templateTags = /^(?:\s*\{%[^%]*%\}[^{]*?)*\{%[^%]*%\}\s*$/

/**
 * Whether a node is a paragraph of a site generator's template tags only
 * (GitBook's and Jekyll's `{% filename %}python_intro.py{% endfilename %}`):
 * the reader sees a label over the fence, no prose between a lead-in and
 * the output fence it announces.
 */
export function isTemplateTags(node: Node | undefined): boolean {
  return node?.type === 'paragraph' && templateTags.test(plainText(node).trim())
}
