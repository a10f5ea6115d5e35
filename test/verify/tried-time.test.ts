import { beforeEach, describe, expect, it, vi } from 'vitest'

const machine = vi.hoisted(() => ({ load: 0, cores: 2 }))

vi.mock('node:os', async (importOriginal) => {
  const os = await importOriginal<typeof import('node:os')>()
  return {
    ...os,
    loadavg: () => [machine.load, 0, 0],
    availableParallelism: () => machine.cores,
  }
})

const { loadStretch, triedMs } = await import('../../src/verify/run/tried-run.js')

describe('the time a sample with no documented output is tried for', () => {
  beforeEach(() => {
    machine.load = 0
    machine.cores = 2
  })

  it('is its seconds on an idle machine', () => {
    machine.load = 0.4
    expect(loadStretch()).toBe(1)
    expect(triedMs(3, 10)).toBe(3000)
    expect(triedMs(1, 10)).toBe(1000)
  })

  it('stretches with the processes waiting per core on a busy one', () => {
    machine.load = 5
    expect(loadStretch()).toBe(2.5)
    expect(triedMs(3, 10)).toBe(7500)
    expect(triedMs(1, 10)).toBe(2500)
  })

  it('stretches at most four times, and never past the limit the user set', () => {
    machine.load = 40
    expect(loadStretch()).toBe(4)
    expect(triedMs(1, 10)).toBe(4000)
    expect(triedMs(3, 10)).toBe(10_000)
    expect(triedMs(3, 2)).toBe(2000)
  })

  it('is left as it is where the system gives no load', () => {
    machine.load = 0
    machine.cores = 8
    expect(triedMs(3, 10)).toBe(3000)
  })
})
