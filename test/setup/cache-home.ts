import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Builds in folders with no package.json cache in the user's cache folder;
 * during tests that is a temporary folder, removed afterwards.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-test-cache-'))
  process.env.XDG_CACHE_HOME = folder
  return () => rmSync(folder, { recursive: true, force: true })
}
