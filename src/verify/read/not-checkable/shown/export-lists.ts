import type { Sample } from '../../remark-extract-samples.js'

/** Node's early error for a name an `export { … }` list names and the module never declares. */
const undeclaredExport = /SyntaxError: Export '([\p{L}\p{N}_$]+)' is not defined in module/u

/**
 * Why a JavaScript sample that only shows a module's export list
 * (`// foos.js` / `export { foo as default, foo1, foo2 };`) does not parse:
 * the list is quoted from a module whose code the post leaves out, when the
 * sample holds nothing but export lists and comments. One with code of its
 * own that exports a name it never declares (a misspelling) still fails.
 */
export function exportListExcerptAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const name = undeclaredExport.exec(output)?.[1]
  if (name === undefined || line === undefined) return undefined
  const lines = sample.code.split('\n')
  const text = lines[line - 1] ?? ''
  if (!/^\s*export\s*\{/.test(text)) return undefined
  // Only export lists and comments: the module's code is not on the page.
  const quoted = lines.every(
    (text) =>
      /^\s*(?:export\s*\{[^}]*\}[^;]*;?\s*)?(?:\/\/.*)?$/.test(text) || /^\s*\/?\*/.test(text),
  )
  if (!quoted) return undefined
  return `an excerpt of a module: its export list names \`${name}\`, which the code left out declares, at line ${sample.line + line}`
}
