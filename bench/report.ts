/**
 * The lines of the bench's report: one figure per line, the median of the
 * runs, ratios against the peers measured in the same runs, and the targets.
 */

import type { RebuildFigures } from './dev-rebuild.js'
import { median } from './median.js'
import { type Peers, peerVersions } from './peers.js'
import type { ProfileSummary } from './profile-summary.js'
import type { SandboxOverheadFigures } from './sandbox-overhead.js'
import type { SeedBuildFigures } from './seed-build.js'
import type { SiteBuildFigures } from './site-build.js'
import type { VerifySeedFigures } from './verify-seed.js'

/** The goals the figures are held against. */
const targets = {
  /** postdeck's seed build time over marp-cli's, at most. */
  seedVsMarp: 0.5,
  /** postdeck's large build time over Hugo's, at most. */
  siteVsHugo: 1,
  /** Peak memory of the large build, in MB, below. */
  siteMemoryMB: 500,
  /** One-post rebuild in the large site, in ms, below. */
  rebuildMs: 150,
  /** The seed's cold verification over its longest sample's own run time, at most. */
  verifyVsLongest: 1.3,
  /** The seed's warm verification, in ms, below. */
  verifyWarmMs: 200,
}

const labelWidth = 40
const gap = '   '

/** The machine and the number of runs, for the top of the report. */
export function headerLines(runs: number, largeRuns: number, machine: string): string[] {
  const counts = `medians of ${runs} (BENCH_RUNS); 1,000-post builds: ${largeRuns} (BENCH_LARGE_RUNS)`
  return [line('postdeck bench', machine), line('runs', counts)]
}

/** The peers' versions, and whether Hugo is there. */
export function peersLine(peers: Peers): string {
  // `hugo version` prints `hugo v0.111.3+extended linux/amd64 BuildDate=…`: its first two words.
  const hugo = peers.hugo?.split(' ').slice(0, 2).join(' ') ?? 'hugo not installed'
  const marp = `marp-cli ${peerVersions['@marp-team/marp-cli']}`
  return line('peers', `${marp}, reveal-md ${peerVersions['reveal-md']}, ${hugo}`)
}

/** The seed post's cold build against marp-cli and reveal-md. */
export function seedBuildLine(figures: SeedBuildFigures): string {
  const vsMarp = ratio(figures.postdeck, figures.marp)
  return line(
    'seed build (cold, samples cached)',
    `postdeck ${ms(figures.postdeck)}`,
    `marp-cli ${ms(figures.marp)} (${vsMarp.toFixed(2)})`,
    `reveal-md ${ms(figures.revealMd)} (${ratio(figures.postdeck, figures.revealMd).toFixed(2)})`,
    `target ≤ ${targets.seedVsMarp.toFixed(2)} of marp-cli: ${verdict(vsMarp <= targets.seedVsMarp)}`,
  )
}

/** The full build of the large site against Hugo's pages. */
export function siteBuildLine(figures: SiteBuildFigures, posts: number): string {
  const label = `${count(posts)}-post build (page and deck)`
  const target = `target ≤ ${targets.siteVsHugo.toFixed(2)} of hugo`
  if (figures.hugo === undefined) {
    return line(label, `postdeck ${ms(figures.postdeck)}`, 'hugo not installed: skipped')
  }
  const vsHugo = ratio(figures.postdeck, figures.hugo)
  return line(
    label,
    `postdeck ${ms(figures.postdeck)}`,
    `hugo, pages only ${ms(figures.hugo)} (${vsHugo.toFixed(2)})`,
    `${target}: ${verdict(vsHugo <= targets.siteVsHugo)}`,
  )
}

/** The large build again with nothing changed, every post from the build cache, against Hugo's full build. */
export function unchangedBuildLine(figures: SiteBuildFigures, posts: number): string {
  const label = `${count(posts)}-post build, unchanged`
  const postdeck = `postdeck ${ms(figures.unchanged)} (build cache)`
  if (figures.hugo === undefined) return line(label, postdeck)
  const vsHugo = ratio(figures.unchanged, figures.hugo)
  return line(label, postdeck, `hugo, pages only ${ms(figures.hugo)} (${vsHugo.toFixed(2)})`)
}

/** postdeck's peak resident memory in the seed and large builds (the highest run of each). */
export function memoryLine(
  seed: SeedBuildFigures | undefined,
  site: SiteBuildFigures | undefined,
  posts: number,
): string {
  const parts: string[] = []
  if (seed) parts.push(`seed build ${mb(Math.max(...seed.maxRssKiB))}`)
  if (site) {
    const peak = Math.max(...site.maxRssKiB)
    const met = megabytes(peak) < targets.siteMemoryMB
    parts.push(
      `${count(posts)}-post build ${mb(peak)}`,
      `target < ${targets.siteMemoryMB} MB: ${verdict(met)}`,
    )
  }
  return line('peak memory (max RSS, highest run)', ...parts)
}

