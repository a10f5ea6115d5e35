import type { Sample } from './remark-extract-samples.js'

/** Lines shorter than this (`}`, `x = 1`) say too little to tell an excerpt by. */
const minimumLength = 8

/** A line without its trailing comment (`students = [ // ..`), trimmed. */
function codeOf(line: string, prefixes: readonly string[]): string {
  let end = line.length
  for (const prefix of prefixes) {
    const at = line.indexOf(` ${prefix}`)
    if (at !== -1 && at < end) end = at
  }
  return line.slice(0, end).trim()
}

/**
 * Mark the samples that quote lines of an earlier sample of the same
 * language to talk about them (`Consider this line:` / `for (let student of
 * students) {`): every line of the sample stands in one earlier sample.
 * Such a sample need not parse on its own; `excerptOf` names the sample it
 * quotes. Note: it is read from the code alone, and only excuses a sample
 * that does not parse, never a wrong output.
 */
export function markExcerpts(samples: readonly Sample[]): void {
  samples.forEach((sample, index) => {
    const prefixes = sample.runner.commentPrefixes
    const lines = sample.code
      .split('\n')
      .map((line) => codeOf(line, prefixes))
      .filter((line) => line !== '')
    if (lines.length === 0 || lines.some((line) => line.length < minimumLength)) return
    for (let at = index - 1; at >= 0; at--) {
      const earlier = samples[at]
      if (!earlier || earlier.runner.id !== sample.runner.id) continue
      const earlierLines = earlier.code.split('\n')
      if (lines.every((line) => earlierLines.some((other) => other.includes(line)))) {
        sample.excerptOf = earlier.line
        return
      }
    }
  })
}
