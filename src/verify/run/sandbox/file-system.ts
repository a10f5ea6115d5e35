import { existsSync, readFileSync, statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { hiddenFolders, visibleFolders } from './hidden-folders.js'
import { isWithin, realPath } from './paths.js'
import type { SandboxSettings } from './settings.js'

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
export async function fileSystemArgs(folder: string, settings: SandboxSettings): Promise<string[]> {
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
