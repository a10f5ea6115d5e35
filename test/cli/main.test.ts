import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { runCli } from './run-cli.js'

const repository = path.join(import.meta.dirname, '..', '..')
const fixtures = path.join(repository, 'test', 'fixtures')

const run = runCli

async function workspace() {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-cli-'))
  await cp(path.join(repository, 'content'), path.join(folder, 'content'), { recursive: true })
  return folder
}

describe('postdeck build', () => {
  it('builds content/ into dist/ and exits 0 with a summary', async () => {
    const folder = await workspace()
    const { code, stderr } = await run(
      ['build', path.join(folder, 'content'), '--out', path.join(folder, 'dist')],
      folder,
    )
    expect(code).toBe(0)
    expect(stderr).toMatch(/^Built 1 post \(7 pages, 6 samples verified\) into .+ in \d+\.\d\d s$/m)
    const page = await readFile(
      path.join(folder, 'dist', 'posts', 'asyncio-异步编程', 'index.html'),
      'utf8',
    )
    expect(page.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(
      await readdir(path.join(folder, 'dist', 'posts', 'asyncio-异步编程', 'Resource')),
    ).toEqual(['20241031000654.webp'])
  })

  it('exits 1 with file:line:col messages and keeps the previous output on a content error', async () => {
    const folder = await workspace()
    const out = path.join(folder, 'dist')
    expect((await run(['build', path.join(folder, 'content'), '--out', out], folder)).code).toBe(0)
    const before = await readFile(path.join(out, 'index.html'), 'utf8')

    await writeFile(
      path.join(folder, 'content', 'posts', 'broken.md'),
      '---\ntitle: Broken\n---\n\n![x](./nope.png)\n',
    )
    const { code, stderr } = await run(
      ['build', path.join(folder, 'content'), '--out', out],
      folder,
    )
    expect(code).toBe(1)
    expect(stderr).toContain(
      `${path.join('content', 'posts', 'broken.md')}:1:1: error Front matter field \`published\` is required (front-matter-schema)`,
    )
    expect(stderr).toMatch(/Build failed: 1 error;/)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before)
    expect((await readdir(folder)).sort()).toEqual(['content', 'dist'])
  })

  it('leaves drafts out unless --drafts', async () => {
    const folder = await workspace()
    await writeFile(
      path.join(folder, 'content', 'posts', 'draft.md'),
      '---\ntitle: Unfinished\npublished: 2030-01-01\ndraft: true\n---\n\nSoon.\n',
    )
    const out = path.join(folder, 'dist')
    await run(['build', path.join(folder, 'content'), '--out', out], folder)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).not.toContain('Unfinished')
    await run(['build', path.join(folder, 'content'), '--out', out, '--drafts'], folder)
    const index = await readFile(path.join(out, 'index.html'), 'utf8')
    expect(index.indexOf('Unfinished')).toBeGreaterThan(-1)
    expect(index.indexOf('Unfinished')).toBeLessThan(index.indexOf('asyncio-异步编程'))
  })

  it('exits 130 and keeps the previous output when interrupted mid-build', async () => {
    const folder = await workspace()
    const out = path.join(folder, 'dist')
    await run(['build', path.join(folder, 'content'), '--out', out], folder)
    const before = await readFile(path.join(out, 'index.html'), 'utf8')
    const controller = new AbortController()
    const code = await main(
      ['build', path.join(folder, 'content'), '--out', out, '--force', '--verbose'],
      {
        stdout: () => {},
        // Interrupt as the first post starts rendering, as Ctrl-C would.
        stderr: (text) => {
          if (text.includes('Rendering')) controller.abort()
        },
        interactive: true,
        cwd: folder,
        signal: controller.signal,
      },
    )
    expect(code).toBe(130)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before)
    expect((await readdir(folder)).sort()).toEqual(['content', 'dist'])
  })

  it('refuses to replace a folder it did not make', async () => {
    const folder = await workspace()
    const { code, stderr } = await run(['build', 'content', '--out', '.'], folder)
    expect(code).toBe(2)
    expect(stderr).toMatch(/was not made by postdeck/)
    expect((await readdir(folder)).sort()).toEqual(['content'])
  })

  it('resolves paths against its working folder and reports duplicate slugs', async () => {
    const folder = await workspace()
    const posts = path.join(folder, 'content', 'posts')
    await mkdir(path.join(posts, 'hello'))
    const post = '---\ntitle: Hello\npublished: 2026-01-01\n---\n\nHi.\n'
    await writeFile(path.join(posts, 'hello.md'), post)
    await writeFile(path.join(posts, 'hello', 'index.md'), post)
    const { code, stderr } = await run(['build', 'content', '--out', 'dist'], folder)
    expect(code).toBe(1)
    expect(stderr).toContain(
      `${path.join('content', 'posts', 'hello', 'index.md')}:1:1: error Slug \`hello\` is taken by`,
    )
  })

  it('says clearly when no Chromium can print the decks, and keeps the previous output', async () => {
    const folder = await workspace()
    const previous = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = path.join(folder, 'no-such-chromium')
    try {
      const { code, stderr } = await run(
        ['build', 'content', '--out', 'dist', '--pdf', '--no-verify'],
        folder,
      )
      expect(code).toBe(2)
      expect(stderr).toContain('No Chromium found to print the decks')
      expect((await readdir(folder)).sort()).toEqual(['content'])
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = previous
    }
  })

  it('exits 2 on bad usage', async () => {
    expect((await run(['publish'], repository)).code).toBe(2)
    expect((await run(['build', '--colour'], repository)).code).toBe(2)
    expect((await run(['build', 'no/such/folder'], repository)).code).toBe(2)
    const help = await run(['--help'], repository)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('postdeck build [paths...] [options]')
  })

  it('accepts --no-verify', async () => {
    const folder = await workspace()
    const { code } = await run(
      ['build', path.join(folder, 'content'), '--out', path.join(folder, 'dist'), '--no-verify'],
      folder,
    )
    expect(code).toBe(0)
  })

  it('skips unchanged posts with the project cache, and renders all with --force', async () => {
    const folder = await workspace()
    await writeFile(path.join(folder, 'package.json'), '{"name": "blog", "private": true}\n')
    const args = ['build', 'content', '--no-verify']
    const first = await run(args, folder)
    expect(first.stderr).toMatch(/^Built 1 post \(7 pages\) into dist/m)
    const second = await run(args, folder)
    expect(second.stderr).toMatch(/^Built 1 post \(7 pages, 1 unchanged\) into dist/m)
    expect((await readdir(path.join(folder, 'node_modules', '.cache', 'postdeck'))).sort()).toEqual(
      ['build'],
    )
    const forced = await run([...args, '--force'], folder)
    expect(forced.stderr).toMatch(/^Built 1 post \(7 pages\) into dist/m)
    expect((await run([...args, '--threads', 'x'], folder)).code).toBe(2)
  })
})

describe('fixture messages', () => {
  it('formats messages as file:line:col: severity message (rule)', async () => {
    const { stderr } = await run(
      [
        'build',
        path.join(fixtures, 'missing-asset', 'input.md'),
        '--out',
        path.join(tmpdir(), 'postdeck-never'),
      ],
      fixtures,
    )
    // Note: where no sandbox can be made, its warning comes first.
    expect(stderr.split('\n').find((line) => !line.startsWith('Warning:'))).toBe(
      `${path.join('missing-asset', 'input.md')}:6:1: warning Asset \`./Resource/missing.webp\` does not exist: the link is left broken (asset-missing)`,
    )
  })
})
