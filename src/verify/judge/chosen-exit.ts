import type { Sample } from '../read/remark-extract-samples.js'
import { isShellRunner } from '../runner-id.js'

/**
 * Whether a shell sample ended with the status its own code chose: an
 * `exit N` command of the code, N being the status it ended with (`exit 5`
 * in a lesson on exit statuses), not a command that failed. Such a status
 * is what the reader sees too, so only the output is compared.
 */
export function exitsAsWritten(sample: Sample, exitCode: number | null): boolean {
  if (!isShellRunner(sample.runner) || !exitCode) return false
  return new RegExp(String.raw`(?:^|[;&|{]\s*|\bthen\s+|\belse\s+)exit\s+${exitCode}\b`, 'm').test(
    sample.code.replace(/^\s+/gm, ''),
  )
}
