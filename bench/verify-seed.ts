/**
 * Verifying the seed post in this process through postdeck's API, cold (an
 * empty sample cache) and warm (the cache filled by the cold run), with the
 * sum and the maximum of its samples' own run times in the cold runs, and
 * the CPU time of the warm runs (which start no process).
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
  /** CPU time of this process in each warm run: what the run itself costs, whatever else the machine does. */
  warmCpu: number[]
  /** Sum of the samples' own run times in each cold run. */
  sum: number[]
  /** Longest sample run time in each cold run. */
  max: number[]
}

/** Verify the seed post `runs` times cold and warm, each pair with a fresh sample cache in `scratch`. */
export async function benchVerifySeed(runs: number, scratch: string): Promise<VerifySeedFigures> {
  const figures: VerifySeedFigures = {
    samples: 0,
    cold: [],
    warm: [],
    warmCpu: [],
    sum: [],
    max: [],
  }
  for (let index = 0; index < runs; index++) {
    const cache = await mkdtemp(path.join(scratch, 'sample-cache-'))
    try {
      const cold = await timedVerify(cache)
      figures.samples = cold.samples
      figures.cold.push(cold.wall)
      figures.sum.push(cold.sum)
      figures.max.push(cold.max)
      const warm = await timedVerify(cache)
      figures.warm.push(warm.wall)
      figures.warmCpu.push(warm.cpu)
    } finally {
      await rm(cache, { recursive: true, force: true })
    }
  }
  return figures
}

async function timedVerify(cacheFolder: string) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await verify({
    paths: [seedPost],
    samples: { cache: createFileCache(cacheFolder) },
  })
  const wall = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  if (!result.ok) throw new Error('the seed post did not verify')
  const own = result.samples
    .filter((sample) => !sample.cached)
    .map((sample) => sample.run?.durationMs ?? 0)
  return {
    wall,
    cpu: (user + system) / 1000,
    sum: own.reduce((a, b) => a + b, 0),
    max: Math.max(0, ...own),
    samples: result.samples.length,
  }
}
