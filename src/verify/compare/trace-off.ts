/** bash's trace (`set -x`) of the command that turns tracing off: `+ set +x`, `+ set +o xtrace`. */
const traceOff = /^\++ set (?:\+x|\+o xtrace)$/

/** A line of bash's trace: `+ echo hello`, `++ date` for a command substitution. */
const traced = /^\++ \S/

/**
 * The indexes of the actual lines that trace `set +x`, when the documented
 * output shows the trace of the commands (`+ echo 'hello world'`) but not
 * that line: tutorials copy the commands traced and leave out the trace of
 * switching it off, which says nothing of them. A traced command left out
 * still differs.
 */
export function traceOffLinesLeftOut(
  expected: readonly string[],
  actual: readonly string[],
): number[] {
  const shown = expected.map((line) => line.trim())
  if (!shown.some((line) => traced.test(line)) || shown.some((line) => traceOff.test(line))) {
    return []
  }
  return actual.flatMap((line, index) => (traceOff.test(line.trim()) ? [index] : []))
}
