import { copyFile, mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { OutputFile } from './output-file.js'
import { outputPath, writeOutput } from './write-output.js'

/** Keeps an output folder equal to the latest build, rewriting only the files that changed. */
export interface OutputUpdater {
  /**
   * Make the folder hold exactly `files`. The first call replaces the folder
   * whole, as `writeOutput` does; later ones write the files whose contents
   * changed, or whose source is in `changedSources`, and remove the files no
   * longer there. Returns the paths written or removed.
   */
  update(
    files: readonly OutputFile[],
    changedSources?: ReadonlySet<string> | undefined,
  ): Promise<string[]>
}

/**
 * An updater of `outDir`, for `postdeck dev`. Each file is written beside
 * its place and renamed into it, so a browser never reads half a page.
 *
 * Note: it remembers what it wrote, and does not notice changes made to the
 * folder by anyone else.
 */
export function createOutputUpdater(outDir: string): OutputUpdater {
  const target = path.resolve(outDir)
  let written: Map<string, OutputFile> | undefined
  return {
    async update(files, changedSources = new Set()) {
      const next = new Map(files.map((file) => [file.path, file]))
      if (!written) {
        await writeOutput(target, files)
        written = next
        return [...next.keys()]
      }
      const previous = written
      const changed = files.filter((file) => {
        const before = previous.get(file.path)
        return (
          !before ||
          !sameFile(before, file) ||
          ('copyFrom' in file && changedSources.has(file.copyFrom))
        )
      })
      const removed = [...previous.keys()].filter((file) => !next.has(file))
      await Promise.all(changed.map((file) => replaceFile(target, file)))
      await Promise.all(removed.map((file) => removeFile(target, file)))
      written = next
      return [...changed.map((file) => file.path), ...removed]
    },
  }
}

function sameFile(a: OutputFile, b: OutputFile): boolean {
  if ('copyFrom' in a || 'copyFrom' in b) {
    return 'copyFrom' in a && 'copyFrom' in b && a.copyFrom === b.copyFrom
  }
  if (typeof a.contents === 'string' || typeof b.contents === 'string') {
    return a.contents === b.contents
  }
  return Buffer.from(a.contents).equals(b.contents)
}

async function replaceFile(folder: string, file: OutputFile): Promise<void> {
  const destination = outputPath(folder, file.path)
  const temporary = `${destination}.${process.pid}.tmp`
  await mkdir(path.dirname(destination), { recursive: true })
  if ('copyFrom' in file) await copyFile(file.copyFrom, temporary)
  else await writeFile(temporary, file.contents)
  await rename(temporary, destination)
}

/** Remove a file, and the folders it leaves empty. */
async function removeFile(folder: string, relative: string): Promise<void> {
  let current = outputPath(folder, relative)
  await rm(current, { force: true })
  for (;;) {
    current = path.dirname(current)
    if (current === folder || !current.startsWith(folder)) return
    const removed = await rmdir(current).then(
      () => true,
      () => false,
    )
    if (!removed) return
  }
}
