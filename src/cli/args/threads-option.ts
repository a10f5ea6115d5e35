import { type OptionValues, textValue } from './option-spec.js'
import { usageError } from './usage-error.js'

/** `--threads N`, taken by the commands that render posts. */
export const threadsOption = {
  type: 'string',
  value: 'N',
  help: 'threads that read and render posts, this one included (default: one per core, up to 4, for 100 posts or more to read)',
} as const

/** The `--threads` asked for; `undefined` lets the build decide. */
export function readThreads(values: OptionValues): number | undefined {
  const text = textValue(values, 'threads')
  if (text === undefined) return undefined
  const count = Number(text)
  if (!Number.isInteger(count) || count < 1) {
    throw usageError(`\`--threads\` needs a whole number, 1 or more, not \`${text}\``)
  }
  return count
}
