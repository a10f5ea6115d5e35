import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Run `work` in a fresh temporary folder, removed afterwards whatever
 * happens, even when a sample left folders in it that it made read-only.
 */
export async function inTemporaryFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-sample-'))
  try {
    return await work(folder)
  } finally {
    await removeFolder(folder)
  }
}

/** Remove `folder`; when refused, make its folders writable and try once more; never throw. */
async function removeFolder(folder: string): Promise<void> {
  try {
    await rm(folder, { recursive: true, force: true })
  } catch {
    await makeWritable(folder)
    await rm(folder, { recursive: true, force: true }).catch(() => {})
  }
}

async function makeWritable(folder: string): Promise<void> {
  await chmod(folder, 0o700).catch(() => {})
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isDirectory()) await makeWritable(path.join(folder, entry.name))
  }
}

/** A path in a temporary folder samples run in (mkdtemp's six characters): the folder, then the file's name if any. */
function sampleFolderPath(): RegExp {
  const prefix = `${path.join(tmpdir(), 'postdeck-sample-')}`
  return new RegExp(
    `${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9]{6}(?:[/\\\\]([^\\s"':)]*))?`,
    'g',
  )
}

/** The files a sample's code is written to (`sample.py`, `sample_2.py`, `sample.mjs`, `.sample.bash`, a transcript). */
const sampleFile = /^(?:\.?sample(?:_\d+)?\.\w+|transcript\.txt)$/

/**
 * Text with the paths of the temporary folders samples run in shown as the
 * report's comparisons show them: the sample's own file as `<sample>`
 * (`/tmp/postdeck-sample-x1y2z3/sample.py` → `<sample>`), any other file by its
 * name (`/tmp/postdeck-sample-x1y2z3/data.txt` → `data.txt`), the folder itself
 * (a sample printing its working folder) as `<sample folder>`.
 */
export function withSampleFilesNamed(text: string): string {
  return text.replace(sampleFolderPath(), (_, name: string | undefined) =>
    !name ? '<sample folder>' : sampleFile.test(name) ? '<sample>' : name,
  )
}
