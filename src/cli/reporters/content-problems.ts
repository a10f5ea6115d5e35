import type { VFile } from 'vfile'
import { displayPath, sampleRuleIds } from '../../messages.js'

/** A problem of a post that is not a failed sample, as reports show it. */
export interface ContentProblem {
  /** The post's path, relative to the folder postdeck runs from. */
  file: string
  line: number
  column: number
  severity: 'error' | 'warning'
  reason: string
  ruleId: string | undefined
}

/**
 * The problems of `files`, in file order and then by position; failed
 * samples (which reports show with their diffs) are left out unless
 * `withSamples`.
 */
export function contentProblems(
  files: readonly VFile[],
  cwd: string,
  { withSamples = false } = {},
): ContentProblem[] {
  return files.flatMap((file) =>
    file.messages
      .filter(
        (message) =>
          (withSamples || !sampleRuleIds.has(message.ruleId ?? '')) && message.fatal != null,
      )
      .map(
        (message): ContentProblem => ({
          file: file.path ? displayPath(file.path, cwd) : '<input>',
          line: message.line ?? 1,
          column: message.column ?? 1,
          severity: message.fatal ? 'error' : 'warning',
          reason: message.reason,
          ruleId: message.ruleId ?? undefined,
        }),
      )
      .sort((a, b) => a.line - b.line || a.column - b.column),
  )
}
