/**
 * The 1,000-post site built in full by postdeck (page and deck of every post,
 * `--no-verify --force`), then once more with nothing changed (every post
 * from the build cache), and, when installed, by Hugo (pages only); the
 * tools take turns run by run, each into a fresh output folder.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { timeHugo } from './peers.js'
import { runPostdeck } from './postdeck-cli.js'
import { assertSiteWritten } from './site-output.js'

/** Each run's figures: wall times in ms and postdeck's peak memory in KiB; `hugo` is undefined without Hugo. */
export interface SiteBuildFigures {
  postdeck: number[]
  /** The same build once more, nothing changed: every post from the build cache. */
  unchanged: number[]
  maxRssKiB: number[]
  hugo: number[] | undefined
}

/** Build `workspace/<corpus>` (posts `slugs`) `runs` times with postdeck, and with Hugo when `withHugo`. */
export async function benchSiteBuild(
  workspace: string,
  corpus: string,
  slugs: readonly string[],
  runs: number,
  withHugo: boolean,
): Promise<SiteBuildFigures> {
  const figures: SiteBuildFigures = {
    postdeck: [],
    unchanged: [],
    maxRssKiB: [],
    hugo: withHugo ? [] : undefined,
  }
  for (let index = 0; index < runs; index++) {
    const scratch = await mkdtemp(path.join(workspace, 'site-build-'))
    try {
      const outDir = path.join(scratch, 'postdeck')
      const args = ['build', corpus, '--out', outDir, '--no-verify', '--force']
      const run = await runPostdeck(args, workspace)
      await assertSiteWritten(outDir, slugs)
      figures.postdeck.push(run.ms)
      figures.maxRssKiB.push(run.maxRssKiB)
      const again = await runPostdeck(['build', corpus, '--out', outDir, '--no-verify'], workspace)
      if (!again.stderr.includes(`, ${slugs.length} unchanged)`)) {
        throw new Error(`the second build did not take every post from the cache:\n${again.stderr}`)
      }
      await assertSiteWritten(outDir, slugs)
      figures.unchanged.push(again.ms)
      figures.hugo?.push(await timeHugo(path.join(workspace, corpus), path.join(scratch, 'hugo')))
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
  return figures
}
