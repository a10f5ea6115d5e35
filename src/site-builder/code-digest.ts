import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageFolder } from '../version.js'
import type { InputFiles } from './input-files.js'

const require = createRequire(import.meta.url)

/**
 * What the code that renders pages is: a digest of postdeck's own modules
 * (its `lib/` folder, bundle included, or `src/` when it runs from its
 * sources) and the installed versions of its dependencies. The build cache
 * keys on it, so no page made by other code is ever taken from the cache,
 * whatever the version number says.
 *
 * Note: dependencies of dependencies are not looked at.
 */
export async function codeDigest(inputs: InputFiles): Promise<string> {
  const here = fileURLToPath(import.meta.url)
  const sources = path.join(packageFolder, 'src')
  const [code, suffix] = here.startsWith(sources + path.sep)
    ? [sources, '.ts']
    : [path.join(packageFolder, 'lib'), '.js']
  const [modules, versions] = await Promise.all([
    inputs.digestFolder(code, suffix),
    dependencyVersions(),
  ])
  return JSON.stringify([modules, versions])
}

let versions: Promise<string> | undefined

/** `name@version` of each dependency postdeck's package.json names, as installed; read once. */
function dependencyVersions(): Promise<string> {
  versions ??= (async () => {
    const manifest = await readManifest(path.join(packageFolder, 'package.json'))
    const names = Object.keys(manifest?.dependencies ?? {}).sort()
    const found = await Promise.all(
      names.map(async (name) => `${name}@${await installedVersion(name)}`),
    )
    return found.join(' ')
  })()
  return versions
}

/** The version of the installed package `name`, found where Node would look for it. */
async function installedVersion(name: string): Promise<string> {
  for (const folder of require.resolve.paths(name) ?? []) {
    const manifest = await readManifest(path.join(folder, name, 'package.json'))
    if (manifest) return manifest.version ?? '?'
  }
  return 'missing'
}

async function readManifest(
  file: string,
): Promise<{ version?: string; dependencies?: Record<string, string> } | undefined> {
  try {
    const data: unknown = JSON.parse(await readFile(file, 'utf8'))
    if (typeof data !== 'object' || data === null) return undefined
    const version = 'version' in data && typeof data.version === 'string' ? data.version : undefined
    const dependencies =
      'dependencies' in data && typeof data.dependencies === 'object' && data.dependencies !== null
        ? Object.fromEntries(
            Object.entries(data.dependencies).map(([key, value]) => [key, String(value)]),
          )
        : undefined
    return { ...(version ? { version } : {}), ...(dependencies ? { dependencies } : {}) }
  } catch {
    return undefined
  }
}
