import * as childProcess from 'node:child_process'
import { copyFile, mkdir, mkdtemp, symlink, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'
import { interpreterStamp } from '../../src/verify/run/interpreter-stamp.js'
import { findCommand } from '../../src/verify/run/run-process.js'
import { createFileCache } from '../../src/verify/run/sample-cache.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

// Every process postdeck starts goes through these; the spies count them.
vi.mock('node:child_process', async (original) => {
  const actual = await original<typeof import('node:child_process')>()
  return { ...actual, spawn: vi.fn(actual.spawn), execFile: vi.fn(actual.execFile) }
})

afterEach(() => {
  vi.mocked(childProcess.spawn).mockClear()
  vi.mocked(childProcess.execFile).mockClear()
})

/** The processes started so far that ran `file` (directly, or through a sandbox or `prlimit`). */
function startsOf(file: string): number {
  const calls = [
    ...vi.mocked(childProcess.spawn).mock.calls,
    ...vi.mocked(childProcess.execFile).mock.calls,
  ]
  return calls.filter(([command, args]) =>
    [command, ...(Array.isArray(args) ? args : [])].includes(file),
  ).length
}

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const bash = findCommand('bash', process.env.PATH ?? '')

describe.skipIf(!bash)('a warm run', () => {
  it('starts no interpreter while the cache is valid, and runs again when the interpreter changes', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-interpreter-'))
    // An interpreter of the test's own: a copy of bash, which the test can "upgrade".
    const interpreter = path.join(folder, 'bash')
    await copyFile(bash ?? 'bash', interpreter)
    const [sample] = await samplesOf('```bash\necho "hello"\n# output: hello\n```\n')
    if (!sample) throw new Error('no sample found')
    const runner = {
      ...sample.runner,
      run: (file: string) => ({ command: interpreter, args: [file] }),
      version: { command: interpreter, args: ['-c', 'echo "$BASH_VERSION"'] },
    }
    const samples = [{ ...sample, runner }]
    const cache = createFileCache(path.join(folder, 'cache'))
    // Note: the copy lies in the temporary folder, which a sandbox replaces with its own.
    const options = { cache, sandbox: 'off' } as const

    const [cold] = await verifySamples(samples, options)
    expect([cold?.status, cold?.cached]).toEqual(['passed', false])
    expect(startsOf(interpreter)).toBe(1)

    const [warm] = await verifySamples(samples, options)
    expect([warm?.status, warm?.cached]).toEqual(['passed', true])
    expect(startsOf(interpreter)).toBe(1)

    // An upgrade writes a new file: a new modification time.
    await utimes(interpreter, new Date('2030-01-01'), new Date('2030-01-01'))
    const [upgraded] = await verifySamples(samples, options)
    expect([upgraded?.status, upgraded?.cached]).toEqual(['passed', false])
    expect(startsOf(interpreter)).toBe(2)
  })
})

