import { showsUsageError } from '../../judge/misused-command.js'
import type { SampleRun } from '../../run/job.js'
import type { DocumentedOutput, OutputPart } from '../outputs/documented-output.js'
import type { Sample } from '../remark-extract-samples.js'

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
    silent: true,
    reason: `shell session the sample is: ${parts.length} command${parts.length === 1 ? '' : 's'} that print${parts.length === 1 ? 's' : ''} nothing`,
  }
}

/** A command's report of a file it could not open: `head: cannot open 'a.dat' for reading: No such file or directory`. */
const missingFile = /: No such file or directory$/mu

/**
 * Whether the output holds a pattern of the code as written (`NENE*A.txt`):
 * the shell passes a pattern that matches no file on unchanged, so the files
 * it names are not here.
 */
function printsUnmatchedGlob(code: string, output: string): boolean {
  const printed = new Set(output.split(/\s+/u))
  return code
    .split(/[\s;|&<>()]+/u)
    .some((word) => /[*?]/u.test(word) && /[\p{L}\p{N}]/u.test(word) && printed.has(word))
}

/** What bash and sh print for code they cannot parse: `syntax error near unexpected token`, `unexpected end of file`. */
const shellSyntaxError = /\bsyntax error(?: near unexpected token|: unexpected end of file)/u

/**
 * Why a transcript claiming its commands print nothing cannot be checked
 * here when they fail (`$ mypy foo.py`: command not found, `$ find
 * /home/user1 ...`: no such folder): the claim came from the absence of
 * output alone, and a command failing here is one of the author's machine,
 * not a fault of the post, and so is a file a command could not read though
 * the run succeeded. `undefined` when the run succeeded otherwise, when the shell
 * could not parse a command or a command was called wrongly (`chmod: missing
 * operand`: the post's fault), or for other samples.
 */
export function silentTranscriptFailed(sample: Sample, run: SampleRun): string | undefined {
  if (!sample.expected?.silent) return undefined
  // A loop's last command may succeed though a file it read is not here (`head -n 2 $f | tail -n 1`).
  const unread =
    run.exitCode === 0 &&
    (missingFile.test(run.output) || printsUnmatchedGlob(sample.code, run.output))
  // Nor did it print anything, where the block after it shows what it printed there: what it
  // read is not here (`$ sort -n lengths.txt`, the file an earlier command made of missing ones).
  const empty =
    run.exitCode === 0 &&
    sample.expected.kind === 'block' &&
    run.output.trim() === '' &&
    sample.expected.lines.some((line) => line.trim() !== '')
  if (run.exitCode === 0 && !unread && !empty) return undefined
  // The shell could not read the command as written (`{ ... || echo 'x'}` with no `;`): a fault
  // of the post's code, whatever machine runs it.
  if (shellSyntaxError.test(run.output)) return undefined
  // A command called wrongly (`chmod: missing operand`) fails on any machine: the post's fault too.
  if (showsUsageError(run.output)) return undefined
  const how = unread
    ? 'could not read a file'
    : empty
      ? 'printed nothing'
      : run.exitCode === null
        ? 'was stopped'
        : `exited with code ${run.exitCode}`
  const shown =
    sample.expected.kind === 'block'
      ? 'shown with its output in the block after it'
      : 'shown without output'
  return `a command ${shown} ${how} here; it needs the author's machine`
}
