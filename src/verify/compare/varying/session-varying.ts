import { uncommentedResult } from '../../read/transcripts/commented-results.js'
import type { MachineReads } from '../../read/varying/machine-reads.js'
import { type VaryingKind, varyingDifferences } from './varying-values.js'

/** An example of a `>>>` session as the doctest driver reports it. */
interface ExampleResult {
  ok: boolean
  want?: string | undefined
  got?: string | undefined
}

/**
 * The kinds of value an example's documented and real results differ in,
 * when they differ only in values that legitimately vary (today's date from
 * `datetime.now()`, a time of day, a uuid), line by line, as for a script's
 * output; `undefined` when anything else differs. A result written as
 * comment lines (`# "now='Nov/14/2022'"`) is read without its marks, and the
 * author's comment lines under a result (`# the address changed`) without
 * them, as the driver's checker reads both; a line shown flush left matches
 * the printed one indented (`  Final address of x: 1405…` shown as `Final address…`).
 * `machineReads` are the machine values the session's code prints (a moment
 * in the local time zone, `time.localtime(n)` in an earlier example), as for a script.
 * `home` is the folder the session ran in, its `HOME` and working folder: a path
 * in the author's home or working folder (`/home/ann/notes.txt` from
 * `Path.home() / 'notes.txt'`) varies where the session printed the same path
 * in its own, as for a script; the rest of the line stays exact.
 */
export function sessionVaryingKinds(
  example: ExampleResult,
  now: Date = new Date(),
  machineReads?: MachineReads,
  home?: string,
): VaryingKind[] | undefined {
  if (example.ok || example.want === undefined || example.got === undefined) return undefined
  const printed = example.got.replace(/\n$/u, '').split('\n')
  const written = uncommentedResult(example.want.replace(/\n$/u, '').split('\n'))
  // An error is compared by its last line, as doctest compares them: the frames shown are the
  // author's (`File "/usr/lib/python3.6/pathlib.py"`), the message may name the author's folder.
  const raised = written[0] === traceback && printed[0] === traceback
  const gotLines = raised ? printed.slice(-1) : printed
  const shown = raised ? written.slice(-1) : written
  // The author's comment lines under a result, where nothing printed `#`, as the driver reads them.
  const wantLines = example.got.includes('#') ? shown : withoutRemarkLines(shown)
  if (wantLines.length !== gotLines.length) return undefined
  const differenceOf = varyingDifferences({ now, hashOrders: false, machineReads, home })
  const kinds = new Set<VaryingKind>()
  for (const [index, want] of wantLines.entries()) {
    // A line the post shows flush left where the program indented it: the indentation is left out
    // as for a script's output (shown-indentation.ts), the values still compared.
    const printed = gotLines[index] ?? ''
    const got = /^\S/u.test(want) ? printed.trimStart() : printed
    if (want === got) continue
    const differing = differenceOf(want, got)
    if (!differing) return undefined
    for (const kind of differing) kinds.add(kind)
  }
  return kinds.size > 0 ? [...kinds] : undefined
}

/** The first line of a traceback. */
const traceback = 'Traceback (most recent call last):'

/** A result's lines without the `#` comment lines the author wrote under it (`140443303131776` / `# a new object`). */
function withoutRemarkLines(lines: string[]): string[] {
  const kept = [...lines]
  while (kept.length > 1 && kept.at(-1)?.trimStart().startsWith('#')) kept.pop()
  return kept
}
