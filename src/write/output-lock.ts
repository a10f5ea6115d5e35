import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DiskError, diskError, isRunning, OutputError } from './write-output.js'

/** Output folders this process is building into. */
const held = new Set<string>()

/**
 * Take the lock of the output folder `outDir` for one build, or fail at once
 * with an `OutputError` naming the build that holds it; the lock of a build
 * that was killed outright is taken over. Returns the function that lets it
 * go. The lock is a file beside the folder, `.<name>.lock`, holding the
 * process id.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  const target = path.resolve(outDir)
  const lock = path.join(path.dirname(target), `.${path.basename(target)}.lock`)
  const busy = (pid: number) =>
    new OutputError(
      `Another build (process ${pid}) is writing \`${target}\`: wait for it to finish, or choose another \`--out\``,
    )
  if (held.has(target)) throw busy(process.pid)
  held.add(target)
  try {
    await mkdir(path.dirname(target), { recursive: true })
    for (let attempt = 0; ; attempt++) {
      try {
        await writeFile(lock, `${process.pid}\n`, { flag: 'wx' })
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error
        const pid = Number((await readFile(lock, 'utf8').catch(() => '')).trim())
        if (pid && pid !== process.pid && isRunning(pid)) throw busy(pid)
        await rm(lock, { force: true })
      }
    }
  } catch (error) {
    held.delete(target)
    if (error instanceof OutputError || error instanceof DiskError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code === 'string') throw diskError(error as NodeJS.ErrnoException, lock)
    throw error
  }
  return async () => {
    held.delete(target)
    await rm(lock, { force: true })
  }
}
