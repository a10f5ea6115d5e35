import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * Node's error for an import it cannot resolve: `Cannot find module 'x'`
 * (`require`, code `MODULE_NOT_FOUND`) or `Cannot find package 'x'`
 * (`import`, code `ERR_MODULE_NOT_FOUND`).
 */
const notFound = /\bCannot find (?:module|package) '([^'\n]+)'/gu
/** A specifier naming a file or a URL rather than a package: `./a.js`, `/x`, `C:\x`, `file:...`, `node:fs`. */
const fileSpecifier = /^(?:\.{1,2}(?:\/|\\|$)|\/|[A-Za-z]:[\\/]|[a-z][a-z\d+.-]*:)/u

/**
 * The npm package a JavaScript sample imports that is not installed here,
 * from the error that stopped it, as `needs the npm package \`x\``: the
 * package, not the code, is what is missing, so the sample is not
 * checkable. Only a bare specifier the sample's own code imports counts;
 * a missing file of the post (`./util.js`) is left to the other checks.
 */
export function absentPackageNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (!/\b(?:ERR_)?MODULE_NOT_FOUND\b/u.test(output)) return undefined
  for (const [, specifier = ''] of output.matchAll(notFound)) {
    if (fileSpecifier.test(specifier)) continue
    const name = packageName(specifier)
    if (!importsPackage(sample.code, name)) continue
    return `needs the npm package \`${name}\``
  }
  return undefined
}

/** The package of a specifier: `lodash` of `lodash/fp`, `@scope/pkg` of `@scope/pkg/sub`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/')
}

/** Whether code imports a package by name: `require('x')`, `import ... from 'x'`, `import('x/sub')`. */
function importsPackage(code: string, name: string): boolean {
  const quoted = `(['"\`])${escapeStringRegexp(name)}(?:/[^'"\`]*)?\\1`
  return new RegExp(
    `(?:\\brequire\\s*\\(\\s*|\\bfrom\\s*|\\bimport\\s*\\(?\\s*)${quoted}`,
    'u',
  ).test(code)
}

/**
 * The globals well-known libraries are loaded as, by a page's `<script>` tag
 * or into the author's REPL, with the library each names.
 */
const libraryGlobals = new Map([
  ['_', 'lodash or Underscore'],
  ['$', 'jQuery'],
  ['jQuery', 'jQuery'],
  ['R', 'Ramda'],
  ['moment', 'Moment.js'],
  ['dayjs', 'Day.js'],
  ['d3', 'D3'],
])

/**
 * The library a JavaScript sample uses through its global, that no sample
 * of the post loads (`_.pickBy(data)` raising `ReferenceError: _ is not
 * defined`): the library, not the code, is what is missing, as with a
 * package that is not installed.
 */
export function absentLibraryNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const name = /^(?:Uncaught )?ReferenceError: ([\w$]+) is not defined$/mu.exec(output)?.[1]
  const library = name === undefined ? undefined : libraryGlobals.get(name)
  if (name === undefined || library === undefined) return undefined
  const defines = new RegExp(
    `(?:let|const|var|function|class)\\s+${escapeStringRegexp(name)}(?![\\w$])|\\b(?:require|import)\\b`,
  )
  if (defines.test(sample.code)) return undefined
  return `needs ${library}, which it uses as \`${name}\` and no sample loads`
}
