import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { findCommand, sampleEnvironment } from './run-process.js'
import { managedExecutable } from './version-manager-shims.js'

/** What identifies an interpreter without starting it. */
export type InterpreterStamp =
  /** Not on `PATH`. */
  | { found: false }
  /** Only running it can tell: a launcher (a script) that this module does not know how to follow. */
  | { found: true; key: undefined; executable: undefined }
  | {
      found: true
      /** Part of a cache key: the executable's path, real path, size and modification time, and those of `files`. */
      key: string
      /** The file to run for the command (behind pyenv's shim, the interpreter it would start). */
      executable: string
    }

/**
 * Identify the interpreter that `command` starts for a sample, from the file
 * system alone: the executable that `PATH` (as samples get it) names, followed
 * through symbolic links and through pyenv's shims, and `files` (the
 * packages of a runner that is a script run by node, such as tsx), each by
 * path, size and modification time, as uv keys its interpreter cache. A
 * reinstalled or upgraded interpreter is a new file, so it changes the
 * stamp; the stamp does not change when a copy of the same file is unpacked
 * elsewhere at the same path (a CI runner restoring its tool cache).
 *
 * Note: an executable that is a script (`#!`) or a link to mise is a
 * launcher whose choice depends on more than its own file: unless it is a
 * pyenv, asdf or mise shim resolved from the manager's files, the stamp's
 * `key` is `undefined`, and only running it can tell.
 */
export function interpreterStamp(command: string, files: readonly string[] = []): InterpreterStamp {
  const found = findCommand(command, sampleEnvironment(tmpdir()).PATH ?? '')
  if (!found) return { found: false }
  const unknown = { found: true, key: undefined, executable: undefined } as const
  const executable = isScript(found)
    ? (pyenvExecutable(found) ?? managedExecutable(found, isScript))
    : isManagerLink(found)
      ? managedExecutable(found, isScript)
      : found
  if (!executable) return unknown
  const parts = [executable, ...files].map(fileStamp)
  if (parts.some((part) => part === undefined)) return unknown
  return { found: true, key: [found, ...parts].join('\n'), executable }
}

/** `PATH real-path size mtime` of a file, or `undefined` if it cannot be read. */
function fileStamp(file: string): string | undefined {
  try {
    const real = realpathSync(file)
    const stat = statSync(real)
    return `${file} ${real} ${stat.size} ${stat.mtimeMs}`
  } catch {
    return undefined
  }
}

/**
 * Whether a command is a link to a version manager's own executable (a mise
 * shim): the file it runs is not the interpreter, and its stamp would not
 * change with the version the manager picks.
 */
function isManagerLink(file: string): boolean {
  try {
    return path.basename(realpathSync(file)) === 'mise' && path.basename(file) !== 'mise'
  } catch {
    return false
  }
}

function isScript(file: string): boolean {
  const start = Buffer.alloc(2)
  let descriptor: number | undefined
  try {
    descriptor = openSync(file, 'r')
    readSync(descriptor, start, 0, 2, 0)
    return start.toString('latin1') === '#!'
  } catch {
    return true
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/**
 * The interpreter a pyenv shim (`$PYENV_ROOT/shims/NAME`) starts for a
 * sample, read as pyenv reads it: `PYENV_VERSION`, else the first
 * `.python-version` from the sample's folder (in the temporary folder) up,
 * else `$PYENV_ROOT/version`; `undefined` for anything else (not a shim,
 * several versions, `system`, a version prefix, hooks that may change the
 * command), which only running the shim can resolve.
 */
function pyenvExecutable(shim: string): string | undefined {
  const shims = path.dirname(shim)
  const root = path.dirname(shims)
  if (path.basename(shims) !== 'shims' || !existsSync(path.join(root, 'versions'))) return undefined
  if (hasHooks(root)) return undefined
  const versions = versionOf(root)
  if (versions?.length !== 1) return undefined
  const [version] = versions
  if (!version || version === 'system' || version.includes('/') || version === '..') {
    return undefined
  }
  const executable = path.join(root, 'versions', version, 'bin', path.basename(shim))
  return existsSync(executable) && !isScript(executable) ? executable : undefined
}

function versionOf(root: string): string[] | undefined {
  const variable = process.env.PYENV_VERSION
  if (variable) return variable.split(':')
  for (let folder = tmpdir(); ; folder = path.dirname(folder)) {
    const local = readVersionFile(path.join(folder, '.python-version'))
    if (local) return local
    if (path.dirname(folder) === folder) break
  }
  return readVersionFile(path.join(root, 'version')) ?? ['system']
}

/** The versions a pyenv version file names, one per line (its first word), or `undefined` when it names none. */
function readVersionFile(file: string): string[] | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const versions = text
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((word) => word !== '' && !word.startsWith('#'))
  return versions.length > 0 ? versions : undefined
}

/**
 * Hooks known to leave an installed version's command alone: pyenv's own
 * `pip-rehash` (after `pip install`), and pyenv-virtualenv's `which` hooks,
 * which act only when the version has no such command.
 */
const knownHooks = new Set([
  'pip-rehash',
  'pip-rehash.bash',
  'conda.bash',
  'python-config.bash',
  'system-site-packages.bash',
])

/**
 * Whether pyenv may run other `exec` or `which` hooks (a plugin's hook can
 * change the command run), in the places pyenv looks for them (samples get
 * no `PYENV_HOOK_PATH`).
 */
function hasHooks(root: string): boolean {
  const places = [
    path.join(root, 'pyenv.d'),
    '/usr/etc/pyenv.d',
    '/usr/local/etc/pyenv.d',
    '/etc/pyenv.d',
    '/usr/lib/pyenv/hooks',
    ...listing(path.join(root, 'plugins')).map((plugin) =>
      path.join(root, 'plugins', plugin, 'etc', 'pyenv.d'),
    ),
  ]
  return places.some((place) =>
    ['exec', 'which'].some((hook) =>
      listing(path.join(place, hook)).some((entry) => !knownHooks.has(entry)),
    ),
  )
}

function listing(folder: string): string[] {
  try {
    return readdirSync(folder)
  } catch {
    return []
  }
}
