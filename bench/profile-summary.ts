/**
 * Where the time of a profiled run went: the self time of every sample in the
 * V8 CPU profiles (`.cpuprofile`) of a folder, main thread and worker threads
 * summed, grouped by npm package, by project file, or as GC, idle and program.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** A group of code and the self time spent in it, in ms. */
export interface ProfileEntry {
  name: string
  ms: number
}

/** The summed profiles: the groups by self time (largest first), the V8 pseudo-entries apart. */
export interface ProfileSummary {
  files: number
  totalMs: number
  groups: ProfileEntry[]
  /** GC, idle and program (time V8 could not put on JavaScript or native code). */
  engine: ProfileEntry[]
}

/** The parts of a `.cpuprofile` file the summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string } }>
  samples?: number[]
  timeDeltas?: number[]
}

// Note: a Map, since functions named `constructor` or `toString` would find an object's own.
const engineGroups = new Map([
  ['(garbage collector)', 'GC'],
  ['(idle)', 'idle'],
  ['(program)', 'program'],
  ['(root)', 'program'],
])

/** Sum the profiles in `folder`; project files are named relative to `projectRoot`. */
export async function summariseProfiles(
  folder: string,
  projectRoot: string,
): Promise<ProfileSummary> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.cpuprofile'))
  const totals = new Map<string, number>()
  for (const name of files) {
    const profile = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as CpuProfile
    for (const [group, ms] of selfTimes(profile, projectRoot)) {
      totals.set(group, (totals.get(group) ?? 0) + ms)
    }
  }
  const entries = [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms)
  const engine = new Set(engineGroups.values())
  return {
    files: files.length,
    totalMs: entries.reduce((sum, entry) => sum + entry.ms, 0),
    groups: entries.filter((entry) => !engine.has(entry.name)),
    engine: entries.filter((entry) => engine.has(entry.name)),
  }
}

/** Self time per group in one profile: each sample holds until the next one is taken. */
function selfTimes(profile: CpuProfile, projectRoot: string): Map<string, number> {
  const groupOf = new Map(
    profile.nodes.map((node) => [node.id, groupName(node.callFrame, projectRoot)]),
  )
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  const times = new Map<string, number>()
  for (let index = 0; index < samples.length - 1; index++) {
    const group = groupOf.get(samples[index] ?? -1) ?? 'unknown'
    const ms = (deltas[index + 1] ?? 0) / 1000
    times.set(group, (times.get(group) ?? 0) + ms)
  }
  return times
}

/** `node_modules/<package>`, a project file (`lib/...`), Node's own modules, WebAssembly, native code or a V8 pseudo-entry. */
function groupName(frame: { functionName: string; url: string }, projectRoot: string): string {
  const engine = engineGroups.get(frame.functionName)
  if (engine !== undefined) return engine
  if (frame.url === '') return 'native code (V8 builtins, Node bindings)'
  if (frame.url.startsWith('node:')) return 'node: built-in modules'
  if (frame.url.startsWith('wasm:')) return 'wasm: WebAssembly code'
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url
  const modules = `${path.sep}node_modules${path.sep}`
  const packageAt = file.lastIndexOf(modules)
  if (packageAt >= 0) {
    const [scope, name] = file.slice(packageAt + modules.length).split(path.sep)
    return `node_modules/${scope?.startsWith('@') ? `${scope}/${name}` : scope}`
  }
  const relative = path.relative(projectRoot, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
