import { parseConsoleValue } from '../../../compare/values/console-values.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * Why a JavaScript fence that does not parse is no code at all: its whole
 * content is a value as a console displays it (`Url {` / `  protocol:
 * 'http:',` / ... / `}`, Node's or a browser's notation), an object the post
 * shows rather than code to run. `undefined` for anything else, so code
 * with a genuine syntax error still fails.
 */
export function displayedValueFence(sample: Sample): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const value = parseConsoleValue(sample.code)
  if (value?.kind !== 'container' || value.items.length === 0) return undefined
  const first = sample.code.trim().split('\n')[0]?.trim() ?? ''
  return `a value as a console displays it (\`${first}\`), not code`
}
