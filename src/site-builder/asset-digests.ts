import type { InputFiles } from './input-files.js'

/** The digests of `files`, by path. */
export async function digestsOf(inputs: InputFiles, files: readonly string[]) {
  return Object.fromEntries(
    await Promise.all(
      files.map(async (file) => [file, (await inputs.digest(file)) ?? ''] as const),
    ),
  )
}

/** Whether every file still has the digest it had. */
export async function sameDigests(
  inputs: InputFiles,
  known: Record<string, string>,
): Promise<boolean> {
  const now = await Promise.all(
    Object.entries(known).map(
      async ([file, value]) => ((await inputs.digest(file)) ?? '') === value,
    ),
  )
  return now.every(Boolean)
}
