/**
 * A promise rejected with no handler, in a browser's words and in Node's:
 * Chrome's console shows `Uncaught (in promise) error happened!` where Node
 * ends the process with `The promise rejected with the reason "error
 * happened!".` (for a value that is no error; an error's own line,
 * `TypeError: bad value`, Node prints as any uncaught error).
 */
const chromeRejection = /^\W*uncaught\s+\(in promise\)\s+(.+)$/iu
const nodeReason = /The promise rejected with the reason "(.*)"\.$/mu

/**
 * The reason Node shows the promise rejected with, when the comment gives
 * the rejection in Chrome's words with another reason (`// Uncaught (in
 * promise) oops` for a promise rejected with `'nope'`); `undefined` when
 * they agree, or either gives none.
 */
export function otherRejectionReason(comment: string, output: string): string | undefined {
  const claimed = chromeRejection.exec(comment.trim())?.[1]?.trim()
  const reason = nodeReason.exec(output)?.[1]
  if (claimed === undefined || reason === undefined) return undefined
  const unquoted = claimed.replace(/^(['"`])(.*)\1$/u, '$2')
  return unquoted === reason ? undefined : reason
}
