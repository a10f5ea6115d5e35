import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, describe, expect, it } from 'vitest'
import { type InputWatcher, watchInputs } from '../../src/dev/watch-inputs.js'

let watcher: InputWatcher | undefined

afterEach(async () => {
  await watcher?.close()
  watcher = undefined
})

/**
 * Watch a folder of one post and read the post at each batch of changes, as
 * a rebuild does; `then` is called with what was read, at once.
 */
async function watchPost(text: string, then: (read: string, post: string) => void) {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-watch-'))
  const posts = path.join(folder, 'content', 'posts')
  await mkdir(posts, { recursive: true })
  // Note: every folder watched is there, or chokidar says it is ready before it is.
  await mkdir(path.join(folder, 'templates'))
  const post = path.join(posts, 'a.md')
  await writeFile(post, text)
  /** What each batch read of the post. */
  const seen: string[] = []
  watcher = await watchInputs(
    {
      paths: [path.join(folder, 'content')],
      templatesFolder: path.join(folder, 'templates'),
      configFolder: folder,
    },
    (changes) => {
      if (!changes.files.has(post)) return
      const read = readFileSync(post, 'utf8')
      seen.push(read)
      then(read, post)
    },
  )
  return { post, seen }
}

describe('watching the inputs', () => {
  it('passes on the write that follows a truncation, however late', async () => {
    let file: number | undefined
    const { post, seen } = await watchPost('one\n', (read) => {
      // The write lands just after the emptied file was read.
      if (read !== '' || file === undefined) return
      writeSync(file, 'two\n')
      closeSync(file)
      file = undefined
    })
    // An editor saving: the file is emptied, then written.
    file = openSync(post, 'w')
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe('two\n')
    expect(seen[0]).toBe('')
  })

  it('passes on a save that follows another closely', async () => {
    const { post, seen } = await watchPost('one\n', (read, post) => {
      // Saved again as soon as the first save is read.
      if (read === 'two\n') writeFileSync(post, 'three\n')
    })
    await writeFile(post, 'two\n')
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe('three\n')
  })

  it('passes on a save of the same size that follows another closely', async () => {
    const { post, seen } = await watchPost('one\n', (read, post) => {
      // Same size, and likely the same modification time: only the bytes differ.
      if (read === 'two\n') writeFileSync(post, 'six\n')
    })
    await writeFile(post, 'two\n')
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe('six\n')
  })

  it('passes a change on at once, without waiting for its file to hold still', async () => {
    const { post, seen } = await watchPost('one\n', () => {})
    // A file written a line at a time, for longer than any wait for it to hold still.
    let text = ''
    let writing = true
    const written = (async () => {
      for (let line = 0; line < 40; line++) {
        text += `line ${line}\n`
        await writeFile(post, text)
        await sleep(20)
      }
      writing = false
    })()
    await expect.poll(() => seen.length, { timeout: 5_000 }).toBeGreaterThan(0)
    expect(writing).toBe(true)
    await written
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe(text)
  })

  it('waits for an emptied file to be written before passing it on', async () => {
    const { post, seen } = await watchPost('one\n', () => {})
    // An editor saving on a busy machine: the write comes well after the truncation.
    const file = openSync(post, 'w')
    await sleep(200)
    writeSync(file, 'two\n')
    closeSync(file)
    await expect.poll(() => seen.at(-1), { timeout: 5_000 }).toBe('two\n')
    expect(seen).not.toContain('')
  })
})
