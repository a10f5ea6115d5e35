import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runProcess } from '../../src/verify/run/run-process.js'
import * as sandbox from '../../src/verify/run/sandbox.js'

// A socket of the host that goes away between being listed and being
// covered leaves bubblewrap a place it cannot make: this is that sandbox.
const vanished = '/var/tmp/postdeck-vanished-socket-folder/agent.sock'

vi.mock('../../src/verify/run/sandbox.js', async (importOriginal) => {
  const original = await importOriginal<typeof sandbox>()
  return { ...original, sandboxCommand: vi.fn(original.sandboxCommand) }
})

const sandboxed = sandbox.sandboxSupport().available
const settings: sandbox.SandboxSettings = {
  mode: 'auto',
  limits: sandbox.defaultLimits,
  network: false,
}

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-retry-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
  vi.mocked(sandbox.sandboxCommand).mockClear()
})

/** The first sandbox covers a socket whose folder is gone; later ones are real. */
async function raceOnce(): Promise<void> {
  const real = await vi.importActual<typeof sandbox>('../../src/verify/run/sandbox.js')
  vi.mocked(sandbox.sandboxCommand).mockImplementationOnce(async (...args) => {
    const made = await real.sandboxCommand(...args)
    const cover = made.args.indexOf('--chdir')
    made.args.splice(cover, 0, '--ro-bind', '/dev/null', vanished)
    return made
  })
}

describe.runIf(sandboxed)('a sandbox that cannot be set up', () => {
  it('is made again, and the sample runs once', async () => {
    await raceOnce()
    const result = await runProcess(
      { command: 'bash', args: ['-c', 'echo ran >> count; cat count'] },
      { cwd: folder, timeoutMs: 10_000, outputCap: 10_000, sandbox: settings },
    )
    expect(sandbox.sandboxCommand).toHaveBeenCalledTimes(2)
    expect(result).toMatchObject({ exitCode: 0, output: 'ran\n' })
  })

  it('is not made again when the sample fails on its own', async () => {
    const result = await runProcess(
      { command: 'bash', args: ['-c', 'echo "bwrap: not this" >&2; exit 1'] },
      { cwd: folder, timeoutMs: 10_000, outputCap: 10_000, sandbox: settings },
    )
    expect(sandbox.sandboxCommand).toHaveBeenCalledTimes(1)
    expect(result).toMatchObject({ exitCode: 1, output: 'bwrap: not this\n' })
  })
})
