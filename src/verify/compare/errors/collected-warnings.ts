/**
 * A warning Python prints when it collects an object, not when a statement
 * runs: `sys:1: RuntimeWarning: coroutine 'foo' was never awaited`,
 * `ResourceWarning: unclosed file <...>`. A program run alone prints it at
 * its exit; a sample sharing a session with the samples after it, whose
 * objects live on, prints it later or never.
 */
const collectedWarning =
  /^(?:\S+:\d+: )?(?:RuntimeWarning: coroutine '[^']+' was never awaited|ResourceWarning: unclosed\b.*)$/u

/**
 * The indexes of the documented lines showing a warning Python prints when it
 * collects an object, which the real output does not show: when that
 * happens is the garbage collector's, so they are left out of the
 * comparison. A real output showing such a warning has it compared.
 */
export function collectedWarningsLeftOut(
  expected: readonly string[],
  actual: readonly string[],
): number[] {
  if (actual.some((line) => collectedWarning.test(line.trim()))) return []
  return expected.flatMap((line, index) => (collectedWarning.test(line.trim()) ? [index] : []))
}
