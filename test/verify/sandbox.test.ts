import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
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

const require = createRequire(import.meta.url)
const tsx = pathToFileURL(require.resolve('tsx/esm')).href
const source = (file: string) => JSON.stringify(new URL(`../../src/${file}`, import.meta.url).href)

/**
 * Run `code` (an ES module, which may import `run-process.ts` as
 * `runProcess` and `sandbox.ts` as `sandbox`) in a node process of its own,
 * from `cwd`, with `env`; its fd 3 is a pipe it inherits without
 * close-on-exec, as from a CI runner. What it prints.
 */
async function inChild(
  code: string,
  { cwd = folder, env = process.env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const script = path.join(folder, 'child.mts')
  await writeFile(
    script,
    `import { runProcess } from ${source('verify/run/run-process.ts')}\nimport * as sandbox from ${source('verify/run/sandbox.ts')}\n${code}`,
  )
  const child = spawn(process.execPath, ['--import', tsx, script], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  await new Promise((resolve) => child.on('close', resolve))
  return output
}

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

  it('holds at most the file-size limit in each place it may write, none of it on the disk', async () => {
    await writeFile(path.join(folder, 'given.txt'), 'from the post\n')
    const result = await run(
      [
        'echo written > /tmp/t && cat /tmp/t',
        '(for place in /tmp /dev/shm . /run /dev; do head -c 3M /dev/zero > $place/a; head -c 3M /dev/zero > $place/b; echo $place $(( ($(cat $place/a $place/b | wc -c) + 1048575) / 1048576 )); done) 2>/dev/null',
        'echo changed >> given.txt',
        'echo more > /tmp/more',
      ].join('; '),
      { sandbox: settings({ limits: { ...defaultLimits, fileSizeMiB: 4 } }) },
    )
    expect(result.output).toMatch(
      /^written\n\/tmp 4\n\/dev\/shm 4\n\. 4\n\/run 0\n\/dev 0\n.*No space left/,
    )
    expect(result.exceededLimit).toBe('wrote more than the limit of 4 MiB to a folder')
    expect((await readdir(folder)).sort()).toEqual(['given.txt'])
    expect(await readFile(path.join(folder, 'given.txt'), 'utf8')).toBe('from the post\nchanged\n')
  })

  it('cannot connect to the Unix sockets of the host, in a folder it can read or abstract', async () => {
    // Note: a folder the sample's user may enter and a socket anyone may use, as an agent's would be.
    const place = await mkdtemp('/var/tmp/postdeck-socket-')
    await chmod(place, 0o755)
    const servers = [path.join(place, 'agent.sock'), '\0postdeck-abstract'].map((address) => {
      const server = createServer((connection) => connection.end('secret\n'))
      return new Promise<typeof server>((resolve) => server.listen(address, () => resolve(server)))
    })
    const listening = await Promise.all(servers)
    await chmod(path.join(place, 'agent.sock'), 0o777)
    try {
      const result = await python(
        `import socket\nfor address in ['${place}/agent.sock', '\\0postdeck-abstract']:\n  s = socket.socket(socket.AF_UNIX)\n  try:\n    s.connect(address); print(s.recv(100))\n  except OSError as e:\n    print('refused', e.errno)`,
      )
      expect(result.output).toBe('refused 111\nrefused 111\n')
    } finally {
      for (const server of listening) server.close()
      await rm(place, { recursive: true, force: true })
    }
  })

  it('cannot trace, signal or look into postdeck or the sandbox’s first process', async () => {
    const result = await python(
      `import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\nfor pid in [1, ${process.pid}]:\n  print(libc.ptrace(16, pid, 0, 0), ctypes.get_errno())\n  try:\n    os.kill(pid, 9); print('killed')\n  except OSError as e:\n    print('no kill', e.errno)\nfor f in ['/proc/1/root/etc/hostname', '/proc/1/mem', '/proc/1/environ']:\n  try:\n    open(f, 'rb').read(1); print('read', f)\n  except OSError as e:\n    print('no read', f)`,
    )
    expect(result.output).not.toMatch(/^0 |killed|^read/m)
  })

  it('cannot reach the project through links in its folder', async () => {
    const project = process.cwd()
    const result = await run(
      `ln -s ${project}/README.md readme; cat readme; ln ${project}/README.md hard; echo planted > readme; ls`,
    )
    expect(result.output).not.toContain('postdeck')
    expect(await readFile(path.join(project, 'README.md'), 'utf8')).not.toContain('planted')
    expect(await readdir(folder)).toEqual([])
  })

  it('hides the Git work tree around the project, where a `.env` often lies', async () => {
    const tree = await mkdtemp('/var/tmp/postdeck-tree-')
    try {
      await mkdir(path.join(tree, '.git'))
      await mkdir(path.join(tree, 'blog'))
      await writeFile(path.join(tree, '.env'), 'TOKEN=hunter2\n')
      const output = await inChild(
        `const run = await runProcess({ command: 'bash', args: ['-c', 'cat ${tree}/.env; ls -A ${tree} | wc -l'] }, { cwd: ${JSON.stringify(folder)}, timeoutMs: 10000, outputCap: 4096 })\nconsole.log(run.output)`,
        { cwd: path.join(tree, 'blog') },
      )
      expect(output).not.toContain('hunter2')
      expect(output).toMatch(/^0$/m)
    } finally {
      await rm(tree, { recursive: true, force: true })
    }
  })

  it('stops a Python fork loop at the process limit and says so', async () => {
    const result = await python(
      'import os, time\nfor _ in range(1000):\n  if os.fork() == 0:\n    time.sleep(3); os._exit(0)',
      {
        sandbox: settings({ limits: { ...defaultLimits, processes: 32 } }),
        timeoutMs: 5000,
      },
    )
    expect(result.exceededLimit).toBe('exceeded the limit of 32 processes')
    expect(result.timedOut).toBe(false)
  })

  it('kills a detached node child in a session of its own that ignores SIGTERM', async () => {
    const marker = path.join(folder, 'survivor')
    const result = await runProcess(
      {
        command: process.execPath,
        args: [
          '-e',
          `require('child_process').spawn('setsid', ['bash', '-c', 'trap "" TERM; sleep 1; touch ${marker}'], { detached: true, stdio: 'ignore' }).unref(); console.log('started')`,
        ],
      },
      { cwd: folder, timeoutMs: 10_000, outputCap: 1024 },
    )
    expect(result.output).toBe('started\n')
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(existsSync(marker)).toBe(false)
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
    // Note: in the sandbox what a sample writes stays in memory and goes with it.
    expect(existsSync(path.join(folder, 'big'))).toBe(!sandboxed)
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

  it('kills a sample that sleeps at the timeout, by the clock', async () => {
    const result = await run('sleep 1000', { timeoutMs: 1000 })
    expect(result.timedOut).toBe(true)
    expect(result.durationMs).toBeLessThan(5000)
  })

  it('stops floods on stderr alone, on both streams, of carriage returns and of one long line', async () => {
    const floods = [
      "for (;;) process.stderr.write('e'.repeat(4096))",
      "for (;;) { process.stdout.write('o'.repeat(999)); process.stderr.write('e') }",
      "for (;;) process.stdout.write('\\r'.repeat(4096))",
      "process.stdout.write('y'.repeat(8 * 1024 * 1024))",
    ]
    for (const flood of floods) {
      const result = await runProcess(
        { command: process.execPath, args: ['-e', flood] },
        { cwd: folder, timeoutMs: 10_000, outputCap: 64 * 1024 },
      )
      expect([flood, result.truncated, result.timedOut, result.output.length]).toEqual([
        flood,
        true,
        false,
        64 * 1024,
      ])
    }
  })

  it('gives a sample none of the descriptors postdeck inherited', async () => {
    const output = await inChild(
      `const run = await runProcess({ command: 'bash', args: ['-c', 'for fd in /proc/self/fd/*; do readlink $fd; done'] }, { cwd: ${JSON.stringify(folder)}, timeoutMs: 10000, outputCap: 4096 })\nconsole.log(run.output)`,
    )
    expect(output).toMatch(/postdeck-output-/)
    expect(output).not.toMatch(/pipe:|socket:/)
  })
})

describe('where bubblewrap is not on PATH', () => {
  it('says so once, plainly, runs samples under limits, and refuses them with `required`', async () => {
    const bin = path.join(folder, 'bin')
    await mkdir(bin)
    for (const tool of ['bash', 'prlimit', 'setpriv']) {
      const found = ['/usr/bin', '/bin'].map((place) => path.join(place, tool)).find(existsSync)
      if (found) await symlink(found, path.join(bin, tool))
    }
    const output = await inChild(
      `const notice = (await import(${source('cli/sandbox-notice.ts')})).sandboxNotice
let refusal = ''
try { notice('required') } catch (error) { refusal = error.message }
const options = { cwd: ${JSON.stringify(folder)}, timeoutMs: 10000, outputCap: 4096 }
const command = { command: 'bash', args: ['-c', 'echo ran'] }
const required = await runProcess(command, { ...options, sandbox: { ...sandbox.defaultSandboxSettings, mode: 'required' } })
console.log(JSON.stringify({ warning: notice('auto'), refusal, ran: (await runProcess(command, options)).output, required: required.startError }))`,
      { env: { PATH: bin } },
    )
    const result = JSON.parse(output)
    expect(result.warning).toBe(
      'Warning: code samples run without a sandbox (bubblewrap (`bwrap`) is not installed): they can read and change your files and use the network. Use `--sandbox=required` to make this an error.',
    )
    expect(result.refusal).toMatch(
      /^No sandbox for code samples, and `--sandbox=required`: bubblewrap/,
    )
    expect(result.ran).toBe('ran\n')
    expect(result.required).toMatch(/^no sandbox: bubblewrap/)
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
