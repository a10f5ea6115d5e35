import { randomBytes } from 'node:crypto'
import { renameSync, rmSync, statSync } from 'node:fs'
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import escapeStringRegexp from 'escape-string-regexp'
import type { OutputFile } from './output-file.js'

/** Options of `writeOutput`. */
export interface WriteOptions {
  /** Aborting stops the write; the output folder is then left as it was. */
  signal?: AbortSignal | undefined
  /** Last work on the complete staging folder before it is swapped in; a failure keeps the previous output. */
  beforeSwap?: ((staging: string) => Promise<void>) | undefined
}

const batchSize = 64

/** A file every output folder holds, so postdeck never replaces a folder it did not make. */
export const outputMarker = '.postdeck-output'

/** The output folder is not one postdeck may replace, or another build is writing it. */
export class OutputError extends Error {
  override name = 'OutputError'
}

/** The disk refused to write the output (read-only, full, no permission): its code and path are in the message. */
export class DiskError extends Error {
  override name = 'DiskError'
}

/**
 * Replace the folder `outDir` with exactly `files`, atomically: everything is
 * written to a staging folder beside it, which is swapped in at the end. A
 * failed or aborted write leaves the previous folder untouched and removes
 * the staging folder. A folder that exists, is not empty and was not made by
 * postdeck is never replaced (`OutputError`).
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
  { signal, beforeSwap }: WriteOptions = {},
): Promise<void> {
  const target = path.resolve(outDir)
  const parent = path.dirname(target)
  const name = path.basename(target)
  await assertReplaceable(target)
  // Note: not mkdtemp, whose folder is private (0700): the output is as readable as the umask says.
  const staging = path.join(
    parent,
    `.${name}.staging-${process.pid}-${randomBytes(6).toString('hex')}`,
  )
  let made = false
  try {
    await mkdir(parent, { recursive: true })
    await removeAbandoned(parent, name)
    await mkdir(staging)
    made = true
    const destinations = files.map((file) => outputPath(staging, file.path))
    await makeFolders(staging, destinations)
    for (let start = 0; start < files.length; start += batchSize) {
      signal?.throwIfAborted()
      await Promise.all(
        files
          .slice(start, start + batchSize)
          .map((file, index) => writeOne(file, destinations[start + index] ?? '')),
      )
    }
    await writeFile(
      path.join(staging, outputMarker),
      'Made by postdeck; replaced whole by each build.\n',
    )
    await beforeSwap?.(staging)
    signal?.throwIfAborted()
    swapIn(staging, target)
  } catch (error) {
    if (made) await rm(staging, { recursive: true, force: true }).catch(() => {})
    if (signal?.aborted || error instanceof OutputError || !isFileSystemError(error)) throw error
    throw diskError(error, target)
  }
}

async function writeOne(file: OutputFile, destination: string): Promise<void> {
  if ('copyFrom' in file) await copyFile(file.copyFrom, destination)
  else await writeFile(destination, file.contents)
}

/**
 * Make the folders that `files` go in, each once and its parent first.
 *
 * Note: a thousand posts have a thousand folders; making one per file, and
 * each with `recursive`, was a fifth of the time spent writing.
 */
async function makeFolders(root: string, files: readonly string[]): Promise<void> {
  const folders = new Set<string>()
  for (const file of files) {
    for (let folder = path.dirname(file); folder !== root; folder = path.dirname(folder)) {
      if (folders.has(folder)) break
      folders.add(folder)
    }
  }
  const depth = (folder: string) => folder.split(path.sep).length
  const sorted = [...folders].sort((a, b) => depth(a) - depth(b))
  for (let start = 0; start < sorted.length; ) {
    const level = depth(sorted[start] ?? '')
    let end = start
    while (end < sorted.length && depth(sorted[end] ?? '') === level) end++
    await Promise.all(sorted.slice(start, end).map((folder) => mkdir(folder)))
    start = end
  }
}

/** Where the output file at `relative` (`/` separators) goes in `folder`; never outside it. */
export function outputPath(folder: string, relative: string): string {
  const destination = path.join(folder, ...relative.split('/'))
  if (!destination.startsWith(folder + path.sep)) {
    throw new OutputError(`Output path \`${relative}\` leaves the output folder`)
  }
  return destination
}

/**
 * Put `staging` in the place of `target`.
 *
 * Note: synchronous on purpose, so that no signal handler can run between
 * the two renames; the old folder is removed only once the new one is in.
 */
function swapIn(staging: string, target: string): void {
  const exists = statSync(target, { throwIfNoEntry: false })
  if (exists && !exists.isDirectory()) {
    throw new Error(`Output \`${target}\` exists and is not a folder`)
  }
  if (!exists) {
    renameSync(staging, target)
    return
  }
  const retired = path.join(
    path.dirname(staging),
    path.basename(staging).replace('.staging-', '.old-'),
  )
  renameSync(target, retired)
  renameSync(staging, target)
  rmSync(retired, { recursive: true, force: true })
}

async function assertReplaceable(target: string): Promise<void> {
  const stats = await stat(target).catch(() => undefined)
  if (!stats) return
  if (!stats.isDirectory()) throw new OutputError(`Output \`${target}\` exists and is not a folder`)
  const entries = await readdir(target)
  if (entries.length > 0 && !entries.includes(outputMarker)) {
    throw new OutputError(
      `Output folder \`${target}\` was not made by postdeck and is not empty: choose another \`--out\` or remove it`,
    )
  }
}

/** Remove staging and retired folders left by builds that were killed outright. */
async function removeAbandoned(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeStringRegexp(name)}\\.(?:staging|old)-(\\d+)-`)
  for (const entry of await readdir(parent)) {
    const pid = Number(pattern.exec(entry)?.[1])
    if (pid && !isRunning(pid)) await rm(path.join(parent, entry), { recursive: true, force: true })
  }
}

/** Whether the process `pid` is alive. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** A `DiskError` naming the error code and the path the disk refused. */
export function diskError(error: NodeJS.ErrnoException, target: string): DiskError {
  const place = error.path ?? target
  const reason = error.code ? `${error.code} (${describe(error)})` : error.message
  return new DiskError(`Could not write \`${place}\`: ${reason}`, { cause: error })
}

function describe(error: NodeJS.ErrnoException): string {
  // Node's message is `CODE: description, syscall 'path'`; the description alone reads best.
  return /^[A-Z]+: ([^,]+)/.exec(error.message)?.[1] ?? error.message
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}
