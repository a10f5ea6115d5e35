import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { outputMarker, writeOutput } from '../../src/write/write-output.js'

let parent: string
let out: string

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'postdeck-write-'))
  out = path.join(parent, 'dist')
  await mkdir(path.join(out, 'old'), { recursive: true })
  await writeFile(path.join(out, 'old', 'page.html'), 'previous build')
  await writeFile(path.join(out, outputMarker), '')
})

describe('writeOutput', () => {
  it('replaces the output folder with exactly the new files', async () => {
    await writeOutput(out, [
      { path: 'index.html', contents: 'new' },
      { path: 'posts/异步/index.html', contents: 'page' },
    ])
    expect(await readFile(path.join(out, 'posts', '异步', 'index.html'), 'utf8')).toBe('page')
    expect((await readdir(out)).sort()).toEqual([outputMarker, 'index.html', 'posts'])
    expect(await readdir(parent)).toEqual(['dist'])
  })

  it('leaves the previous output as it was, and no staging folder, when a file fails', async () => {
    const failing = writeOutput(out, [
      { path: 'index.html', contents: 'new' },
      { path: 'assets/missing.css', copyFrom: path.join(parent, 'no-such-file.css') },
    ])
    await expect(failing).rejects.toThrow(/ENOENT/)
    expect(await readFile(path.join(out, 'old', 'page.html'), 'utf8')).toBe('previous build')
    expect(await readdir(parent)).toEqual(['dist'])
  })

  it('leaves the previous output as it was when aborted', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(
      writeOutput(out, [{ path: 'index.html', contents: 'new' }], { signal: controller.signal }),
    ).rejects.toThrow()
    expect((await readdir(out)).sort()).toEqual([outputMarker, 'old'])
    expect(await readdir(parent)).toEqual(['dist'])
  })

  it('removes staging folders left by a build that was killed', async () => {
    const abandoned = path.join(parent, '.dist.staging-999999999-abc')
    await mkdir(abandoned)
    await writeOutput(out, [{ path: 'index.html', contents: 'new' }])
    expect(await readdir(parent)).toEqual(['dist'])
  })

  it('never replaces a folder it did not make', async () => {
    const project = path.join(parent, 'project')
    await mkdir(path.join(project, 'content'), { recursive: true })
    await writeFile(path.join(project, 'precious.txt'), 'keep me')
    await expect(writeOutput(project, [{ path: 'index.html', contents: 'x' }])).rejects.toThrow(
      /was not made by postdeck/,
    )
    expect((await readdir(project)).sort()).toEqual(['content', 'precious.txt'])
  })

  it('refuses a file path that leaves the output folder', async () => {
    await expect(writeOutput(out, [{ path: '../escape.html', contents: 'x' }])).rejects.toThrow(
      /leaves the output folder/,
    )
    expect(await readdir(parent)).toEqual(['dist'])
  })
})
