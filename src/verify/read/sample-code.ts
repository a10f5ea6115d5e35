import { type Runner, runnerFor } from '../runners.js'
import { withoutHighlightTags } from './highlight-tags.js'

/**
 * expressive-code's and shiki's line markers, `// [!code ++]`,
 * `# [!code highlight:3]`, `/* [!code focus] *\/`, which only style the page.
 */
const codeMarker = /\s*(?:\/\/|#|--|\/\*|<!--)\s*\[!code\s[^\]]*\]\s*(?:\*\/|-->)?\s*$/
/** javascript.info's highlight marks, `*!*` and `*\/!*`, around lines or words. */
const highlightMark = /\*\/?!\*/g

/**
 * The code a reader would run from a fence: Windows line endings and the
 * marks of page highlighters removed (the post's `<mark>` tags too, when
 * `highlightTags`: see `marksHighlightsWithTags`), and the indentation every
 * line shares (a fence whose content is indented as a whole) taken off.
 * Lines keep their numbers.
 */
export function runnableCode(value: string, highlightTags = false): string {
  const lines = (highlightTags ? withoutHighlightTags(value) : value)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(codeMarker, '').replace(highlightMark, ''))
  const indents = lines
    .filter((line) => line.trim() !== '')
    .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0)
  const common = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((line) => line.slice(Math.min(common, line.length))).join('\n')
}

const interpreters: Record<string, string> = {
  bash: 'bash',
  sh: 'sh',
  dash: 'dash',
  zsh: 'zsh',
  python: 'python',
  python3: 'python',
  node: 'node',
  tsx: 'ts',
  'ts-node': 'ts',
}

/**
 * The runner a sample's `#!` line names (`#!/usr/bin/env bash`,
 * `#!/bin/sh`, `#!/usr/bin/python3`), which wins over the fence language,
 * as it does when the reader runs the file; `undefined` without one.
 * `#!/bin/sh` runs as a `sh` fence does (`bash --posix`); `#!/bin/dash` in dash.
 */
export function shebangRunner(code: string): Runner | undefined {
  const shebang = /^#!\s*(\S+)(?:\s+(?:-\S+\s+)*(\S+))?/.exec(code)
  if (!shebang) return undefined
  const program = shebang[1]?.endsWith('/env') ? shebang[2] : shebang[1]
  const name = program?.split('/').at(-1) ?? ''
  const key = interpreters[name] ?? interpreters[name.replace(/[\d.]+$/, '')]
  return key ? runnerFor(key) : undefined
}

/**
 * The options a shell script's `#!` line gives its shell (`#!/bin/bash -x`
 * gives `-x`), which apply when the reader runs the file by name; none for
 * `env` lines or other interpreters.
 */
export function shebangShellOptions(code: string): string[] {
  const shebang = /^#!\s*\/\S*\/((?:ba|z)?sh)((?:\s+-[a-zA-Z]+)+)\s*$/m.exec(
    code.split('\n')[0] ?? '',
  )
  return shebang?.[2]?.trim().split(/\s+/) ?? []
}

/**
 * A function name every POSIX `sh` refuses (dash: `Bad function name`;
 * bash in POSIX mode, macOS's `sh`: `not a valid identifier`) and the
 * reader's interactive bash or zsh accepts: non-ASCII letters
 * (`打招呼() {`), `-`, `.` or `:` in it.
 */
const nonPosixFunction =
  /^\s*(?:function\s+(?=[^\s()]*[^\w\s()])[^\s()=$`'"#;&|<>{}]+(?:\s|\()|(?=[^\s()]*[^\w\s()])[^\s()=$`'"#;&|<>{}]+\s*\(\s*\))/mu

/**
 * Whether a `sh` fence defines a function under a name only bash and zsh
 * allow: the reader who pastes it runs it in one of them, so it runs in bash.
 */
export function needsBashFunctionNames(code: string): boolean {
  return nonPosixFunction.test(code)
}
