import { readFile, stat } from 'node:fs/promises'
import { contentDigest } from '../content/content-digest.js'

/**
 * Files up to this size are told apart by a digest of their bytes too: a
 * post, a template or a config file written twice within one tick of the
 * file system's clock, at the same size, keeps its size and times.
 * A larger file (an image, say) is told apart by its size and times only.
 */
const digestLimit = 1024 * 1024

/** A second look, a while later, at files passed on as changed. */
export interface FileRechecks {
  /**
   * Note what `files` are now, before anything reads them, and look at them
   * again after the delay; a file noted again is looked at after the delay
   * from then. Resolves once they are noted.
   */
  note(files: Iterable<string>): Promise<void>
  /** Drop the looks not yet taken. */
  close(): void
}

/** How a file differs from what was noted of it. */
export type FileDifference = 'add' | 'change' | 'unlink'

/**
 * Look again at each noted file `delayMs` after it was noted, and call
 * `onDiffer` for each that is not what it was then (as chokidar tells of an
 * event: its name, then the file): a change that no event told of. Does not
 * look a third time by itself: what `onDiffer` passes on is noted again,
 * like any change.
 */
export function recheckFiles(
  delayMs: number,
  onDiffer: (difference: FileDifference, file: string) => void,
): FileRechecks {
  /** Each file waiting for its second look: what it was when noted, and the timer of the look. */
  const noted = new Map<string, { state: string | undefined; timer: NodeJS.Timeout }>()
  let closed = false
  const look = async (file: string) => {
    const entry = noted.get(file)
    if (!entry) return
    const state = await fileState(file)
    // Note: a file noted again meanwhile has a look of its own to come.
    if (closed || noted.get(file) !== entry) return
    noted.delete(file)
    if (state === entry.state) return
    onDiffer(entry.state === undefined ? 'add' : state === undefined ? 'unlink' : 'change', file)
  }
  return {
    async note(files) {
      const states = await Promise.all(
        [...files].map(async (file) => ({ file, state: await fileState(file) })),
      )
      if (closed) return
      for (const { file, state } of states) {
        clearTimeout(noted.get(file)?.timer)
        noted.set(file, { state, timer: setTimeout(() => void look(file), delayMs) })
      }
    },
    close() {
      closed = true
      for (const { timer } of noted.values()) clearTimeout(timer)
      noted.clear()
    },
  }
}

/**
 * What a file is now, as a string that changes whenever it does: its inode,
 * size, modification and change times and, up to `digestLimit`, the digest
 * of its bytes. `undefined` when it is not a file that can be read (gone, or
 * a folder).
 */
export async function fileState(file: string): Promise<string | undefined> {
  try {
    const stats = await stat(file, { bigint: true })
    if (!stats.isFile()) return undefined
    const stamp = `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`
    if (stats.size > digestLimit) return stamp
    return `${stamp}:${contentDigest(await readFile(file))}`
  } catch {
    return undefined
  }
}
