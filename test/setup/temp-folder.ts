import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Every temporary folder the tests make, and the builds, samples and
 * installs they run, lies in one folder of the run, removed afterwards: a
 * run leaves nothing behind in the system's temporary folder.
 */
export default function setup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-tests-'))
  process.env.TMPDIR = folder
  return () => rmSync(folder, { recursive: true, force: true })
}
