import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../../remark-extract-samples.js'

/** Node's error for a file an import names that is not there: `Cannot find module '/tmp/x/a.js' imported from ...`. */
const notFound = /\bCannot find module '([^'\n]+)'/gu

/**
 * The relative specifiers a JavaScript module sketch imports: `import x from '../a.js'`,
 * `export * from '../../b'`, `import('../c')`. A CommonJS `require('../d')` of a file the post
 * does not give stays an error of the sample, as before.
 */
const relativeLoad = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"`])(\.{1,2}\/[^'"`\n]+)\1/gu

/** Extensions a bundler tries for a specifier written without one. */
const extensions = ['.js', '.mjs', '.cjs', '.ts', '.jsx', '.tsx', '.json']

/**
 * Why a JavaScript module sketch that stopped on a file it imports cannot be
 * checked: the post gives no file of that name (`import {a} from
 * './xxx.js'`, a module the reader is to imagine), or gives it under a name
 * with an extension the import leaves out (`import customName from
 * './export-default'` for the `export-default.js` the post shows), which a
 * bundler resolves and Node's ES modules do not. Only when Node's own
 * `Cannot find module` names that specifier; a file the post gives under
 * the very name imported runs, and fails on its own errors.
 */
export function absentModuleFileNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (!/\b(?:ERR_)?MODULE_NOT_FOUND\b/u.test(output)) return undefined
  const missing = [...output.matchAll(notFound)].map((match) => match[1] ?? '')
  const given = new Set([...(sample.pageFiles ?? []), ...Object.keys(sample.files)])
  for (const [, , specifier = ''] of sample.code.matchAll(relativeLoad)) {
    const name = specifier.replace(/^(?:\.\/)+/u, '')
    const ending = new RegExp(`(?:^|/)${escapeStringRegexp(name)}$`, 'u')
    if (!missing.some((path) => ending.test(path))) continue
    const base = name.split('/').at(-1) ?? name
    if (given.has(name) || given.has(base)) continue
    const withExtension = extensions.map((extension) => `${base}${extension}`)
    // A file of the fence itself (`// circle.js` above its code): the fence holds several files.
    if (withExtension.some((file) => ownFile(sample.code, file))) continue
    const shown = withExtension.find((file) => given.has(file))
    if (shown !== undefined) {
      return `imports \`${specifier}\` without the extension of the post's \`${shown}\`, as a bundler resolves it; Node's ES modules need the full name`
    }
    return `needs the module \`${specifier}\`, which the post does not give`
  }
  return undefined
}

/** Whether a comment line of the code names a file, as a fence of several files heads each. */
function ownFile(code: string, file: string): boolean {
  return new RegExp(
    `^\\s*(?://|#|/\\*)[^\\n]*(?<![\\w.-])${escapeStringRegexp(file)}\\b`,
    'mu',
  ).test(code)
}
