import { describe, expect, it } from 'vitest'
import { mayWait, plannedSleepSeconds } from '../../src/verify/read/code/planned-sleeps.js'
import { type JobSettings, timeoutOf } from '../../src/verify/run/job.js'
import { sampleOf } from './sample-of.js'

const settings: JobSettings = {
  timeoutSeconds: 10,
  outputCap: 1024,
  sandbox: { mode: 'off' } as unknown as JobSettings['sandbox'],
  executables: new Map(),
}

describe('the waits a sample spells out', () => {
  it('adds Python sleeps, times the range loops around them', () => {
    const code = [
      'import time, random',
      'def work():',
      '    for i in range(5):',
      '        time.sleep(random.randint(1, 3))',
      'time.sleep(0.5)',
    ].join('\n')
    expect(plannedSleepSeconds(sampleOf('python', code))).toBe(15.5)
  })

  it('counts no length for a sleep in a `while` loop, and reads shell and JavaScript waits', () => {
    expect(plannedSleepSeconds(sampleOf('python', 'while True:\n    time.sleep(1)'))).toBe(0)
    expect(plannedSleepSeconds(sampleOf('bash', 'for i in {1..4}; do\n  sleep 3\ndone'))).toBe(12)
    const timers = 'setTimeout(() => {}, 12000)\nsetTimeout(() => {}, 3000)'
    expect(plannedSleepSeconds(sampleOf('js', timers))).toBe(12)
  })

  it('gives a sample the limit plus its waits, its own annotation first', () => {
    const loop = 'import time\nfor i in range(3):\n    time.sleep(4)'
    expect(timeoutOf(sampleOf('python', loop), settings)).toBe(22)
    expect(timeoutOf(sampleOf('python', 'print(1)'), settings)).toBe(10)
    const annotated = sampleOf('python', loop)
    annotated.annotations = { ...annotated.annotations, timeoutSeconds: 5 }
    expect(timeoutOf(annotated, settings)).toBe(5)
    expect(timeoutOf(sampleOf('python', 'import time\ntime.sleep(500)'), settings)).toBe(120)
  })

  it('tells code that may wait on purpose from code that only computes', () => {
    expect(mayWait('import time\ntime.sleep(0.3)')).toBe(true)
    expect(mayWait('setTimeout(() => console.log(1), 300)')).toBe(true)
    expect(mayWait('t = threading.Thread(target=f)\nt.join()')).toBe(true)
    expect(mayWait('await fetch(url)')).toBe(true)
    expect(mayWait('sleep 1; echo done')).toBe(true)
    expect(mayWait('import timeit\nprint(timeit.timeit(f, number=100))')).toBe(false)
    expect(mayWait('start = time.time()\nsum(range(10**6))\nprint(time.time() - start)')).toBe(
      false,
    )
  })
})
