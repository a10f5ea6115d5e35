import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { sandboxSupport } from '../../src/verify/run/sandbox.js'
import { inTemporaryFolder } from '../../src/verify/run/temporary-folder.js'
import { runCli } from '../cli/run-cli.js'

const repository = path.join(import.meta.dirname, '..', '..')
const bin = path.join(repository, 'src', 'cli', 'bin.ts')
const tsx = pathToFileURL(path.join(repository, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-output-safety-'))
  await mkdir(path.join(folder, 'content', 'posts'), { recursive: true })
  await writeFile(
    path.join(folder, 'content', 'posts', 'post.md'),
    '---\ntitle: 一篇\npublished: 2026-02-07\n---\n\n正文。\n',
  )
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** Run the CLI from source in a child process, under `prefix` (a shell or bwrap command). */
function runCliProcess(prefix: string[], args: string[]) {
  const result = spawnSync(
    prefix[0] ?? process.execPath,
    [...prefix.slice(1), process.execPath, '--import', tsx, bin, ...args],
    { cwd: folder, encoding: 'utf8', timeout: 60_000 },
  )
  return { code: result.status, stderr: result.stderr }
}

describe('one build at a time per output folder', () => {
  it('fails the second of two builds into one folder at once, with a message', async () => {
    const options = { paths: [path.join(folder, 'content')], verify: false }
    const out = path.join(folder, 'dist')
    const results = await Promise.allSettled([
      build({ ...options, outDir: out }),
      build({ ...options, outDir: out }),
    ])
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected'])
    const failed = results.find((result) => result.status === 'rejected')
    expect(String(failed?.reason)).toMatch(/Another build \(process \d+\) is writing `.+dist`/)
    // The lock is let go: the next build runs.
    await build({ ...options, outDir: out })
    expect((await readdir(folder)).sort()).toEqual(['content', 'dist'])
  })

  it('takes over the lock of a build that was killed outright', async () => {
    await writeFile(path.join(folder, '.dist.lock'), '999999999\n')
    const { code } = await runCli(['build', 'content', '--no-verify'], folder)
    expect(code).toBe(0)
    expect(existsSync(path.join(folder, '.dist.lock'))).toBe(false)
  })

  it('exits 2 naming the process while another build holds the folder', async () => {
    await writeFile(path.join(folder, '.dist.lock'), `${process.ppid}\n`)
    const { code, stderr } = await runCli(['build', 'content', '--no-verify'], folder)
    expect(code).toBe(2)
    expect(stderr).toContain(`Another build (process ${process.ppid}) is writing`)
  })
})

describe('output readable as the umask says', () => {
  // Note: 027, not the usual 022, so a private 0700 folder and a fixed 0755 both fail it.
  it.each([['027', 0o750, 0o640]])('with umask %s', async (umask, folderMode, fileMode) => {
    const { code } = runCliProcess(
      ['/bin/sh', '-c', `umask ${umask} && exec "$@"`, 'sh'],
      ['build', 'content', '--no-verify'],
    )
    expect(code).toBe(0)
    expect((await stat(path.join(folder, 'dist'))).mode & 0o777).toBe(folderMode)
    expect((await stat(path.join(folder, 'dist', 'index.html'))).mode & 0o777).toBe(fileMode)
  })
})

// Note: a full or read-only file system is made with bubblewrap, as the sandbox is.
describe.runIf(sandboxSupport().available)('a disk that refuses the output', () => {
  const namespace = process.getuid?.() === 0 ? [] : ['--unshare-user']
  const site = () => path.join(folder, 'site')

  it('exits 1 naming the error code and the path when the disk is full', async () => {
    await mkdir(site())
    await cp(path.join(repository, 'content'), path.join(folder, 'content'), { recursive: true })
    const { code, stderr } = runCliProcess(
      ['bwrap', ...namespace, '--dev-bind', '/', '/', '--size', '65536', '--tmpfs', site()],
      ['build', 'content', '--no-verify', '--out', 'site/dist'],
    )
    expect(stderr).toMatch(/^Could not write `\/.+`: ENOSPC \(no space left on device\)$/m)
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(code).toBe(1)
  })

  it('exits 1 naming the error code and the path when the disk is read-only', async () => {
    await mkdir(site())
    const { code, stderr } = runCliProcess(
      ['bwrap', ...namespace, '--dev-bind', '/', '/', '--ro-bind', site(), site()],
      ['build', 'content', '--no-verify', '--out', 'site/dist'],
    )
    expect(stderr).toMatch(/^Could not write `.+site.*`: EROFS \(read-only file system\)$/m)
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(code).toBe(1)
  })
})

describe('a sample that leaves a read-only folder behind', () => {
  it('does not stop its temporary folder from being removed', async () => {
    let used = ''
    await inTemporaryFolder(async (temporary) => {
      used = temporary
      await mkdir(path.join(temporary, 'locked', 'inner'), { recursive: true })
      await writeFile(path.join(temporary, 'locked', 'inner', 'file'), 'x')
      spawnSync('chmod', ['-R', 'a-w', path.join(temporary, 'locked')])
    })
    expect(existsSync(used)).toBe(false)
  })
})
