import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type FileRechecks, fileState, recheckFiles } from '../../src/dev/recheck-files.js'

let rechecks: FileRechecks | undefined

afterEach(() => {
  rechecks?.close()
  rechecks = undefined
})

/** A folder with the file `a.md` holding `text`, and rechecks after 50 ms that record what they tell. */
async function noting(text: string) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-recheck-'))
  const file = path.join(folder, 'a.md')
  await writeFile(file, text)
  const told: string[] = []
  rechecks = recheckFiles(50, (difference, changed) => {
    told.push(`${difference} ${path.basename(changed)}`)
  })
  return { folder, file, told, rechecks }
}

describe('looking again at changed files', () => {
  it('tells of a file written after it was noted', async () => {
    const { file, told, rechecks } = await noting('one\n')
    await rechecks.note([file])
    await writeFile(file, 'two\n')
    await expect.poll(() => told).toEqual(['change a.md'])
  })

  it('tells of each change that follows a note, however many times', async () => {
    const { file, told, rechecks } = await noting('one\n')
    for (const text of ['two\n', 'three\n', 'four\n']) {
      await rechecks.note([file])
      await writeFile(file, text)
      await expect.poll(() => told.length).toBeGreaterThan(0)
      expect(told.splice(0)).toEqual(['change a.md'])
    }
  })

  it('says nothing of a file left as it was, or noted again after its change', async () => {
    const { folder, file, told, rechecks } = await noting('one\n')
    const other = path.join(folder, 'b.md')
    await writeFile(other, 'one\n')
    await rechecks.note([file, other])
    await writeFile(other, 'two\n')
    await rechecks.note([other])
    await sleep(200)
    expect(told).toEqual([])
  })

  it('tells of a file that came or went', async () => {
    const { folder, file, told, rechecks } = await noting('one\n')
    const coming = path.join(folder, 'b.md')
    await rechecks.note([file, coming])
    await rm(file)
    await writeFile(coming, 'new\n')
    await expect.poll(() => told.toSorted()).toEqual(['add b.md', 'unlink a.md'])
  })

  it('takes no look once closed', async () => {
    const { file, told, rechecks } = await noting('one\n')
    await rechecks.note([file])
    rechecks.close()
    await writeFile(file, 'two\n')
    await sleep(200)
    expect(told).toEqual([])
  })

  it('tells a file apart by its bytes, not only its size', async () => {
    const { file } = await noting('two\n')
    const before = await fileState(file)
    await writeFile(file, 'six\n')
    expect(await fileState(file)).not.toBe(before)
    expect(await fileState(path.dirname(file))).toBeUndefined()
  })
})
