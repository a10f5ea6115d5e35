import type { Sample } from '../read/remark-extract-samples.js'
import { isShellRunner } from '../runner-id.js'

/**
 * Whether a shell sample ended with the status its own code chose: an
 * `exit N` command of the code, N being the status it ended with (`exit 5`
 * in a lesson on exit statuses), not a command that failed, or an `exit $?`
 * whose comment names that status (`exit $?  # 退出码 = 1 (错误)`). Such a
 * status is what the reader sees too, so only the output is compared.
 */
export function exitsAsWritten(sample: Sample, exitCode: number | null): boolean {
  if (!isShellRunner(sample.runner) || !exitCode) return false
  const code = sample.code.replace(/^\s+/gm, '')
  if (
    new RegExp(String.raw`(?:^|[;&|{]\s*|\bthen\s+|\belse\s+)exit\s+${exitCode}\b`, 'm').test(code)
  ) {
    return true
  }
  // `exit $?` with its comment naming the status it ends with (`exit $?  # 退出码 = 1 (错误)`).
  return new RegExp(
    String.raw`^exit\s+\$\?\s*#.*(?:退出码|退出状态|返回值|exit (?:code|status)|status)\D{0,6}\b${exitCode}\b`,
    'im',
  ).test(code)
}
