import { builtinModules } from 'node:module'

/** Node's refusal of an import whose specifier reads as a URL of an unknown scheme: `Received protocol 'fs:'`. */
const refusedScheme = /Received protocol '([a-z][\w+.-]*):'/u

const webSchemes = new Set(['http', 'https'])

/**
 * The line of a JavaScript sample importing a built-in module by its name
 * written as a URL scheme, `import fs from 'fs:node'` for `node:fs`, which
 * Node refuses (`ERR_UNSUPPORTED_ESM_URL_SCHEME`) on every machine: the
 * sample's own error, at that line. `undefined` for another error, or for a
 * scheme that names no built-in module (`https:`, `jsr:`, imports other
 * runtimes load).
 */
export function builtinSchemeImport(
  code: string,
  errorCode: string,
  message: string,
): number | undefined {
  if (errorCode !== 'ERR_UNSUPPORTED_ESM_URL_SCHEME') return undefined
  const scheme = refusedScheme.exec(message)?.[1]
  // `http:` and `https:` are web addresses (Deno, a browser), though Node has modules of those names.
  if (scheme === undefined || webSchemes.has(scheme) || !builtinModules.includes(scheme))
    return undefined
  const index = code
    .split('\n')
    .findIndex((line) => line.includes(`'${scheme}:`) || line.includes(`"${scheme}:`))
  return index === -1 ? undefined : index + 1
}
