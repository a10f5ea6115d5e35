// Statements using a browser's globals, whose output in Node says nothing of the post.

import type { Sample } from '../read/remark-extract-samples.js'
import { type PartLines, scriptStatement } from './part-statement.js'

/** Globals a browser defines and Node does not. */
const browserGlobals =
  /(?<![\w$.])(window|document|navigator|localStorage|sessionStorage|location|XMLHttpRequest|HTMLElement)\b/u

/**
 * The browser global a JavaScript statement of a part uses, when the
 * sample does not define it itself (`typeof window // "object"` is true in
 * a browser only); `undefined` otherwise.
 */
export function browserGlobal(
  sample: Sample,
  code: readonly string[],
  part: PartLines,
): string | undefined {
  const statement = scriptStatement(sample, code, part)
  const name = statement === undefined ? undefined : browserGlobals.exec(statement)?.[1]
  if (name === undefined) return undefined
  const defined = new RegExp(
    `(?:let|const|var|function|class)\\s+${name}\\b|globalThis\\.${name}\\s*=`,
  )
  return defined.test(sample.code) ? undefined : name
}
