import { mkdtemp, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { waitWhileEmptied } from '../../src/dev/emptied-files.js'

async function folderWith(files: Record<string, string>) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-emptied-'))
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text)
  return folder
}

describe('waiting while a file is emptied', () => {
  it('does not wait for files that hold text, are gone or are folders', async () => {
    const folder = await folderWith({ 'a.md': 'one\n' })
    const started = performance.now()
    await waitWhileEmptied([path.join(folder, 'a.md'), path.join(folder, 'gone.md'), folder], 5_000)
    expect(performance.now() - started).toBeLessThan(1_000)
  })

  it('waits for an emptied file until it is written', async () => {
    const folder = await folderWith({ 'a.md': '' })
    const file = path.join(folder, 'a.md')
    let done = false
    // Whether the wait had ended while the file was still empty, read just before it is written:
    // once written, the next look at it may end the wait before this test's own code runs again.
    let doneWhileEmpty: boolean | undefined
    const written = sleep(100).then(() => {
      doneWhileEmpty = done
      return writeFile(file, 'two\n')
    })
    const waited = waitWhileEmptied([file], 5_000).then(() => {
      done = true
    })
    await Promise.all([written, waited])
    expect(doneWhileEmpty).toBe(false)
    expect(done).toBe(true)
  })

  it('gives up on a file left empty once the time is up', async () => {
    const folder = await folderWith({ 'a.md': 'one\n' })
    const file = path.join(folder, 'a.md')
    await truncate(file)
    const started = performance.now()
    await waitWhileEmptied([file], 100)
    expect(performance.now() - started).toBeGreaterThanOrEqual(99)
  })
})
