import type { Sample } from '../read/remark-extract-samples.js'
import { stopCause } from './own-errors.js'

/**
 * Why a sample the post shows with no output, run only because a later
 * sample takes names from it, stopped, when the error is not its own code's:
 * a name nothing on the page defines (a signature written out,
 * `itertools.combinations(iterable, r)`), what the reader's machine lacks.
 * As for a sample tried alone (tried-run.ts), that is a note; an error of its
 * own code (a misspelt name, a float used as an index, code that does not
 * parse) still fails, and so does any error of a sample annotated to run.
 */
export function neededStopNeed(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  const annotated = sample.annotations.run || sample.annotations.exitCode !== undefined
  if (sample.expected || sample.mode !== 'run' || annotated) return undefined
  // Code written for an older Python is noted as such (older-version-note.ts), which says more.
  const older =
    sample.python2StatementAt ??
    sample.python2SampleAt ??
    sample.olderVersion ??
    sample.needsVersion
  if (older !== undefined) return undefined
  // Code that does not parse is the sample's own, whatever stopCause, made for code that parses, says.
  if (/^(?:SyntaxError|IndentationError|TabError)\b/mu.test(output)) return undefined
  const cause = stopCause(sample, output, samplePath)
  return cause && !cause.own ? cause.why : undefined
}
