import path from 'node:path'
import type { VFile } from 'vfile'

/**
 * Format one message as `file:line:col: severity message (rule)`, the shape
 * editors and CI annotations understand; the path is relative to `cwd`.
 */
export function formatMessage(
  file: VFile,
  message: VFile['messages'][number],
  cwd: string,
): string {
  const name = file.path ? path.relative(cwd, file.path) || file.path : '<input>'
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const rule = message.ruleId ? ` (${message.ruleId})` : ''
  return `${name}:${message.line ?? 1}:${message.column ?? 1}: ${severity} ${message.reason}${rule}`
}

/** Every message of `files`, formatted, in file order and then by position. */
export function formatMessages(files: readonly VFile[], cwd: string): string[] {
  return files.flatMap((file) =>
    [...file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => formatMessage(file, message, cwd)),
  )
}
