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

/** Text with the temporary folders samples run in left out of the paths it shows (`/tmp/postdeck-sample-x1/a.js` → `a.js`). */
export function withoutSampleFolders(text: string): string {
  const prefix = `${path.join(tmpdir(), 'postdeck-sample-')}`
  return text.replace(
    new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^/\\\\\\s]+[/\\\\]`, 'g'),
    '',
  )
}
