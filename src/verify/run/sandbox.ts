import { AsyncLocalStorage } from 'node:async_hooks'
import { spawnSync } from 'node:child_process'
import { existsSync, realpathSync, statSync } from 'node:fs'
import { chown, readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import type { Command } from '../runners.js'

/** `required`: refuse to run samples without a sandbox; `auto`: use one where the OS allows; `off`: never. */
export type SandboxMode = 'required' | 'auto' | 'off'

/** What one sample may use. */
export interface SampleLimits {
  /** Writable memory of each process (`RLIMIT_DATA`), MiB. */
  memoryMiB: number
  /** Processes and threads at once, all the sample's together (in the sandbox only). */
  processes: number
  /** Largest file a sample may write, its output included, MiB. */
  fileSizeMiB: number
  /** CPU seconds of each process; never less than the run's timeout. */
  cpuSeconds: number
}

/** Limits that the seed's samples and real tutorials fit with room to spare. */
export const defaultLimits: SampleLimits = Object.freeze({
  memoryMiB: 1024,
  processes: 256,
  fileSizeMiB: 64,
  cpuSeconds: 60,
})

/** How the samples of one job run. */
export interface SandboxSettings {
  mode: SandboxMode
  limits: SampleLimits
  /** Give the sample the network (annotation `network`); off by default. */
  network: boolean
}

export const defaultSandboxSettings: SandboxSettings = Object.freeze({
  mode: 'auto',
  limits: defaultLimits,
  network: false,
})

const current = new AsyncLocalStorage<SandboxSettings>()

/** Run `work` with every process it starts for a sample (see `runProcess`) under `settings`. */
export function withSandbox<T>(settings: SandboxSettings, work: () => Promise<T>): Promise<T> {
  return current.run(settings, work)
}

/** The settings of the job being run, or the defaults. */
export function currentSandbox(): SandboxSettings {
  return current.getStore() ?? defaultSandboxSettings
}

/** Whether a sandbox can be made here; when not, why. */
export type SandboxSupport = { available: true } | { available: false; reason: string }

/** How a sample process is started. */
export interface SandboxedCommand {
  command: string
  args: string[]
  /** The sample ran in a sandbox (else under resource limits only, or none). */
  sandboxed: boolean
}

const isRoot = process.getuid?.() === 0
const tools = { bwrap: findExecutable('bwrap'), prlimit: findExecutable('prlimit') }
const setpriv = findExecutable('setpriv')
let support: SandboxSupport | undefined

/**
 * Whether bubblewrap can make a sandbox on this machine, tried once with a
 * command that does nothing. Run as root, the sample also changes to a user
 * of its own (`setpriv`), the only way the kernel counts its processes.
 */
export function sandboxSupport(): SandboxSupport {
  if (support) return support
  if (process.platform !== 'linux') {
    support = { available: false, reason: `no sandbox exists for ${process.platform}` }
  } else if (!tools.bwrap) {
    support = { available: false, reason: 'bubblewrap (`bwrap`) is not installed' }
  } else if (!tools.prlimit || (isRoot && !setpriv)) {
    support = { available: false, reason: '`prlimit` or `setpriv` (util-linux) is not installed' }
  } else {
    const probe = spawnSync(tools.bwrap, [...namespaceArgs(false), '--ro-bind', '/', '/', 'true'], {
      encoding: 'utf8',
      timeout: 5000,
    })
    support =
      probe.status === 0
        ? { available: true }
        : {
            available: false,
            reason: `bubblewrap cannot make a sandbox here (${(probe.stderr || probe.error?.message || 'no reason given').trim()})`,
          }
  }
  return support
}

/** Sample users, when postdeck runs as root: one per run, so each has its own process count. */
let nextUser = 0
const firstUser = 1_000_000 + (process.pid % 1000) * 1000

/**
 * The command that runs `command` in `folder` under `settings`: in a
 * bubblewrap sandbox when one can be made (and the mode allows), else under
 * resource limits alone (`prlimit`), else as it is. `stdoutOnly` runs
 * unchanged: output capture is the caller's. Throws when the mode is
 * `required` and no sandbox can be made.
 */
export async function sandboxCommand(
  command: Command,
  folder: string,
  settings: SandboxSettings,
  timeoutSeconds: number,
): Promise<SandboxedCommand> {
  const limits = limitArgs(settings.limits, timeoutSeconds)
  const supported = settings.mode === 'off' ? undefined : sandboxSupport()
  if (!supported?.available) {
    if (settings.mode === 'required') {
      throw new Error(`no sandbox: ${supported?.reason ?? 'off'}`)
    }
    if (!tools.prlimit) return { ...command, sandboxed: false }
    // Note: outside a sandbox the kernel counts all the user's processes, so no process limit.
    return {
      command: tools.prlimit,
      args: [
        ...limits.filter((arg) => !arg.startsWith('--nproc')),
        '--',
        command.command,
        ...command.args,
      ],
      sandboxed: false,
    }
  }
  const user = isRoot ? firstUser + (nextUser++ % 1000) : undefined
  if (user !== undefined) await handOver(folder, user)
  const dropUser =
    user === undefined || !setpriv
      ? []
      : [
          setpriv,
          `--reuid=${user}`,
          `--regid=${user}`,
          '--clear-groups',
          '--inh-caps=-all',
          '--bounding-set=-all',
          '--no-new-privs',
        ]
  return {
    command: tools.bwrap ?? 'bwrap',
    args: [
      ...namespaceArgs(settings.network),
      ...fileSystemArgs(folder, settings.network),
      '--chdir',
      folder,
      '--',
      ...dropUser,
      tools.prlimit ?? 'prlimit',
      ...limits,
      '--',
      command.command,
      ...command.args,
    ],
    sandboxed: true,
  }
}

/** `prlimit` options for `limits`; the CPU limit is never below the run's timeout. */
function limitArgs(limits: SampleLimits, timeoutSeconds: number): string[] {
  const mib = 1024 * 1024
  const cpu = Math.ceil(Math.max(limits.cpuSeconds, timeoutSeconds))
  return [
    `--nproc=${limits.processes}`,
    `--data=${limits.memoryMiB * mib}`,
    `--fsize=${limits.fileSizeMiB * mib}`,
    `--cpu=${cpu}:${cpu + 1}`,
    '--core=0',
  ]
}

/**
 * New namespaces for everything but the network (unless asked), a session of
 * its own (no terminal to write into), and death with postdeck.
 *
 * Note: as root, bubblewrap makes no user namespace: the sample then runs
 * as a user of its own, whose processes the kernel counts (it counts none
 * of root's).
 */
function namespaceArgs(network: boolean): string[] {
  return [
    ...(isRoot ? [] : ['--unshare-user']),
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    ...(network ? [] : ['--unshare-net']),
    '--die-with-parent',
    '--new-session',
  ]
}

/**
 * The file system a sample sees: everything read-only; its own `/proc`,
 * `/dev` and empty `/run`, and an empty `/tmp` it may write to; the home folder and the project
 * (postdeck's working folder: posts, output, caches) replaced by empty ones,
 * except for the interpreters installed in them, read-only; and `folder`,
 * the only place it may write.
 */
function fileSystemArgs(folder: string, network: boolean): string[] {
  const hidden = hiddenFolders()
  const visible = visibleFolders(hidden)
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc']
  // Note: `/tmp` is writable by all, as on any machine (the sample may run as a user of its own).
  args.push('--perms', '1777', '--tmpfs', '/tmp')
  for (const place of ['/run', ...hidden]) args.push('--tmpfs', place)
  for (const place of visible) args.push('--ro-bind', place, place)
  for (const place of visible) {
    const cache = path.join(place, '.cache')
    if (path.basename(place) === 'node_modules' && existsSync(cache)) args.push('--tmpfs', cache)
  }
  if (network) {
    // Name resolution often lives under /run (systemd-resolved).
    const resolver = realPath('/etc/resolv.conf')
    if (resolver?.startsWith('/run/')) args.push('--ro-bind', resolver, resolver)
  }
  args.push('--bind', folder, folder)
  return args
}

const systemFolders = ['/', '/usr', '/bin', '/sbin', '/lib', '/lib64', '/etc', '/opt', '/var']

/** The home folder and the project, unless either holds the system or the temporary folder. */
function hiddenFolders(): string[] {
  const temporary = realPath(tmpdir()) ?? tmpdir()
  return [homedir(), process.cwd()]
    .map((place) => realPath(place))
    .filter((place): place is string => place !== undefined)
    .filter(
      (place) =>
        !systemFolders.some((system) => isWithin(place, system)) && !isWithin(place, temporary),
    )
    .filter((place, index, all) => all.indexOf(place) === index)
}

const require = createRequire(import.meta.url)

/**
 * Folders inside hidden ones that samples need, read-only: where node and
 * the interpreters on `PATH` are installed (a version manager's root, such
 * as pyenv's, when the entry is its `bin` or `shims`), the `node_modules`
 * that holds tsx, and a virtualenv.
 */
function visibleFolders(hidden: readonly string[]): string[] {
  const wanted = new Set<string>()
  const entries = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const entry of entries) {
    const real = realPath(entry)
    if (!real) continue
    const prefix = path.dirname(real)
    const managed =
      ['bin', 'shims'].includes(path.basename(real)) &&
      (existsSync(path.join(prefix, 'versions')) || existsSync(path.join(prefix, 'pyvenv.cfg')))
    wanted.add(managed ? prefix : real)
  }
  wanted.add(path.dirname(path.dirname(process.execPath)))
  for (const name of ['PYENV_ROOT', 'VIRTUAL_ENV']) {
    const value = process.env[name]
    if (value) wanted.add(value)
  }
  const tsx = realPath(path.dirname(require.resolve('tsx/package.json')))
  if (tsx) wanted.add(path.dirname(tsx))
  return [...wanted]
    .map((place) => realPath(place))
    .filter((place): place is string => place !== undefined && isFolder(place))
    .filter((place) => hidden.some((folder) => isWithin(folder, place) && folder !== place))
    .sort((a, b) => a.length - b.length)
    .filter((place, index, all) => !all.slice(0, index).some((outer) => isWithin(outer, place)))
}

/** Give the sample's user its folder and what the caller put in it. */
async function handOver(folder: string, user: number): Promise<void> {
  await chown(folder, user, user)
  for (const entry of await readdir(folder)) await chown(path.join(folder, entry), user, user)
}

function isWithin(parent: string, child: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function realPath(place: string): string | undefined {
  try {
    return realpathSync(place)
  } catch {
    return undefined
  }
}

function isFolder(place: string): boolean {
  return statSync(place, { throwIfNoEntry: false })?.isDirectory() ?? false
}

function findExecutable(name: string): string | undefined {
  for (const folder of ['/usr/bin', '/bin', '/usr/sbin', '/sbin', '/usr/local/bin']) {
    const candidate = path.join(folder, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}
