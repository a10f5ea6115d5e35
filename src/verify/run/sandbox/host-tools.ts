import { existsSync } from 'node:fs'
import path from 'node:path'

/** Whether postdeck runs as root (bubblewrap then makes no user namespace). */
export const isRoot = process.getuid?.() === 0
/** Where bubblewrap and `prlimit` are installed, if they are. */
export const tools = { bwrap: findExecutable('bwrap'), prlimit: findExecutable('prlimit') }
/** Where `setpriv` is installed, if it is: what changes a sample run as root to a user of its own. */
export const setpriv = findExecutable('setpriv')

/** `name` on `PATH`, as a shell finds it (so a `PATH` without bubblewrap runs without a sandbox). */
function findExecutable(name: string): string | undefined {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(folder, name)
    if (existsSync(candidate)) return candidate
  }
  return undefined
}
