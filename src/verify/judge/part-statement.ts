import type { Sample } from '../read/remark-extract-samples.js'

/** The lines of a sample's code that a documented part's statement spans (1-based, inclusive). */
export interface PartLines {
  from: number
  to: number
}

/**
 * The JavaScript or TypeScript statement of a documented part, its `//`
 * comments left out, for reading what it uses; `undefined` for another language.
 */
export function scriptStatement(
  sample: Sample,
  code: readonly string[],
  part: PartLines,
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  return code
    .slice(part.from - 1, part.to)
    .join('\n')
    .replace(/\/\/.*$/gm, '')
}
