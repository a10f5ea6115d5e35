// Shell fences under a sample: prompts, printed output, and runs of the sample's script.

import type { Code, Parent } from 'mdast'
import { isShellRunner } from '../../../runner-id.js'
import { outputLanguages, type Runner, runnerFor } from '../../../runners.js'
import { sampleRunIn } from '../../transcripts/file-runs.js'
import { isIpythonSession } from '../../transcripts/python-sessions.js'
import { isShellTranscript } from '../../transcripts/shell-transcript.js'
import type { DocumentedOutput } from '../documented-output.js'
import { isOutputLabel } from './heading-lead-ins.js'

/**
 * Whether a fence holds a shell session (`$ ls`, `❯ ls`, or a prompt naming
 * the folder, `~ $ ls`, `~/src $ ls`) rather than plain output.
 */
export function hasPrompts(value: string): boolean {
  return /^(?:\$|❯) |^\s*~[^\s$#]*\s?[$#] \S/mu.test(value)
}

/**
 * Whether a fence shows commands at prompts: `$ ls` anywhere, and in a fence
 * labelled as shell every prompt a shell session is read with (`→ ls`,
 * `➜ ls`, `% ls`: shell-transcript.ts), so it is a session, not output.
 */
export function showsPrompts(fence: Code): boolean {
  return (
    hasPrompts(fence.value) ||
    (isShell(runnerFor(fence.lang?.toLowerCase() ?? '')) && isShellTranscript(fence.value))
  )
}

/** A line a shell session starts with: a command a reader types, not a program's output. */
const shellCommand =
  /^(?:sudo|cd|ls|echo|printf|cat|pip3?|npm|npx|yarn|pnpm|python3?|py|node|deno|bun|git|mkdir|rm|cp|mv|ln|export|source|curl|wget|apt(?:-get)?|brew|chmod|chown|touch|docker|make|go|cargo|rustc|java|javac|gcc|g\+\+|tar|unzip|ssh|conda|virtualenv|tsc|tsx|bash|sh|zsh|set|alias|which|whoami|grep|find|sed|awk|head|tail|wc|sort|uniq|kill|ps|systemctl|service|jupyter|ipython|pytest|uvicorn|flask|\.{0,2}\/|#!|for|while|if|function)\b|^[A-Za-z_]\w*=/

function isShell(runner: Runner | undefined): boolean {
  return isShellRunner(runner)
}

/**
 * Right under a program, a shell fence holding no commands is what the program
 * printed; one with prompts (`→ pymake --setup`, read as a shell session) is a
 * sample of its own.
 */
export function isShellOutput(fence: Code, runner: Runner): boolean {
  return (
    !isShell(runner) &&
    isShell(runnerFor(fence.lang?.toLowerCase() ?? '')) &&
    !shellCommand.test(fence.value.trim()) &&
    !isShellTranscript(fence.value) &&
    !isIpythonSession(fence.value)
  )
}

/** A prompt line running a script file with no arguments: `$ ./my_script`, `$ bash hello.sh`, `$ python3 app.py`. */
const scriptCommand =
  /^(?:[$❯]) ((?:(?:(?:ba|z)?sh|python3?|node)\s+)?(?:\.\/)?[\p{L}\p{N}_.-]+)\s*$/u

/**
 * A session that only runs the script shown above it and shows what it
 * printed: its one prompt line comes first (`$ ./my_script`, then the
 * output), and names a file of the sample's language, or one run as a
 * program (`./name`). `skip`: the lines before the output.
 */
export function scriptRunOf(
  value: string,
  runner: Runner,
): { command: string; skip: number } | undefined {
  const lines = value.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  const command = scriptCommand.exec(lines[first] ?? '')?.[1]
  if (command === undefined || lines.slice(first + 1).some((line) => /^(?:\$|❯) /u.test(line))) {
    return undefined
  }
  const interpreter = /^(\S+)\s/.exec(command)?.[1]
  const file = command.split(/\s+/).at(-1) ?? ''
  const fits = interpreter
    ? runnerFor(interpreter)?.id === runner.id ||
      (isShell(runner) && isShell(runnerFor(interpreter)))
    : file.startsWith('./') &&
      (isShell(runner) ||
        !/\.\w+$/.test(file) ||
        runnerFor(file.split('.').at(-1) ?? '')?.id === runner.id)
  return fits ? { command, skip: first + 1 } : undefined
}

/** Nodes of prose a post may put between a script and the run of it. */
const proseNodes = new Set(['paragraph', 'list', 'blockquote', 'thematicBreak'])

/**
 * The run of the script a sample is, shown further down with prose between
 * (a list of remarks, a paragraph, under a heading naming the output), in a plain fence whose one prompt line
 * runs a file of the sample's language (`$ ./functions.py`,
 * `$ python3 functions.py`): the first fence after the sample, so the
 * script it runs is this one, not another sample's.
 */
export function laterScriptRun(
  parent: Parent,
  index: number,
  runner: Runner,
): DocumentedOutput | undefined {
  let at = index + 1
  // A heading labelling the output (`### Output`) may open the prose before the run.
  if (isOutputLabel(parent.children[at])) at++
  while (proseNodes.has(parent.children[at]?.type ?? '')) at++
  const next = parent.children[at]
  if (next?.type !== 'code') return undefined
  const language = next.lang?.toLowerCase() ?? ''
  // A transcript of running the file is its run whatever labels it (`python`, `bash`).
  const fileRun = sampleRunIn(next, parent, index, runner)
  if (!fileRun && (!outputLanguages.has(language) || runnerFor(language) !== undefined))
    return undefined
  const run = scriptRunOf(next.value, runner) ?? fileRun
  const file = run?.command.split(/\s+/).at(-1) ?? ''
  // The command names a file of the sample's language, not any program.
  if (!run || runnerFor(file.split('.').at(-1) ?? '')?.id !== runner.id) return undefined
  const fenceLine = next.position?.start.line ?? 1
  const lines = next.value.split('\n').slice(run.skip)
  return {
    kind: 'block',
    lines,
    lineNumbers: lines.map((_, offset) => fenceLine + 1 + run.skip + offset),
    reason: `output block at line ${fenceLine}, under \`${run.command}\`, which runs this script`,
  }
}
