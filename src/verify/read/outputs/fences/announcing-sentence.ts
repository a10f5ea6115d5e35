import type { Code } from 'mdast'
import { runnerFor } from '../../../runners.js'

/** Words naming what the code printed. */
const namesOutput = /输出|运行结果|结果|\boutputs?\b|\bresults?\b/iu
/** Words pointing at what comes next. */
const pointsBelow = /如下|下面|as follows|\bbelow\b|the following/iu

/**
 * Whether a paragraph's first sentence announces the output shown under it,
 * even though the paragraph goes on about it (`运行上面的代码，输出如下所示，可以注意到…`,
 * `…可以得到如下所示的运行结果。可以看出，…`, `The output is below. Note the order.`):
 * a lead-in for the fence after it when that fence holds no code that runs
 * (no language with a runner, no prompts), as a reader takes it. Only for a
 * sample that prints: code that prints nothing (a template built into a
 * variable) "produces" a value, which such a fence shows, not its output.
 */
export function announcesOutputAbove(
  text: string,
  fence: Code | undefined,
  sample: Code | undefined,
): boolean {
  if (!fence || !sample || !prints(sample)) return false
  if (runnerFor(fence.lang?.toLowerCase() ?? '') !== undefined) return false
  if (/^(?:\$|❯|>>>) /mu.test(fence.value)) return false
  const first = text.split(/(?<=[。.!！?？])\s*(?=\S)/u)[0] ?? text
  return namesOutput.test(first) && pointsBelow.test(first)
}

/** Whether a sample prints: a shell's commands do; other code through a print call. */
function prints(sample: Code): boolean {
  const id = runnerFor(sample.lang?.toLowerCase() ?? '')?.id
  if (id === 'bash' || id === 'sh' || id === 'zsh' || id === 'dash') return true
  return /(?:^|[^\w.$])(?:print|printf|puts|echo|console\.(?:log|info|error|warn|dir|table)|alert)\b/m.test(
    sample.value,
  )
}
