import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sandboxNotice } from '../../src/cli/sandbox-notice.js'
import { type RunOptions, runProcess } from '../../src/verify/run/run-process.js'
import {
  defaultLimits,
  type SandboxSettings,
  sandboxCommand,
  sandboxSupport,
} from '../../src/verify/run/sandbox.js'

// Note: CI installs bubblewrap, so these run there; on a machine where no
// sandbox can be made, the tests of the plain warning run instead.
const support = sandboxSupport()
const sandboxed = support.available

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-sandbox-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

const settings = (overrides: Partial<SandboxSettings> = {}): SandboxSettings => ({
  mode: 'auto',
  limits: defaultLimits,
  network: false,
  ...overrides,
})
const run = (script: string, options: Partial<RunOptions> = {}) =>
  runProcess(
    { command: 'bash', args: ['-c', script] },
    { cwd: folder, timeoutMs: 10_000, outputCap: 1024 * 1024, ...options },
  )
const python = (code: string, options: Partial<RunOptions> = {}) =>
  runProcess(
    { command: 'python3', args: ['-c', code] },
    { cwd: folder, timeoutMs: 20_000, outputCap: 1024 * 1024, ...options },
  )

describe.runIf(sandboxed)('samples in the sandbox', () => {
  it('cannot read postdeck’s environment through /proc', async () => {
    process.env.POSTDECK_TEST_SECRET = 'hunter2-ci-token'
    try {
      const result = await run(
        'cat /proc/$PPID/environ /proc/1/environ 2>/dev/null; for f in /proc/[0-9]*/environ; do cat "$f"; done 2>/dev/null; echo; ls /proc | grep -c "^[0-9]"',
      )
      expect(result.output).not.toContain('hunter2')
      // Its own /proc: only the sample's processes are there.
      expect(Number(result.output.trim().split('\n').at(-1))).toBeLessThan(10)
    } finally {
      delete process.env.POSTDECK_TEST_SECRET
    }
  })

  it('has no network unless annotated `network`', async () => {
    const offline = await run('cat /proc/net/dev | tail -n +3 | cut -d: -f1')
    expect(offline.output.trim()).toBe('lo')
    const connect = await python(
      "import socket\ntry:\n  socket.create_connection(('1.1.1.1', 53), timeout=2)\n  print('connected')\nexcept OSError as e:\n  print('refused', e.errno)",
    )
    expect(connect.output).toMatch(/^refused/)
    const online = await run('cat /proc/net/dev | tail -n +3 | cut -d: -f1', {
      sandbox: settings({ network: true }),
    })
    expect(online.output.trim().split('\n').length).toBeGreaterThan(1)
  })

  it('cannot change the project, the output or the home folder, nor see them', async () => {
    const project = process.cwd()
    const readme = await readFile(path.join(project, 'README.md'), 'utf8')
    const result = await run(
      [
        `echo planted >> ${project}/README.md`,
        `touch ${project}/planted`,
        `touch ${homedir()}/planted`,
        `ls -A ${project} | grep -v node_modules | wc -l`,
        'touch /usr/planted',
        'echo mine > own-file && cat own-file',
      ].join('; '),
    )
    expect(await readFile(path.join(project, 'README.md'), 'utf8')).toBe(readme)
    expect(existsSync(path.join(project, 'planted'))).toBe(false)
    expect(existsSync(path.join(homedir(), 'planted'))).toBe(false)
    expect(result.output).toMatch(/^0$/m)
    expect(result.output).toContain('mine')
  })

  it('keeps a fork bomb under the process limit, and its neighbours running', async () => {
    const limited = settings({ limits: { ...defaultLimits, processes: 32 } })
    const [bomb, neighbour] = await Promise.all([
      run(':(){ :|:& };:; sleep 2', { sandbox: limited, timeoutMs: 3000 }),
      new Promise((resolve) => setTimeout(resolve, 500)).then(() => python('print("alive")')),
    ])
    expect(bomb.exitCode === 0 && bomb.output === '').toBe(false)
    expect(neighbour.output).toBe('alive\n')
  })

  it('kills `setsid` children with the sample', async () => {
    const marker = path.join(folder, 'survivor')
    const result = await run(`setsid bash -c 'sleep 1; touch ${marker}' & echo started`)
    expect(result.output).toBe('started\n')
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(existsSync(marker)).toBe(false)
  })

  it('dies with postdeck, even when postdeck is killed outright', async () => {
    const marker = path.join(folder, 'survivor')
    const script = path.join(folder, 'parent.mts')
    const runProcessUrl = new URL('../../src/verify/run/run-process.ts', import.meta.url).href
    await writeFile(
      script,
      `import { runProcess } from ${JSON.stringify(runProcessUrl)}
console.log('running')
await runProcess({ command: 'bash', args: ['-c', 'sleep 1.5; touch ${marker}'] }, { cwd: ${JSON.stringify(folder)}, timeoutMs: 10000, outputCap: 1024 })`,
    )
    const parent = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    await new Promise((resolve) => parent.stdout.once('data', resolve))
    await new Promise((resolve) => setTimeout(resolve, 700))
    parent.kill('SIGKILL')
    await new Promise((resolve) => setTimeout(resolve, 3500))
    expect(existsSync(marker)).toBe(false)
  })

  it('still runs node, tsx and python installed in hidden folders', async () => {
    const node = await runProcess(
      { command: process.execPath, args: ['-e', 'console.log(1 + 1)'] },
      { cwd: folder, timeoutMs: 10_000, outputCap: 1024 },
    )
    expect(node.output).toBe('2\n')
    expect((await python('print(6 * 7)')).output).toBe('42\n')
  })
})

