import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createOutputUpdater } from '../../src/write/update-output.js'
import { outputMarker } from '../../src/write/write-output.js'

async function folders() {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-update-'))
  const source = path.join(folder, 'image.gif')
  await writeFile(source, 'GIF one')
  return { out: path.join(folder, 'out'), source }
}

describe('createOutputUpdater', () => {
  it('writes everything first, then only what changed, and removes what is gone', async () => {
    const { out, source } = await folders()
    const updater = createOutputUpdater(out)
    const first = await updater.update([
      { path: 'index.html', contents: 'home' },
      { path: 'posts/a/index.html', contents: 'a' },
      { path: 'posts/b/index.html', contents: 'b' },
      { path: 'posts/b/image.gif', copyFrom: source },
    ])
    expect(first.sort()).toEqual([
      'index.html',
      'posts/a/index.html',
      'posts/b/image.gif',
      'posts/b/index.html',
    ])
    expect(await readdir(out)).toContain(outputMarker)
    const untouched = (await stat(path.join(out, 'posts', 'a', 'index.html'))).mtimeMs

    await writeFile(source, 'GIF two')
    const second = await updater.update(
      [
        { path: 'index.html', contents: 'home, changed' },
        { path: 'posts/a/index.html', contents: 'a' },
        { path: 'posts/b/image.gif', copyFrom: source },
      ],
      new Set([source]),
    )
    expect(second.sort()).toEqual(['index.html', 'posts/b/image.gif', 'posts/b/index.html'])
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('home, changed')
    expect(await readFile(path.join(out, 'posts', 'b', 'image.gif'), 'utf8')).toBe('GIF two')
    expect(await readdir(path.join(out, 'posts', 'b'))).toEqual(['image.gif'])
    expect((await stat(path.join(out, 'posts', 'a', 'index.html'))).mtimeMs).toBe(untouched)

    const third = await updater.update([{ path: 'index.html', contents: 'home, changed' }])
    expect(third.sort()).toEqual(['posts/a/index.html', 'posts/b/image.gif'])
    expect((await readdir(out)).sort()).toEqual([outputMarker, 'index.html'])
  })
})
