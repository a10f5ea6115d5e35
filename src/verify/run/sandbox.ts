import { AsyncLocalStorage } from 'node:async_hooks'
import { execFile, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
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
 * `probeSandbox` finds the same without blocking.
 */
export function sandboxSupport(): SandboxSupport {
  if (support) return support
  const missing = missingTools()
  if (missing) {
    support = missing
  } else {
    const probe = spawnSync(tools.bwrap ?? 'bwrap', probeArgs(), {
      encoding: 'utf8',
      timeout: 5000,
    })
    support = probed(probe.status === 0, probe.stderr || probe.error?.message)
  }
  return support
}

let probing: Promise<SandboxSupport> | undefined

/**
 * `sandboxSupport` without blocking the event loop, so that it can run while
 * posts are read; samples wait for it.
 */
export function probeSandbox(): Promise<SandboxSupport> {
  if (support) return Promise.resolve(support)
  probing ??= new Promise((resolve) => {
    const settle = (found: SandboxSupport) => {
      support ??= found
      resolve(support)
    }
    const missing = missingTools()
    if (missing) return settle(missing)
    execFile(
      tools.bwrap ?? 'bwrap',
      probeArgs(),
      { encoding: 'utf8', timeout: 5000 },
      (error, _stdout, stderr) => settle(probed(!error, stderr || error?.message)),
    )
  })
  return probing
}

/** Why no sandbox can be made before trying one, if a tool is missing. */
function missingTools(): SandboxSupport | undefined {
  if (process.platform !== 'linux') {
    return { available: false, reason: `no sandbox exists for ${process.platform}` }
  }
  if (!tools.bwrap) return { available: false, reason: 'bubblewrap (`bwrap`) is not installed' }
  if (!tools.prlimit || (isRoot && !setpriv)) {
    return { available: false, reason: '`prlimit` or `setpriv` (util-linux) is not installed' }
  }
  return undefined
}

/** A sandbox that does nothing: what the probe runs. */
function probeArgs(): string[] {
  return [...namespaceArgs(false), '--ro-bind', '/', '/', 'true']
}

function probed(ok: boolean, error: string | undefined): SandboxSupport {
  return ok
    ? { available: true }
    : {
        available: false,
        reason: `bubblewrap cannot make a sandbox here (${(error || 'no reason given').trim()})`,
      }
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
  const supported = settings.mode === 'off' ? undefined : await probeSandbox()
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
      ...(await fileSystemArgs(folder, settings)),
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
 * The file system a sample sees: everything read-only; its own `/proc` and
 * `/dev`; empty `/tmp` and `/dev/shm` it may write; an empty `/run`; the
 * home folder, the project (postdeck's working folder: posts, output,
 * caches) and the Git work tree around it replaced by empty read-only ones,
 * except for the interpreters installed in them, read-only; and `folder`.
 *
 * Unix sockets of the host elsewhere (a read-only mount does not stop a
 * connection) are covered with `/dev/null`.
 *
 * Note: every place it may write is a `tmpfs` of at most the file-size
 * limit, the sample's folder too (what postdeck put in it is bound into it),
 * so a sample holds no more than a few times that limit in memory and
 * writes nothing to the disk but to the files postdeck gave it.
 */
async function fileSystemArgs(folder: string, settings: SandboxSettings): Promise<string[]> {
  const hidden = hiddenFolders()
  const visible = visibleFolders(hidden)
  const size = String(settings.limits.fileSizeMiB * 1024 * 1024)
  const writable = (place: string) => ['--perms', '1777', '--size', size, '--tmpfs', place]
  const empty = (place: string) => ['--size', '65536', '--tmpfs', place]
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc']
  args.push(...writable('/tmp'), ...writable('/dev/shm'), ...empty('/run'))
  for (const place of hidden) args.push(...empty(place))
  for (const place of visible) args.push('--ro-bind', place, place)
  for (const place of visible) {
    const cache = path.join(place, '.cache')
    if (path.basename(place) === 'node_modules' && existsSync(cache)) args.push(...empty(cache))
  }
  if (settings.network) {
    // Name resolution often lives under /run (systemd-resolved).
    const resolver = realPath('/etc/resolv.conf')
    if (resolver?.startsWith('/run/')) args.push('--ro-bind', resolver, resolver)
  }
  for (const socket of hostSockets([folder, '/tmp', '/run', '/dev', '/proc', ...hidden])) {
    args.push('--ro-bind', '/dev/null', socket)
  }
  args.push(...writable(folder))
  for (const entry of await entriesOf(folder)) {
    args.push(
      ...(entry.folder
        ? ['--perms', '0777', '--dir', entry.path]
        : ['--bind', entry.path, entry.path]),
    )
  }
  for (const place of ['/dev', '/run', ...hidden]) args.push('--remount-ro', place)
  return args
}

/**
 * The paths of the host's listening Unix sockets (from `/proc/net/unix`),
 * outside `covered` folders, as they are now.
 */
function hostSockets(covered: readonly string[]): string[] {
  let table: string
  try {
    table = readFileSync('/proc/net/unix', 'utf8')
  } catch {
    return []
  }
  const sockets = new Set<string>()
  for (const line of table.split('\n').slice(1)) {
    const place = line.trim().split(/\s+/)[7]
    if (!place?.startsWith('/')) continue
    const real = realPath(place)
    if (!real || !statSync(real, { throwIfNoEntry: false })?.isSocket()) continue
    if (!covered.some((folder) => isWithin(realPath(folder) ?? folder, real))) sockets.add(real)
  }
  return [...sockets]
}

/** Files and folders inside `folder`, each folder before what it holds. */
async function entriesOf(folder: string): Promise<{ path: string; folder: boolean }[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .map((entry) => ({
      path: path.join(entry.parentPath, entry.name),
      folder: entry.isDirectory(),
    }))
    .sort((a, b) => a.path.length - b.path.length)
}

const systemFolders = ['/', '/usr', '/bin', '/sbin', '/lib', '/lib64', '/etc', '/opt', '/var']

/**
 * The home folder, the project and the Git work tree it is in (where a
 * `.env` often lies), unless one holds the system or the temporary folder.
 */
function hiddenFolders(): string[] {
  const temporary = realPath(tmpdir()) ?? tmpdir()
  return [homedir(), process.cwd(), workTreeOf(process.cwd())]
    .map((place) => realPath(place))
    .filter((place): place is string => place !== undefined)
    .filter(
      (place) =>
        !systemFolders.some((system) => isWithin(place, system)) && !isWithin(place, temporary),
    )
    .sort((a, b) => a.length - b.length)
    .filter((place, index, all) => !all.slice(0, index).some((outer) => isWithin(outer, place)))
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

/** The nearest folder from `place` up that holds a `.git`, or `place`. */
function workTreeOf(place: string): string {
  for (let folder = place; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder
    if (path.dirname(folder) === folder) return place
  }
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

/** `name` on `PATH`, as a shell finds it (so a `PATH` without bubblewrap runs without a sandbox). */
function findExecutable(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}
