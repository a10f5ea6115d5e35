import { createRequire } from 'node:module'

const manifest: unknown = createRequire(import.meta.url)('../package.json')

/** postdeck's own version, from its package.json. */
export const postdeckVersion =
  typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown'
