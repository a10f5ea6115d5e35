import escapeStringRegexp from 'escape-string-regexp'

/** What one sample of a session printed, told apart by the marker lines around it. */
export interface MarkedSample {
  output: string
  /** The exit code its end marker gave; `undefined` when the process stopped before it ended. */
  exitCode: number | undefined
  /** What each documented part printed, by part index. */
  parts: Map<number, string>
  /** Where, in a part's output, the value of its expression starts (a `value` marker). */
  values: Map<number, number>
  /** The status a shell command of a part left, from its end marker (`end:1`). */
  statuses: Map<number, number>
}

/**
 * Split the output of a session at its marker lines: `MARKER:begin:I`,
 * `MARKER:end:I:CODE` (a sample ended) and `MARKER:part:I:K:start|value|end`
 * (a statement whose output the post documents; `value` where what it
 * printed ends and its value, as a REPL shows it, begins; a shell command's
 * `end:STATUS` gives the status it left). A marker may follow text
 * printed without a newline; the one newline written before it is dropped.
 * A marker quoted in code an error message shows (after a quote or a `\n`
 * escape) is no marker.
 */
export function readMarkedOutput(output: string, marker: string, count: number): MarkedSample[] {
  const samples: MarkedSample[] = Array.from({ length: count }, () => ({
    output: '',
    exitCode: undefined,
    parts: new Map(),
    values: new Map(),
    statuses: new Map(),
  }))
  // Not a marker quoted in the code an error shows (`;console.log("postdeck-…:end:0:0")`), after
  // the quote or the `\n` escape the code writes it with.
  const pattern = new RegExp(
    `\\n?(?<!["'\`]|\\\\n)${escapeStringRegexp(marker)}:([^\\n]*)\\n?`,
    'g',
  )
  let current = 0
  const open = new Set<number>()
  let last = 0
  const append = (text: string) => {
    const sample = samples[current]
    if (!sample || text === '') return
    sample.output += text
    for (const part of open) sample.parts.set(part, (sample.parts.get(part) ?? '') + text)
  }
  for (const match of output.matchAll(pattern)) {
    append(output.slice(last, match.index))
    last = (match.index ?? 0) + match[0].length
    const [what, first, second, third, status] = (match[1] ?? '').split(':')
    if (what === 'begin') {
      current = Number(first)
      open.clear()
    } else if (what === 'end') {
      const sample = samples[Number(first)]
      if (sample) sample.exitCode = Number(second ?? 0)
      current = Number(first) + 1
      open.clear()
    } else if (what === 'part') {
      const part = Number(second)
      const sample = samples[current]
      if (third === 'start') {
        open.add(part)
        sample?.parts.set(part, sample.parts.get(part) ?? '')
      } else if (third === 'value') sample?.values.set(part, sample.parts.get(part)?.length ?? 0)
      else {
        open.delete(part)
        if (status !== undefined && /^\d+$/.test(status)) sample?.statuses.set(part, Number(status))
      }
    }
  }
  append(output.slice(last))
  return samples
}
