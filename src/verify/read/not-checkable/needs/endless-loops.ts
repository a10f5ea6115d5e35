import type { Sample } from '../../remark-extract-samples.js'
import { uncommentedResult } from '../../transcripts/commented-results.js'
import { listedLines } from '../../transcripts/editor-listings.js'

/** A session's prompts before the code: `>>> `, `... `, IPython's `In [3]: ` and `...: `. */
const prompt = /^\s*(?:In ?\[\d*\]: ?|\.{3,}: ?|>>> ?|\.\.\. ?|\$ )/
/** A loop whose condition is always true: `while True:`, `while 1:`, `while (true)`, `for (;;)`, `while true; do`, `while :`. */
const alwaysTrue =
  /^\s*(?:while\s+(?:True|1)\s*:|while\s*\(\s*(?:true|1)\s*\)|for\s*\(\(?\s*;\s*;\s*\)\)?|while\s+(?:true|:)\s*(?:;|$))/
/**
 * A Python loop over an iterator that never runs out: `itertools.count()`,
 * `cycle(...)`, `repeat(x)` with no count, maybe numbered by `enumerate`
 * (`for i in count(10):`, `for n, c in enumerate(cycle('AB')):`); one cut
 * short by `islice`, `zip` or `takewhile` ends, and is not read here.
 */
const endlessIterator =
  /^\s*for\s+[\p{L}\p{N}_\s,()]+?\s+in\s+(?:enumerate\(\s*)?(?:itertools\.)?(?:count\([^()]*\)|cycle\(.*\)|repeat\([^,()]*\))\s*\)?\s*:/u
/** What ends such a loop: a jump out of it, an error raised, the process exited. */
const leavesLoop = /\b(?:break|return|raise|throw|exit|sys\.exit|process\.exit|os\._exit)\b/

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/**
 * The loop a sample that timed out (or printed past the output or memory limit) runs forever on purpose (`while True:` /
 * `print("infinite loop")`, showing what an endless loop is): a loop whose
 * condition is always true and whose body (the lines under it, more
 * indented, or to the end of a braced sample) has nothing that leaves it.
 * `undefined` for a loop that means to end (a `break` the run never
 * reached is a real hang), for a sample documenting an output (it ended for
 * the author) unless that output says it goes on, or, for a loop over an
 * iterator that never runs out, is the first lines of what the loop
 * `printed` before the limits stopped it (`# red` / `# orange` under
 * `for color in itertools.cycle(colors):`), and for any other sample.
 */
export function endlessLoopAt(sample: Sample, printed = ''): string | undefined {
  // A transcript's listed script (`$ cat for11.sh`, then `./for11.sh`) is code too.
  const lines = [...sample.code.split('\n'), ...listedLines(sample.code)].map((line) =>
    line.replace(prompt, ''),
  )
  const at = lines.findIndex((line) => alwaysTrue.test(line) || endlessIterator.test(line))
  if (at === -1) return undefined
  const header = lines[at] ?? ''
  // Output documented for it says the author saw it end: hanging is then a failure, unless the
  // output itself says it goes on (`// { value: xxxx, done: false } forever and ever`, a `...` line),
  // or the loop runs over an iterator that never runs out, shown to do so by its first values, cut.
  // Note: `while True:` is how a loop leaving by `break` is written, so one whose output ends is
  // taken at its word, its `break` forgotten.
  const cut = endlessIterator.test(header) && shownCut(sample, printed)
  if (documentsOutput(sample) && !showsNoEnd(sample) && !cut) return undefined
  const braced = /[{(]\s*$|\bdo\s*$/.test(header) || sample.runner.id !== 'python'
  const body: string[] = []
  for (const line of lines.slice(at + 1)) {
    if (!braced && line.trim() !== '' && indentOf(line) <= indentOf(header)) break
    body.push(line)
  }
  if (body.some((line) => leavesLoop.test(line.replace(/#.*$|\/\/.*$/, '')))) return undefined
  const where =
    at < sample.code.split('\n').length
      ? `at line ${sample.line + 1 + at}`
      : 'in the script it lists'
  return `a loop that never ends, on purpose (\`${header.trim()}\` ${where}), stopped by the limits`
}

/** Words saying output goes on without end: `forever`, `endlessly`, `indefinitely`, `无限`, `一直`, or that the reader stops it (`Ctrl+C` in words, `手动终止`). */
const noEnd =
  /\bforever\b|\bendless(?:ly)?\b|\binfinite(?:ly)?\b|\bindefinitely\b|never\s+(?:ends?|stops?)|无限|一直|永远|不停|\bCtrl\s*\+\s*C\b|手动(?:终止|停止|结束)/iu

/**
 * Whether the post says the output goes on: words saying so in it, in a comment of the code or in
 * the paragraph right under the sample that leads to its output (`This should output the following
 * indefinitely:`), or a last line of `...`.
 */
function showsNoEnd(sample: Sample): boolean {
  const lines = (sample.expected?.lines ?? []).filter((line) => line.trim() !== '')
  const comments = sample.code.split('\n').map((line) => /(?:\/\/|#)(.*)$/u.exec(line)?.[1] ?? '')
  const leadIn = sample.proseAfter?.text ?? ''
  return (
    [...lines, ...comments, leadIn].some((line) => noEnd.test(line)) ||
    /^\s*(?:\.{3}|…)\s*$/u.test(lines.at(-1) ?? '')
  )
}

/**
 * Whether the output documented for the sample (a session's result lines,
 * read without the `#` of results written as comments) is a run of the lines
 * it printed, one for one: the first lines of output that goes on.
 */
function shownCut(sample: Sample, printed: string): boolean {
  const documented = uncommentedResult(
    (sample.expected?.lines ?? []).filter(
      (line) =>
        line.trim() !== '' && !(sample.expected?.kind === 'transcript' && prompt.test(line)),
    ),
  ).map((line) => line.trim())
  const lines = printed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  if (documented.length === 0 || lines.length <= documented.length) return false
  const first = lines.indexOf(documented[0] ?? '')
  return first !== -1 && documented.every((line, index) => lines[first + index] === line)
}

/** Whether the post shows output for the sample: lines other than a session's own prompts and code. */
function documentsOutput(sample: Sample): boolean {
  const expected = sample.expected
  if (!expected) return false
  const lines = expected.lines.filter((line) => line.trim() !== '')
  return expected.kind === 'transcript'
    ? lines.some((line) => !prompt.test(line))
    : lines.length > 0
}
