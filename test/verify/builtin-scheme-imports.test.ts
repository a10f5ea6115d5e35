import { describe, expect, it } from 'vitest'
import { builtinSchemeImport } from '../../src/verify/judge/builtin-scheme-imports.js'

const refused = (scheme: string) =>
  `Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${scheme}:'`

describe('a built-in module imported with its name as the scheme', () => {
  const code = "// read a file\nimport fs from 'fs:node'\nfs.readFileSync('a')"

  it('is the sample’s own error, at the import', () => {
    expect(builtinSchemeImport(code, 'ERR_UNSUPPORTED_ESM_URL_SCHEME', refused('fs'))).toBe(2)
  })

  it('is not a web address, which other runtimes load', () => {
    const deno = "import { serve } from 'https://deno.land/std/http/server.ts'"
    expect(builtinSchemeImport(deno, 'ERR_UNSUPPORTED_ESM_URL_SCHEME', refused('https'))).toBe(
      undefined,
    )
  })

  it('is not a scheme naming no built-in module, nor another error', () => {
    expect(
      builtinSchemeImport(
        "import x from 'jsr:@std/path'",
        'ERR_UNSUPPORTED_ESM_URL_SCHEME',
        refused('jsr'),
      ),
    ).toBe(undefined)
    expect(builtinSchemeImport(code, 'ERR_MODULE_NOT_FOUND', refused('fs'))).toBe(undefined)
  })
})
