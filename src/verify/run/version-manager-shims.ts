import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'

/**
 * The interpreter an asdf or mise shim starts for a sample, read from files
 * as the manager reads them, so that a warm run starts no process:
 * `ASDF_<TOOL>_VERSION` or `MISE_<TOOL>_VERSION`, else the first
 * `.tool-versions` from the sample's folder (in the temporary folder) up,
 * else the home folder's. `undefined` when only running the shim can tell:
 * not such a shim, several versions or `system`, settings that add other
 * version files (asdf's `legacy_version_file`, any mise TOML config).
 */
export function managedExecutable(
  shim: string,
  isScript: (file: string) => boolean,
): string | undefined {
  const command = path.basename(shim)
  const asdf = asdfShim(shim)
  if (asdf) {
    const version = chosenVersion('ASDF', asdf.tool)
    if (!version || !asdf.versions.includes(version) || asdfReadsLegacyFiles()) return undefined
    const executable = path.join(asdf.root, 'installs', asdf.tool, version, 'bin', command)
    return existsSync(executable) && !isScript(executable) ? executable : undefined
  }
  const mise = miseShim(shim)
  if (mise) {
    const tool = /^python/.test(command) ? 'python' : /^node/.test(command) ? 'node' : undefined
    if (!tool || miseConfigured()) return undefined
    const version = chosenVersion('MISE', tool)
    if (!version) return undefined
    // Note: mise links a version prefix to the version it stands for (`3.12 -> 3.12.1`).
    const executable = path.join(mise, 'installs', tool, version, 'bin', command)
    return existsSync(executable) && !isScript(executable) ? executable : undefined
  }
  return undefined
}

/** An asdf shim: a script that runs `asdf exec`, with the plugin and versions providing it in its comments. */
function asdfShim(shim: string): { root: string; tool: string; versions: string[] } | undefined {
  let text: string
  try {
    text = readFileSync(shim, 'utf8')
  } catch {
    return undefined
  }
  if (!/\basdf\b.* exec /.test(text)) return undefined
  const provided = [...text.matchAll(/^# asdf-plugin: (\S+) (\S+)$/gm)]
  const tool = provided[0]?.[1]
  if (!tool || provided.some((match) => match[1] !== tool)) return undefined
  const shims = path.dirname(shim)
  if (path.basename(shims) !== 'shims') return undefined
  return {
    root: path.dirname(shims),
    tool,
    versions: provided.map((match) => match[2] ?? ''),
  }
}

/** The data folder of a mise shim (a link to the `mise` executable in `DATA/shims`). */
function miseShim(shim: string): string | undefined {
  let real: string
  try {
    real = realpathSync(shim)
  } catch {
    return undefined
  }
  const shims = path.dirname(shim)
  if (path.basename(real) !== 'mise' || path.basename(shims) !== 'shims') return undefined
  return path.dirname(shims)
}

/** The one version of `tool` that a `.tool-versions` file or the environment names; `undefined` for several or none. */
function chosenVersion(manager: 'ASDF' | 'MISE', tool: string): string | undefined {
  const variable = process.env[`${manager}_${tool.toUpperCase()}_VERSION`]
  const versions =
    variable !== undefined
      ? variable.split(/\s+/).filter(Boolean)
      : (folders()
          .map((folder) => toolVersions(path.join(folder, '.tool-versions'), tool))
          .find((found) => found !== undefined) ?? [])
  const [version] = versions
  if (versions.length !== 1 || !version || version === 'system' || /[/\\]|^\.\.?$/.test(version)) {
    return undefined
  }
  return version
}

/** The folders a manager looks in for version files: the sample's folder and those above it, then home. */
function folders(): string[] {
  const found: string[] = []
  for (let folder = tmpdir(); ; folder = path.dirname(folder)) {
    found.push(folder)
    if (path.dirname(folder) === folder) break
  }
  return [...found, homedir()]
}

/** The versions of `tool` a `.tool-versions` file names, or `undefined` when the file or its line is not there. */
function toolVersions(file: string, tool: string): string[] | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  for (const line of text.split(/\r?\n/)) {
    const [name, ...versions] = line.replace(/#.*$/, '').trim().split(/\s+/)
    if (name === tool) return versions
  }
  return undefined
}

/** Whether asdf is set to read other tools' version files too (`.python-version`, `.nvmrc`). */
function asdfReadsLegacyFiles(): boolean {
  const file = process.env.ASDF_CONFIG_FILE ?? path.join(homedir(), '.asdfrc')
  try {
    return /^\s*legacy_version_file\s*=\s*yes\b/m.test(readFileSync(file, 'utf8'))
  } catch {
    return false
  }
}

/** Whether a mise TOML config may choose versions (read by mise alone): any in the folders it looks in. */
function miseConfigured(): boolean {
  const names = [
    'mise.toml',
    '.mise.toml',
    'mise.local.toml',
    '.mise.local.toml',
    '.config/mise.toml',
    '.config/mise/config.toml',
    'mise/config.toml',
  ]
  const global =
    process.env.MISE_GLOBAL_CONFIG_FILE ?? path.join(homedir(), '.config', 'mise', 'config.toml')
  return (
    existsSync(global) ||
    existsSync('/etc/mise/config.toml') ||
    folders().some((folder) => names.some((name) => existsSync(path.join(folder, name))))
  )
}
