import type { DocumentedOutput, OutputPart } from './documented-output.js'

/**
 * A prompt transcript with no output under any command (`$ touch notes.md`,
 * `$ cd`): as in cram's tests, the next prompt, or the fence's end, right
 * after a command says it printed nothing, so its run is checked to print
 * nothing. An author may also show a command alone to say "type this"
 * (`$ npm install`), so the claim is loose: output from it is not compared,
 * as the output of a command shown without a prompt is not; `undefined` for
 * a fence with no command.
 */
export function silentTranscript(
  parts: readonly OutputPart[],
  fenceLine: number,
): DocumentedOutput | undefined {
  if (parts.length === 0) return undefined
  const silent = parts.map((part) => ({
    ...part,
    lines: [],
    lineNumbers: [],
    loose: true,
    nothingAt: fenceLine + part.from,
  }))
  return {
    kind: 'statements',
    lines: [],
    lineNumbers: [],
    parts: silent,
    reason: `shell session the sample is: ${parts.length} command${parts.length === 1 ? '' : 's'} that print${parts.length === 1 ? 's' : ''} nothing`,
  }
}
