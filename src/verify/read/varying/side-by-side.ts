/** Code whose run differs from the last: threads or processes started side by side. */
const sideBySide =
  /\bThread\s*\(|\bthreading\b|\bmultiprocessing\b|\b(?:Thread|Process)PoolExecutor\b|\bnew Worker\s*\(|\bworker_threads\b/u

/** Whether code starts threads or processes that run side by side, whose lines interleave otherwise each run. */
export function runsSideBySide(code: string): boolean {
  return sideBySide.test(code)
}
