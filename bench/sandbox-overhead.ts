/**
 * What the sandbox costs each sample: the seed post's samples run one at a
 * time with no cache, in the sandbox and outside it, runs alternating; the
 * figure is the median over samples of each one's median run time.
 */
import { verify } from '../src/index.js'
import { sandboxSupport } from '../src/verify/run/sandbox.js'
import { median } from './median.js'
import { seedPost } from './workspace.js'

/** Per-sample median run times, in ms, with and without the sandbox. */
export interface SandboxOverheadFigures {
  samples: number
  sandboxed: number[]
  unsandboxed: number[]
}

/** Measure `runs` verifications of the seed post in each mode; `undefined` where there is no sandbox. */
export async function benchSandboxOverhead(
  runs: number,
): Promise<SandboxOverheadFigures | undefined> {
  if (!sandboxSupport().available) return undefined
  const times = { auto: new Map<number, number[]>(), off: new Map<number, number[]>() }
  for (let index = 0; index < runs; index++) {
    for (const mode of ['auto', 'off'] as const) {
      const result = await verify({
        paths: [seedPost],
        samples: { sandbox: mode, concurrency: 1 },
      })
      if (!result.ok) throw new Error(`the seed post did not verify with the sandbox ${mode}`)
      result.samples.forEach((sample, position) => {
        if (!sample.run) return
        const list = times[mode].get(position) ?? []
        list.push(sample.run.durationMs)
        times[mode].set(position, list)
      })
    }
  }
  const perSample = (map: Map<number, number[]>) => [...map.values()].map((list) => median(list))
  return {
    samples: times.auto.size,
    sandboxed: perSample(times.auto),
    unsandboxed: perSample(times.off),
  }
}
