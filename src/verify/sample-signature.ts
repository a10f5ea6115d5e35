import type { Sample } from './read/remark-extract-samples.js'

/**
 * Everything that decides a sample's verdict and where it is shown: its
 * place, code, documented output and annotations. Two samples with the same
 * signature get the same verdict.
 */
export function sampleSignature({ runner, ...sample }: Sample): string {
  return JSON.stringify([runner.id, sample])
}

/** The signature of a post's samples, all together. */
export function samplesSignature(samples: readonly Sample[]): string {
  return JSON.stringify(samples.map(sampleSignature))
}
