/**
 * One more postdeck build of the 1,000-post site, under `node --cpu-prof`
 * (worker threads write profiles of their own), summed into where the time
 * went. It runs postdeck's unbundled modules, so each package is named.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { runPostdeck } from './postdeck-cli.js'
import { type ProfileSummary, summariseProfiles } from './profile-summary.js'
import { assertSiteWritten } from './site-output.js'

const projectRoot = path.join(import.meta.dirname, '..')

/** Build `workspace/<corpus>` once with the CPU profiler on, writing the profiles into `profileDir` (emptied first). */
export async function profileSiteBuild(
  workspace: string,
  corpus: string,
  slugs: readonly string[],
  profileDir: string,
): Promise<ProfileSummary> {
  await rm(profileDir, { recursive: true, force: true })
  await mkdir(profileDir, { recursive: true })
  const scratch = await mkdtemp(path.join(workspace, 'profile-'))
  try {
    const outDir = path.join(scratch, 'postdeck')
    const args = ['build', corpus, '--out', outDir, '--no-verify', '--force']
    await runPostdeck(args, workspace, {
      nodeOptions: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      unbundled: true,
    })
    await assertSiteWritten(outDir, slugs)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  return summariseProfiles(profileDir, projectRoot)
}
