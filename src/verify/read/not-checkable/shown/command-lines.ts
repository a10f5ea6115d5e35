import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'
import { hostPromptCommand } from '../../transcripts/shell-prompts.js'

/**
 * A line typed in a terminal: a prompt (`$ `, Windows' `> `, `C:\Users\ann> `,
 * `PS C:\> `, `❯ `, `% `) or none, then a command running an interpreter or
 * a package manager on a file or with options (`python python_intro.py`,
 * `python3 -m venv env`, `node app.js`, `pip install requests`).
 */
const commandLine =
  /^\s*(?:(?:[$>❯%]|PS [^>\n]*>|[A-Za-z]:\\[^>\n]*>)\s*)?((?:python[\d.]*|py|ipython3?|pip3?|node|npm|npx|yarn|pnpm|deno|bun|tsx|ts-node)\s+(?:-{1,2}[\w-]+|[\w./\\~-]+\.(?:py|m?js|cjs|ts)\b|install\b|run\b|-m\s)[^\n]*)$/u

/**
 * Why a sample of a language that is not a shell's fails on a command
 * typed in a terminal at the line its error names (```` ```python ```` holding
 * `> python python_intro.py`, how to run the file on Windows, or any command
 * after a prompt naming the user and host, `(venv) ann@mbp:~/types$ mypy a.py`): the post
 * shows how to run a file, not code of its label's language. A note; a
 * shell sample runs such lines.
 */
export function commandLineAt(sample: Sample, line: number | undefined): string | undefined {
  if (line === undefined || isShellRunner(sample.runner)) return undefined
  const text = sample.code.split('\n')[line - 1] ?? ''
  // After a prompt naming the user and host (`(venv) ann@mbp:~/types$ mypy a.py`), any command.
  const command = commandLine.exec(text)?.[1] ?? (hostPromptCommand(text.trim()) || undefined)
  if (command === undefined) return undefined
  return `a command typed in a terminal (\`${command.trim()}\`) at line ${sample.line + line}, not ${sample.language} code`
}
