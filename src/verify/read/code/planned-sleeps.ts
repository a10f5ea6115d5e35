import { isShellRunner } from '../../runner-id.js'
import type { Sample } from '../remark-extract-samples.js'

/** A sleep and its seconds at most: `time.sleep(2)`, `sleep(random.randint(1, 3))`, `await asyncio.sleep(0.5)`. */
const pythonSleep =
  /\bsleep\s*\(\s*(?:(\d+(?:\.\d+)?)|random\.(?:randint|uniform|randrange)\s*\(\s*\d+(?:\.\d+)?\s*,\s*(\d+(?:\.\d+)?)\s*\))\s*\)/u

/** `for i in range(5):`, `for i in range(1, 6):`: a loop's count. */
const pythonLoop = /^\s*for\s+.+\s+in\s+range\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)\s*:/u

/** A shell `sleep 3`, `sleep 0.5` on a line of its own or after `;`, `&&`. */
const shellSleep = /(?:^\s*|[;&|]\s*|\bdo\s+|\bthen\s+)sleep\s+(\d+(?:\.\d+)?)s?\b/u

/** A shell loop over a sequence: `for i in {1..5}`, `for i in $(seq 5)`, `for i in 1 2 3`. */
const shellLoop =
  /^\s*for\s+\w+\s+in\s+(?:\{(\d+)\.\.(\d+)\}|\$\(seq\s+(?:(\d+)\s+)?(\d+)\)|((?:\S+\s+)*\S+?))\s*(?:;\s*do\b|$)/u

/** A JavaScript timer's delay: `setTimeout(f, 3000)`. */
const timer = /\bsetTimeout\s*\([\s\S]*?,\s*(\d+)\s*\)/gu

/**
 * Code that may wait on purpose, for any length: a sleep, a timer, a wait on
 * an event, a thread, a process or a future, the network. Without any, the
 * time a program takes is the machine's alone.
 */
const anyWait =
  /\bsleep\b|\bset(?:Timeout|Interval|Immediate)\b|\.(?:wait|join|result)\s*\(|\bwait_for\b|\bawait\b|\b(?:asyncio|threading|multiprocessing|subprocess|concurrent|requests|urllib|socket|http|fetch)\b|\btimeout\b/u

/**
 * Whether a program's code may wait on purpose (`time.sleep(0.3)`, `setTimeout`,
 * `await`, a thread's `join()`, a request): where none does, a duration it prints
 * is how fast the machine ran it, however round the author's was (`0.3127 seconds`).
 */
export function mayWait(code: string): boolean {
  return anyWait.test(code)
}

/**
 * The seconds a sample's own waits add up to, read from its code: each
 * Python `sleep(...)` or shell `sleep N` of a literal or a random draw's
 * upper bound, times the counts of the `range(...)` or listed loops around
 * it, and the longest of a script's JavaScript timers, which run side by
 * side. A thread sleeping in a loop waits that long whatever other threads
 * do. `0` when the code sleeps for no length it says (`while True:` has no
 * count), so only waits the code spells out give a sample more time.
 */
export function plannedSleepSeconds(sample: Sample): number {
  const lines = sample.code.split('\n')
  if (sample.runner.id === 'python') return loopedSleeps(lines, pythonSleep, pythonCount)
  if (sample.runner.id === 'javascript' || sample.runner.id === 'typescript') {
    const delays = [...sample.code.matchAll(timer)].map((match) => Number(match[1]) / 1000)
    return Math.max(0, ...delays)
  }
  if (isShellRunner(sample.runner)) return shellSleeps(lines)
  return 0
}

/** Python: each sleep times the counts of the loops its indentation puts it in. */
function loopedSleeps(
  lines: readonly string[],
  sleep: RegExp,
  count: (line: string) => number | undefined,
): number {
  let total = 0
  lines.forEach((line, index) => {
    const match = sleep.exec(line)
    if (!match) return
    let seconds = Number(match[2] ?? match[1] ?? 0)
    let indent = indentOf(line)
    for (let above = index - 1; above >= 0 && indent > 0; above--) {
      const text = lines[above] ?? ''
      if (!text.trim() || indentOf(text) >= indent) continue
      indent = indentOf(text)
      if (/^\s*while\b/u.test(text)) return
      seconds *= count(text) ?? 1
    }
    total += seconds
  })
  return total
}

function pythonCount(line: string): number | undefined {
  const match = pythonLoop.exec(line)
  if (!match) return undefined
  return match[2] === undefined ? Number(match[1]) : Number(match[2]) - Number(match[1])
}

/** Shell: each `sleep N` times the count of the `for` loop it stands in, if one. */
function shellSleeps(lines: readonly string[]): number {
  let total = 0
  let times = 1
  for (const line of lines) {
    const loop = shellLoop.exec(line)
    if (loop) times = shellCount(loop) ?? 1
    const sleep = shellSleep.exec(line)
    if (sleep) total += Number(sleep[1]) * times
    if (/\bdone\b/u.test(line)) times = 1
  }
  return total
}

function shellCount(loop: RegExpExecArray): number | undefined {
  const [, from, to, seqFrom, seqTo, words] = loop
  if (from !== undefined && to !== undefined) return Math.abs(Number(to) - Number(from)) + 1
  if (seqTo !== undefined) return Number(seqTo) - Number(seqFrom ?? 1) + 1
  return words === undefined ? undefined : words.split(/\s+/u).length
}

function indentOf(line: string): number {
  return /^\s*/u.exec(line)?.[0].length ?? 0
}
