import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { isFolder, isWithin, realPath } from './paths.js'

const systemFolders = ['/', '/usr', '/bin', '/sbin', '/lib', '/lib64', '/etc', '/opt', '/var']

/**
 * The home folder, the project and the Git work tree it is in (where a
 * `.env` often lies), unless one holds the system or the temporary folder.
 */
export function hiddenFolders(): string[] {
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
export function visibleFolders(hidden: readonly string[]): string[] {
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

/** The nearest folder from `place` up that holds a `.git`, or `place`. */
function workTreeOf(place: string): string {
  for (let folder = place; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder
    if (path.dirname(folder) === folder) return place
  }
}
