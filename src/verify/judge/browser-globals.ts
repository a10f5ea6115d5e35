// Statements using a browser's globals, whose output in Node says nothing of the post.

import type { Sample } from '../read/remark-extract-samples.js'

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
  part: { from: number; to: number },
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const statement = code.slice(part.from - 1, part.to).join('\n')
  const name = browserGlobals.exec(statement.replace(/\/\/.*$/gm, ''))?.[1]
  if (name === undefined) return undefined
  const defined = new RegExp(
    `(?:let|const|var|function|class)\\s+${name}\\b|globalThis\\.${name}\\s*=`,
  )
  return defined.test(sample.code) ? undefined : name
}