describe('interpreterStamp', () => {
  /** A pyenv root with two versions (copies of bash stand in for their pythons) and a shim. */
  async function pyenvRoot(): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'postdeck-pyenv-'))
    for (const version of ['3.11.7', '3.12.1']) {
      await mkdir(path.join(root, 'versions', version, 'bin'), { recursive: true })
      const binary = path.join(root, 'versions', version, 'bin', 'python3.x')
      await copyFile(bash ?? 'bash', binary)
      await symlink(binary, path.join(root, 'versions', version, 'bin', 'python3'))
    }
    await mkdir(path.join(root, 'shims'))
    await writeFile(
      path.join(root, 'shims', 'python3'),
      `#!/usr/bin/env bash\nexec "${root}/libexec/pyenv" exec "\${0##*/}" "$@"\n`,
      { mode: 0o755 },
    )
    return root
  }

  it('tells interpreters apart by their files, starting none', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-stamp-'))
    const interpreter = path.join(folder, 'bash')
    await copyFile(bash ?? 'bash', interpreter)
    const first = interpreterStamp(interpreter)
    expect(first).toMatchObject({ found: true, executable: interpreter })
    expect(interpreterStamp(interpreter)).toEqual(first)
    await utimes(interpreter, new Date('2030-01-01'), new Date('2030-01-01'))
    expect(interpreterStamp(interpreter)).not.toEqual(first)
    expect(interpreterStamp(path.join(folder, 'missing'))).toEqual({ found: false })
    expect(startsOf(interpreter)).toBe(0)
  })

  it('follows a pyenv shim to the version that pyenv would choose', async () => {
    const root = await pyenvRoot()
    const shim = path.join(root, 'shims', 'python3')
    await writeFile(path.join(root, 'version'), '# global\n3.11.7\n')
    const global = interpreterStamp(shim)
    expect(global.found && global.executable).toBe(
      path.join(root, 'versions', '3.11.7', 'bin', 'python3'),
    )
    vi.stubEnv('PYENV_VERSION', '3.12.1')
    try {
      const chosen = interpreterStamp(shim)
      expect(chosen.found && chosen.executable).toBe(
        path.join(root, 'versions', '3.12.1', 'bin', 'python3'),
      )
      expect(chosen.found && chosen.key).not.toBe(global.found && global.key)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('leaves to running a launcher it cannot follow', async () => {
    const root = await pyenvRoot()
    const shim = path.join(root, 'shims', 'python3')
    const unknown = { found: true, key: undefined, executable: undefined }
    // `system`: the next python3 on PATH, as pyenv finds it.
    await writeFile(path.join(root, 'version'), 'system\n')
    expect(interpreterStamp(shim)).toEqual(unknown)
    // Several versions, searched in turn.
    await writeFile(path.join(root, 'version'), '3.12.1\n3.11.7\n')
    expect(interpreterStamp(shim)).toEqual(unknown)
    // A plugin's hook may run another command.
    await writeFile(path.join(root, 'version'), '3.12.1\n')
    await mkdir(path.join(root, 'plugins', 'other', 'etc', 'pyenv.d', 'exec'), { recursive: true })
    await writeFile(path.join(root, 'plugins', 'other', 'etc', 'pyenv.d', 'exec', 'swap.bash'), '')
    expect(interpreterStamp(shim)).toEqual(unknown)
    // A script of another kind.
    const script = path.join(root, 'python-wrapper')
    await writeFile(script, '#!/bin/sh\nexec python3 "$@"\n', { mode: 0o755 })
    expect(interpreterStamp(script)).toEqual(unknown)
  })
  /** A version manager's data folder with two installed versions (copies of bash stand in for their pythons). */
  async function installs(): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'postdeck-manager-'))
    for (const version of ['3.11.7', '3.12.1']) {
      await mkdir(path.join(root, 'installs', 'python', version, 'bin'), { recursive: true })
      await copyFile(
        bash ?? 'bash',
        path.join(root, 'installs', 'python', version, 'bin', 'python3'),
      )
    }
    await mkdir(path.join(root, 'shims'))
    return root
  }

  it('follows an asdf shim to the version asdf would choose, starting none', async () => {
    const root = await installs()
    const shim = path.join(root, 'shims', 'python3')
    await writeFile(
      shim,
      `#!/usr/bin/env bash\n# asdf-plugin: python 3.11.7\n# asdf-plugin: python 3.12.1\nexec ${root}/bin/asdf exec "python3" "$@"\n`,
      { mode: 0o755 },
    )
    vi.stubEnv('ASDF_PYTHON_VERSION', '3.12.1')
    try {
      const chosen = interpreterStamp(shim)
      expect(chosen.found && chosen.executable).toBe(
        path.join(root, 'installs', 'python', '3.12.1', 'bin', 'python3'),
      )
      vi.stubEnv('ASDF_PYTHON_VERSION', '3.11.7')
      const other = interpreterStamp(shim)
      expect(other.found && other.key).not.toBe(chosen.found && chosen.key)
      // A version the shim does not provide, or several: only asdf can tell.
      vi.stubEnv('ASDF_PYTHON_VERSION', '3.13.0')
      expect(interpreterStamp(shim)).toMatchObject({ found: true, key: undefined })
      vi.stubEnv('ASDF_PYTHON_VERSION', '3.12.1 3.11.7')
      expect(interpreterStamp(shim)).toMatchObject({ found: true, key: undefined })
    } finally {
      vi.unstubAllEnvs()
    }
    expect(startsOf(shim)).toBe(0)
  })

  it('follows a mise shim (a link to mise) to its version, and keys by that version', async () => {
    const root = await installs()
    const mise = path.join(root, 'mise')
    await copyFile(bash ?? 'bash', mise)
    const shim = path.join(root, 'shims', 'python3')
    await symlink(mise, shim)
    const home = await mkdtemp(path.join(tmpdir(), 'postdeck-home-'))
    vi.stubEnv('HOME', home)
    try {
      // No version chosen by files alone: the link is not taken for the interpreter.
      expect(interpreterStamp(shim)).toMatchObject({ found: true, key: undefined })
      await writeFile(path.join(home, '.tool-versions'), 'nodejs 20.1.0\npython 3.11.7\n')
      const chosen = interpreterStamp(shim)
      expect(chosen.found && chosen.executable).toBe(
        path.join(root, 'installs', 'python', '3.11.7', 'bin', 'python3'),
      )
      // mise's own TOML config may choose another: only mise can tell.
      await mkdir(path.join(home, '.config', 'mise'), { recursive: true })
      await writeFile(
        path.join(home, '.config', 'mise', 'config.toml'),
        '[tools]\npython = "3.12"\n',
      )
      expect(interpreterStamp(shim)).toMatchObject({ found: true, key: undefined })
    } finally {
      vi.unstubAllEnvs()
    }
    expect(startsOf(shim) + startsOf(mise)).toBe(0)
  })

  it('follows a plain symbolic link (`/usr/bin/python3 -> python3.12`, a uv-managed python) by its target', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-link-'))
    const target = path.join(folder, 'python3.12')
    await copyFile(bash ?? 'bash', target)
    const link = path.join(folder, 'python3')
    await symlink(target, link)
    const stamp = interpreterStamp(link)
    expect(stamp).toMatchObject({ found: true, executable: link })
    expect(stamp.found && stamp.key).toContain(target)
    expect(startsOf(link) + startsOf(target)).toBe(0)
  })
})
