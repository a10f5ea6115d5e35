import { createRequire } from 'node:module'
import path from 'node:path'

// Note: found by the package's own name, so it resolves the same from the
// modules in `lib/` and from the bundled command in `lib/cli/`.
const manifestPath = createRequire(import.meta.url).resolve('postdeck/package.json')
const manifest: unknown = createRequire(import.meta.url)(manifestPath)

/** The folder postdeck is installed in, holding its `package.json` and `templates/`. */
export const packageFolder = path.dirname(manifestPath)

/** postdeck's own version, from its package.json. */
export const postdeckVersion =
  typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown'