describe('limits on every sample, sandbox or not', () => {
  it('stops a sample at the memory limit and says so', async () => {
    const result = await python('x = bytearray(3 * 1024 ** 3)', {
      sandbox: settings({ limits: { ...defaultLimits, memoryMiB: 256 } }),
    })
    expect(result.exceededLimit).toBe('exceeded the memory limit of 256 MiB')
  })

  it('stops a sample writing a file larger than the limit', async () => {
    const result = await python(
      "f = open('big', 'wb')\nfor _ in range(2048): f.write(b'x' * 1024 * 1024)",
      { sandbox: settings({ limits: { ...defaultLimits, fileSizeMiB: 1 } }) },
    )
    expect(result.exceededLimit).toBe('wrote a file larger than the limit of 1 MiB')
    expect(existsSync(path.join(folder, 'big'))).toBe(true)
  })

  it('stops a JavaScript print loop at the output cap', async () => {
    const started = performance.now()
    const result = await runProcess(
      { command: process.execPath, args: ['-e', "for (;;) console.log('x'.repeat(100))"] },
      { cwd: folder, timeoutMs: 10_000, outputCap: 64 * 1024 },
    )
    expect(result.truncated).toBe(true)
    expect(result.timedOut).toBe(false)
    expect(result.output.length).toBe(64 * 1024)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

describe.runIf(!sandboxed)('where no sandbox can be made', () => {
  it('says so once, plainly, and runs the samples as before', async () => {
    expect(sandboxNotice('auto')).toMatch(/^Warning: code samples run without a sandbox \(.+\)/)
    expect((await run('echo ran')).output).toBe('ran\n')
  })

  it('refuses to run a sample with `--sandbox=required`', async () => {
    expect(() => sandboxNotice('required')).toThrow(/--sandbox=required/)
    await expect(
      sandboxCommand({ command: 'true', args: [] }, folder, settings({ mode: 'required' }), 1),
    ).rejects.toThrow(/no sandbox/)
  })
})

describe('sandbox modes', () => {
  it('warns about nothing when the sandbox is off or available', () => {
    expect(sandboxNotice('off')).toBeUndefined()
    if (sandboxed) expect(sandboxNotice('auto')).toBeUndefined()
  })

  it('runs nothing in a sandbox when it is off', async () => {
    const command = await sandboxCommand(
      { command: 'true', args: [] },
      folder,
      settings({ mode: 'off' }),
      1,
    )
    expect(command.sandboxed).toBe(false)
  })
})
