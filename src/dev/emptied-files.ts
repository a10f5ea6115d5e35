import { stat } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

/** How often an emptied file is looked at while it is waited for. */
const pollMs = 10

/**
 * Wait while any of `files` is an empty file, for at most `limitMs`:
 * resolves as soon as none is (written, gone or never empty), or when the
 * time is up with the ones still empty.
 *
 * Note: saving a file often empties it, then writes it. Read in between, a
 * post has no front matter, and every open page turns into the error page
 * and back. Vite waits the same way when it reads a changed file empty
 * (vitejs/vite#610, up to 100 ms); on a busy machine the write can come
 * later than that. A file left empty on purpose is passed on late by the
 * limit, once.
 */
export async function waitWhileEmptied(files: Iterable<string>, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs
  let emptied = [...files]
  for (;;) {
    const sizes = await Promise.all(
      emptied.map((file) =>
        stat(file).then(
          (stats) => (stats.isFile() ? stats.size : -1),
          () => -1,
        ),
      ),
    )
    emptied = emptied.filter((_, index) => sizes[index] === 0)
    if (emptied.length === 0 || performance.now() >= deadline) return
    await sleep(pollMs)
  }
}