/** The one-post rebuild while `postdeck dev` runs. */
export function rebuildLine(figures: RebuildFigures, posts: number): string {
  if ('skipped' in figures) return `rebuild: skipped (${figures.skipped})`
  const fastest = Math.round(Math.min(...figures.ms))
  const slowest = Math.round(Math.max(...figures.ms))
  const met = median(figures.ms) < targets.rebuildMs
  const parts = [
    `postdeck dev ${ms(figures.ms)} (${fastest}–${slowest} ms over ${figures.ms.length} edits)`,
    `peak memory ${figures.maxRssKiB === undefined ? 'not reported' : mb(figures.maxRssKiB)}`,
    `target < ${targets.rebuildMs} ms: ${verdict(met)}`,
  ]
  if (figures.stopNote !== undefined) parts.push(figures.stopNote)
  return line(`one-post rebuild (${count(posts)} posts)`, ...parts)
}

/**
 * Verifying the seed post cold, against its samples' own run times, and
 * warm. A sample's own run time is that of its process, from starting the
 * sandbox to reading its output; a session's process counts for each of its
 * samples in the sum.
 */
export function verifyLines(figures: VerifySeedFigures): string[] {
  const against = (name: string, values: number[]) =>
    `${name} ${ms(values)} (cold / ${name} ${ratio(figures.cold, values).toFixed(2)})`
  const vsLongest = ratio(figures.cold, figures.max)
  const warm = median(figures.warm)
  return [
    line(
      `seed verify cold (${figures.samples} samples, no cache)`,
      `postdeck ${ms(figures.cold)}`,
      `samples' own run times: ${against('sum', figures.sum)}, ${against('longest', figures.max)}`,
      `target ≤ ${targets.verifyVsLongest.toFixed(2)} of the longest: ${verdict(vsLongest <= targets.verifyVsLongest)}`,
    ),
    line(
      'seed verify warm (samples cached)',
      `postdeck ${ms(figures.warm)} (${ratio(figures.warm, figures.cold).toFixed(2)} of cold), CPU ${ms(figures.warmCpu)}`,
      `target < ${targets.verifyWarmMs} ms: ${verdict(warm < targets.verifyWarmMs)}`,
    ),
  ]
}

/** The sandbox's cost per sample: the median sample's run time in it and outside it. */
export function sandboxLine(figures: SandboxOverheadFigures | undefined): string {
  if (!figures) return line('sandbox overhead per sample', 'no sandbox on this machine')
  const difference = median(figures.sandboxed) - median(figures.unsandboxed)
  return line(
    `sandbox overhead per sample (seed, ${figures.samples} samples)`,
    `median ${ms(figures.sandboxed)} sandboxed, ${ms(figures.unsandboxed)} not`,
    `+${Math.round(difference)} ms (${ratio(figures.sandboxed, figures.unsandboxed).toFixed(2)}×)`,
  )
}

/** Where the profiled build's time went: the `top` groups, the rest summed, then GC, idle and program. */
export function profileLines(summary: ProfileSummary, folder: string, top = 15): string[] {
  const workers = summary.files - 1
  const rest = summary.groups.slice(top)
  const entry = (name: string, value: number) => {
    const share = ((100 * value) / summary.totalMs).toFixed(1)
    return `  ${name.padEnd(labelWidth + 8)}${count(value).padStart(8)} ms${share.padStart(7)} %`
  }
  return [
    line(
      'cpu profile (one more large build)',
      `${summary.files} profiles (main thread and ${workers} worker ${workers === 1 ? 'thread' : 'threads'})`,
      `${count(summary.totalMs)} ms sampled, by self time`,
    ),
    line('  profile folder', folder),
    ...summary.groups.slice(0, top).map((group) => entry(group.name, group.ms)),
    entry(
      `other (${rest.length} more groups)`,
      rest.reduce((sum, group) => sum + group.ms, 0),
    ),
    ...summary.engine.map((group) => entry(group.name, group.ms)),
  ]
}

function line(label: string, ...parts: string[]): string {
  return `${label.padEnd(labelWidth)}${parts.join(gap)}`
}

function ms(values: readonly number[]): string {
  return `${Math.round(median(values))} ms`
}

function ratio(values: readonly number[], against: readonly number[]): number {
  return median(values) / median(against)
}

function count(value: number): string {
  return Math.round(value).toLocaleString('en')
}

/** KiB (as `maxRSS` counts) in MB of a million bytes. */
function megabytes(kibibytes: number): number {
  return (kibibytes * 1024) / 1e6
}

function mb(kibibytes: number): string {
  return `${Math.round(megabytes(kibibytes))} MB`
}

function verdict(met: boolean): string {
  return met ? 'met' : 'not met'
}
