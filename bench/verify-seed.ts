/**
 * `npm run bench`: how long verifying the seed post takes, cold (no cache)
 * and warm (cache filled), against the sum and the maximum of its samples'
 * own run times measured in the same runs. Prints medians of several runs.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { verify } from '../src/index.js'
import { createFileCache } from '../src/verify/sample-cache.js'

const seed = path.join(import.meta.dirname, '..', 'content', 'posts', 'asyncio-异步编程.md')
const runs = Number(process.env.BENCH_RUNS ?? 5)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

async function timed(cacheFolder: string) {
  const started = performance.now()
  const result = await verify({ paths: [seed], samples: { cache: createFileCache(cacheFolder) } })
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

const cold: Array<Awaited<ReturnType<typeof timed>>> = []
const warm: number[] = []
for (let index = 0; index < runs; index++) {
  const cache = await mkdtemp(path.join(tmpdir(), 'postdeck-bench-'))
  cold.push(await timed(cache))
  warm.push((await timed(cache)).wall)
  await rm(cache, { recursive: true, force: true })
}

const ms = (value: number) => `${value.toFixed(0)} ms`
const coldWall = median(cold.map((run) => run.wall))
const sum = median(cold.map((run) => run.sum))
const max = median(cold.map((run) => run.max))
console.log(`seed post: ${cold[0]?.samples ?? 0} samples, medians of ${runs} runs`)
console.log(`verify cold                ${ms(coldWall)}`)
console.log(`  sum of sample run times  ${ms(sum)}   (cold / sum = ${(coldWall / sum).toFixed(2)})`)
console.log(`  max of sample run times  ${ms(max)}   (cold / max = ${(coldWall / max).toFixed(2)})`)
console.log(
  `verify warm (cached)       ${ms(median(warm))}   (warm / cold = ${(median(warm) / coldWall).toFixed(2)})`,
)
