import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { runProcess } from '../../src/verify/run/run-process.js'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-run-'))
})

const bash = (script: string) => ({ command: 'bash', args: ['-c', script] })
const limits = { timeoutMs: 10_000, outputCap: 1024 * 1024 }

describe('runProcess', () => {
  it('captures stdout and stderr together, in the order printed', async () => {
    const run = await runProcess(bash('echo one; echo two >&2; echo three'), {
      cwd: folder,
      ...limits,
    })
    expect(run).toMatchObject({
      exitCode: 0,
      output: 'one\ntwo\nthree\n',
      timedOut: false,
      truncated: false,
    })
  })

  it('gives the sample an allow-listed environment, closed stdin and its own folder', async () => {
    process.env.POSTDECK_TEST_SECRET = 'hunter2'
    try {
      const run = await runProcess(
        bash('echo "secret=$POSTDECK_TEST_SECRET home=$HOME cwd=$PWD"; cat; echo "stdin=$?"'),
        { cwd: folder, ...limits },
      )
      expect(run.output).toBe(`secret= home=${folder} cwd=${folder}\nstdin=0\n`)
    } finally {
      delete process.env.POSTDECK_TEST_SECRET
    }
  })

  it('kills the whole process group on timeout, background children included', async () => {
    const marker = path.join(folder, 'survivor')
    const started = performance.now()
    const run = await runProcess(bash(`(sleep 1.5; touch ${marker}) & sleep 30`), {
      cwd: folder,
      timeoutMs: 500,
      outputCap: 1024,
    })
    expect(run.timedOut).toBe(true)
    expect(run.exitCode).toBeNull()
    expect(run.signal).toBe('SIGKILL')
    expect(performance.now() - started).toBeLessThan(3000)
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(existsSync(marker), 'the background child was killed with the group').toBe(false)
  })

  it('kills background children left behind when the sample ends', async () => {
    const marker = path.join(folder, 'orphan')
    const run = await runProcess(bash(`(sleep 1; touch ${marker}) & echo done`), {
      cwd: folder,
      ...limits,
    })
    expect(run.output).toBe('done\n')
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(existsSync(marker)).toBe(false)
  })

  it('does not hang on a pipe held open by a child that left the group', async () => {
    const started = performance.now()
    const run = await runProcess(bash('setsid sleep 3 & echo started'), { cwd: folder, ...limits })
    expect(run.output).toBe('started\n')
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('stops a sample at the output cap and keeps no more than the cap', async () => {
    const run = await runProcess(bash('yes xxxxxxxxxxxxxxxxxxxxxxxx'), {
      cwd: folder,
      timeoutMs: 10_000,
      outputCap: 64 * 1024,
    })
    expect(run.truncated).toBe(true)
    expect(run.output.length).toBe(64 * 1024)
    expect(run.timedOut).toBe(false)
  })

  it('does not report a timeout for a sample that exited in time', async () => {
    const run = await runProcess(bash('setsid sleep 3 & echo quick'), {
      cwd: folder,
      timeoutMs: 1500,
      outputCap: 1024,
    })
    expect(run).toMatchObject({ exitCode: 0, timedOut: false, output: 'quick\n' })
  })

  it('kills the process group at once when aborted', async () => {
    const controller = new AbortController()
    const started = performance.now()
    setTimeout(() => controller.abort(), 200)
    const run = await runProcess(bash('sleep 30'), {
      cwd: folder,
      ...limits,
      signal: controller.signal,
    })
    expect(run.signal).toBe('SIGKILL')
    expect(performance.now() - started).toBeLessThan(3000)
  })

  it('reports a command that cannot start as data', async () => {
    const run = await runProcess(
      { command: 'postdeck-no-such-interpreter', args: [] },
      { cwd: folder, ...limits, stdoutOnly: true },
    )
    expect(run.startError).toBe('ENOENT')
    expect(run.exitCode).toBeNull()
  })
})
