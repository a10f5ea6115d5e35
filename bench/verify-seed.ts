/**
 * Verifying the seed post in this process through postdeck's API, cold (an
 * empty sample cache) and warm (the cache filled by the cold run), with the
 * sum and the maximum of its samples' own run times in the cold runs.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { verify } from '../src/index.js'
import { createFileCache } from '../src/verify/run/sample-cache.js'
import { seedPost } from './workspace.js'

/** Each run's figures, in ms, and the seed post's number of samples. */
export interface VerifySeedFigures {
  samples: number
  cold: number[]
  warm: number[]
  /** Sum of the samples' own run times in each cold run. */
  sum: number[]
  /** Longest sample run time in each cold run. */
  max: number[]
}

/** Verify the seed post `runs` times cold and warm, each pair with a fresh sample cache in `scratch`. */
export async function benchVerifySeed(runs: number, scratch: string): Promise<VerifySeedFigures> {
  const figures: VerifySeedFigures = { samples: 0, cold: [], warm: [], sum: [], max: [] }
  for (let index = 0; index < runs; index++) {
    const cache = await mkdtemp(path.join(scratch, 'sample-cache-'))
    try {
      const cold = await timedVerify(cache)
      figures.samples = cold.samples
      figures.cold.push(cold.wall)
      figures.sum.push(cold.sum)
      figures.max.push(cold.max)
      figures.warm.push((await timedVerify(cache)).wall)
    } finally {
      await rm(cache, { recursive: true, force: true })
    }
  }
  return figures
}

async function timedVerify(cacheFolder: string) {
  const started = performance.now()
  const result = await verify({
    paths: [seedPost],
    samples: { cache: createFileCache(cacheFolder) },
  })
  const wall = performance.now() - started
  if (!result.ok) throw new Error('the seed post did not verify')
  const own = result.samples
    .filter((sample) => !sample.cached)
    .map((sample) => sample.run?.durationMs ?? 0)
  return {
    wall,
    sum: own.reduce((a, b) => a + b, 0),
    max: Math.max(0, ...own),
    samples: result.samples.length,
  }
}
