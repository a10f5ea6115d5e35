import type { DocumentedOutput } from '../read/outputs/documented-output.js'
import { hasPrompts } from '../read/outputs/fences/script-runs.js'
import { runnerFor } from '../runners.js'
import { lineAt, type Outcome } from './edits.js'
import type { OutputLine } from './new-output.js'

const fenceOpening = /^(.*?)(`{3,}|~{3,})/

/** The output fence's content lines replaced, each with the prefix of the fence's container. */
export function rewriteBlock(
  lines: readonly string[],
  expected: DocumentedOutput,
  output: OutputLine[],
): Outcome {
  const first = expected.lineNumbers[0]
  if (first === undefined) return { reason: 'its output block was not found' }
  // The fence opens right above the output, or above the lines it starts with that are not
  // output (a `# output` heading, the `$ ./script` prompt), which stay as written.
  let open = first - 2
  while (open > first - 4 && open > 0 && !fenceOpening.test(lineAt(lines, open))) open--
  const fence = fenceOpening.exec(lineAt(lines, open))
  if (!fence) return { reason: 'its output block was not found' }
  const [, before = '', marks = '```'] = fence
  // A fence of code in a language postdeck runs, taken as output after a lead-in, stays as written.
  const language = /^\s*([^\s`{]+)/.exec(lineAt(lines, open).slice(fence[0].length))?.[1]
  if (runnerFor(language?.toLowerCase())) {
    return {
      reason: `its output fence is labelled \`${language}\`, a language of code: update it by hand`,
    }
  }
  if (output.some(({ text }) => text.trimStart().startsWith(marks.slice(0, 3)))) {
    return { reason: `its output has a line opening a fence (\`${marks.slice(0, 3)}\`)` }
  }
  if (hasPrompts(output.map(({ text }) => text).join('\n'))) {
    return { reason: 'its output has lines starting with a prompt (`$ `), read as commands' }
  }
  // Content lines sit under the fence, inside its list item or block quote.
  const prefix = before.replace(/[-*+]|\d+[.)]/g, (marker) => ' '.repeat(marker.length))
  const last = expected.lineNumbers.at(-1) ?? first
  // An empty fence: its one line is the closing fence.
  const closing = /^[\s>]*(`{3,}|~{3,})\s*$/.exec(lineAt(lines, last - 1))?.[1]
  const empty = expected.lines.join('') === '' && closing?.startsWith(marks) === true
  return {
    edits: [
      {
        from: first - 1,
        to: empty ? first - 1 : last,
        lines: output.map(({ text }, at) => {
          // Echoes keep their prompts: `>>> ` on the first line, `... ` on the others.
          const written = expected.echoed ? `${at === 0 ? '>>>' : '...'} ${text}` : text
          return written ? prefix + written : prefix.trimEnd()
        }),
      },
    ],
    leftAlone: [],
  }
}
