import type { Runner } from '../runners.js'
import { commentStart } from './statement-outputs.js'

/** An error the post says a line of the sample raises. */
export interface DocumentedError {
  /** Line within the sample (1-based). */
  line: number
  /** Line in the post. */
  postLine: number
  /** The error's name when the comment gives one (`TypeError`, `ValueError`). */
  name: string | undefined
  /** The comment as written, for messages. */
  comment: string
}

const errorName = /\b([A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt))\b/
/** A comment that says the line fails: `// SyntaxError: ...`, `# raises ValueError`, `// 报错`, `// Error!`. */
const claimsError =
  /^(?:[→=>!✗×❌\s-]*)(?:uncaught\s+)?(?:[A-Z][A-Za-z]*(?:Error|Exception)\b|(?:syntax|type|reference|range|name|value|key|index|attribute|runtime)\s?error\b|error\b|报错|出错|错误|异常|会报错|抛出|raises?\b|throws?\b|will (?:throw|raise|fail)|fails?\b)/iu

/**
 * The first line whose trailing comment says it raises an error (a reader is
 * told the line fails; the lines after it are not reached). `undefined`
 * when no comment says so.
 */
export function documentedError(
  code: string,
  fenceLine: number,
  runner: Runner,
): DocumentedError | undefined {
  const lines = code.split('\n')
  for (const [index, line] of lines.entries()) {
    // A line that is itself a comment (a call left commented out) does not run.
    if (runner.commentPrefixes.some((prefix) => line.trimStart().startsWith(prefix))) continue
    for (const prefix of runner.commentPrefixes) {
      const start = commentStart(line, prefix)
      if (start === undefined) continue
      const claim = errorClaim(line.slice(start + prefix.length).trim())
      if (!claim) continue
      return { line: index + 1, postLine: fenceLine + index + 1, ...claim }
    }
  }
  return undefined
}

/** The error a comment's text says its line raises, with its name when given; `undefined` if it says none. */
export function errorClaim(
  comment: string,
): { name: string | undefined; comment: string } | undefined {
  if (!claimsError.test(comment)) return undefined
  return { name: errorName.exec(comment)?.[1], comment }
}
