import type { DiffLine } from '../compare/compare-output.js'
import type { SampleResult } from '../run/job.js'

/** Lines `from` (0-based) up to `to` (excluded) of the post, replaced by `lines`. */
export interface SessionEdit {
  from: number
  to: number
  lines: string[]
}

export const sessionReason =
  'an interactive session: its output is part of the code, update it by hand'

/** A failed example of a session: its documented lines (with their post lines), what it printed. */
interface ExampleDiff {
  expected: DiffLine[]
  actual: string[]
}

/**
 * Whether `verify --update` writes a failed `>>>` session's results back:
 * only a session whose differing results are written as `# ` comment lines
 * (`>>> s` then `# {1, 2}`), which are comments of the code like an
 * `# output:` block; a result written as a plain line, as the REPL shows it,
 * is part of the transcript and stays the author's to change.
 */
export function sessionEdits(
  lines: readonly string[],
  result: SampleResult,
): { edits: SessionEdit[]; left: number[] } | { reason: string } {
  const examples = examplesOf(result.comparison?.diff ?? [])
  const edits: SessionEdit[] = []
  const left: number[] = []
  for (const { expected, actual } of examples) {
    const first = expected[0]?.line
    const last = expected.at(-1)?.line
    const commented = expected.every((line) => /^\s*#/.test(line.text))
    // An error raised where a result was documented is trouble, not a newer result.
    const raised = actual[0]?.startsWith('Traceback (most recent call last)')
    if (first === undefined || last === undefined || !commented || raised) {
      if (first !== undefined) left.push(first)
      continue
    }
    const mark = /^(.*?#\s?)/.exec(lines[first - 1] ?? '')?.[1] ?? '# '
    edits.push({ from: first - 1, to: last, lines: actual.map((text) => `${mark}${text}`) })
  }
  return edits.length === 0 ? { reason: sessionReason } : { edits, left }
}

/** Whether a session's failure shows a result written as comment lines, which `--update` writes. */
export function hasCommentedResults(result: SampleResult): boolean {
  return examplesOf(result.comparison?.diff ?? []).some(
    ({ expected }) => expected.length > 0 && expected.every((line) => /^\s*#/.test(line.text)),
  )
}

/** A session's diff, its documented lines then what it printed for each failed example. */
function examplesOf(diff: readonly DiffLine[]): ExampleDiff[] {
  const examples: ExampleDiff[] = []
  for (const entry of diff) {
    const current = examples.at(-1)
    if (entry.kind === 'expected') {
      if (!current || current.actual.length > 0) examples.push({ expected: [entry], actual: [] })
      else current.expected.push(entry)
    } else if (entry.kind === 'actual' && current) current.actual.push(entry.text)
  }
  return examples
}
