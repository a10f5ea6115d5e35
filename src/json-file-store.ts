import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type * as z from 'zod'

/** Values kept as JSON files in a folder, one per key, such as postdeck's caches. */
export interface JsonFileStore<T> {
  /** The value at `key`; `undefined` when it is missing, unreadable or not of the expected shape. */
  get(key: string): Promise<T | undefined>
  /** Write `value` at `key`, whole or not at all. */
  set(key: string, value: T): Promise<void>
}

/**
 * A store of JSON files in `folder`: `fileOf` names the file of a key,
 * relative to it, and `schema` checks what is read back. A value is
 * written beside its file and renamed into place, so a reader never sees
 * half of one.
 */
export function createJsonFileStore<T>(
  folder: string,
  schema: z.ZodType<T>,
  fileOf: (key: string) => string,
): JsonFileStore<T> {
  const folders = new Map<string, Promise<unknown>>()
  return {
    async get(key) {
      try {
        const parsed = schema.safeParse(
          JSON.parse(await readFile(path.join(folder, fileOf(key)), 'utf8')),
        )
        return parsed.success ? parsed.data : undefined
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      const file = path.join(folder, fileOf(key))
      const parent = path.dirname(file)
      // Note: each folder is made once, not once per value.
      let made = folders.get(parent)
      if (!made) {
        made = mkdir(parent, { recursive: true })
        folders.set(parent, made)
      }
      await made
      const temporary = `${file}.${process.pid}.tmp`
      await writeFile(temporary, JSON.stringify(value))
      await rename(temporary, file)
    },
  }
}
