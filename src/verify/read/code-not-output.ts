import type { Code } from 'mdast'
import { type Runner, runnerFor } from '../runners.js'

/** A lead-in that ends by naming what follows as output (`Output:`, `运行结果如下：`), not one that only mentions printing. */
const explicitOutput =
  /(?:\boutputs?|\bresults?|\bprints?|输出|结果|运行效果|效果)(?:\s*(?:is|was|will be|would be|as follows|below))?(?:如下|是|为)?\s*[:：]?\s*$/iu

/** A line that runs a script file: `./hello.sh`, `/path/to/script.sh`, `$ python3 app.py`. */
const scriptInvocation =
  /^\s*(?:[$❯]\s+)?(?:(?:sudo\s+)?(?:(?:ba|z)?sh|python3?|node|deno|bun)\s+)?[\w./~-]*\.(?:sh|bash|py|m?js|ts)(?:\s.*)?$/u

/**
 * Whether the fence after a sample, which the lead-in would make its
 * output, is code rather than output: a fence in the sample's own language
 * (the next step of the same program, `printf ...` after `fruits=(...)`),
 * unless the lead-in says "output" in so many words; or lines that only run
 * a script file, which tell the reader how to start the program, not what
 * it prints (`Now you can run the script like this:` / `/path/to/script.sh`).
 * Note: phmdoctest pairs a sample only with an unlabelled or output fence,
 * for the same reason.
 */
export function isCodeNotOutput(fence: Code, runner: Runner, leadIn: string | undefined): boolean {
  const lines = fence.value.split('\n').filter((line) => line.trim() !== '')
  if (lines.length > 0 && lines.every((line) => scriptInvocation.test(line))) return true
  const sameLanguage = runnerFor(fence.lang?.toLowerCase() ?? '')?.id === runner.id
  return sameLanguage && !explicitOutput.test(leadIn ?? '')
}
