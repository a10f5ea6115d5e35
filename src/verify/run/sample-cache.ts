import { createHash } from 'node:crypto'
import path from 'node:path'
import * as z from 'zod'
import { createJsonFileStore } from '../../json-file-store.js'
import { postdeckVersion } from '../../version.js'
import type { SampleRun } from './job.js'

/** The runs of a job that passed, and the path its sample file had (it shows in outputs). */
export interface CachedJob {
  samplePath: string
  samplePaths?: string[] | undefined
  runs: SampleRun[]
}

/** Remembers the runs of samples that passed, so unchanged samples are not run again. */
export interface SampleCache {
  get(key: string): Promise<CachedJob | undefined>
  set(key: string, job: CachedJob): Promise<void>
}

const formatVersion = 3
const cachedJob = z.object({
  samplePath: z.string(),
  samplePaths: z.array(z.string()).optional(),
  runs: z.array(
    z
      .object({
        exitCode: z.number().nullable(),
        signal: z.custom<NodeJS.Signals>((value) => typeof value === 'string').nullable(),
        output: z.string(),
        timedOut: z.boolean(),
        truncated: z.boolean(),
        durationMs: z.number(),
        parts: z.array(z.string()).optional(),
      })
      // Only runs that started are cached; JSON drops the `undefined` it had.
      .transform((run) => ({ ...run, startError: undefined })),
  ),
})

/** A key for a run from everything that decides its output: sources, annotations, runner, interpreter (its files, or its version). */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256')
  hash.update(`postdeck-sample-cache-${formatVersion}-${postdeckVersion}`)
  for (const part of parts) hash.update(`\0${part}`)
  return hash.digest('hex')
}

/**
 * A cache of JSON files in `folder` (by convention
 * `node_modules/.cache/postdeck/samples`). Unreadable entries are misses.
 */
export function createFileCache(folder: string): SampleCache {
  return createJsonFileStore(folder, cachedJob, (key) => path.join(key.slice(0, 2), `${key}.json`))
}
