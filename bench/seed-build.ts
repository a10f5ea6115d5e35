/**
 * The seed post built cold (build cache bypassed with `--force`, samples
 * cached by one `postdeck verify` first) by postdeck, page and deck, and by
 * marp-cli and reveal-md, deck only; the tools take turns run by run.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'
import { type Peers, timeMarp, timeRevealMd } from './peers.js'
import { runPostdeck } from './postdeck-cli.js'
import { assertSiteWritten } from './site-output.js'

/** Each run's figures: wall times in ms and postdeck's peak memory in KiB. */
export interface SeedBuildFigures {
  postdeck: number[]
  maxRssKiB: number[]
  marp: number[]
  revealMd: number[]
}

/** Build the seed post `runs` times with each tool; `seedCopy` is the seed in `workspace/content/posts/`. */
export async function benchSeedBuild(
  workspace: string,
  seedCopy: string,
  peers: Peers,
  runs: number,
): Promise<SeedBuildFigures> {
  await runPostdeck(['verify', 'content'], workspace)
  const slug = path.basename(seedCopy, '.md')
  const figures: SeedBuildFigures = { postdeck: [], maxRssKiB: [], marp: [], revealMd: [] }
  for (let index = 0; index < runs; index++) {
    const scratch = await mkdtemp(path.join(workspace, 'seed-build-'))
    try {
      const outDir = path.join(scratch, 'postdeck')
      const run = await runPostdeck(['build', 'content', '--out', outDir, '--force'], workspace)
      await assertSiteWritten(outDir, [slug])
      figures.postdeck.push(run.ms)
      figures.maxRssKiB.push(run.maxRssKiB)
      figures.marp.push(await timeMarp(peers, seedCopy, path.join(scratch, 'marp')))
      figures.revealMd.push(await timeRevealMd(peers, seedCopy, path.join(scratch, 'reveal-md')))
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
  }
  return figures
}
