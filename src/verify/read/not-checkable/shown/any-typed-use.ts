import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../../remark-extract-samples.js'

/** `let x: any`, `let x: any = 'a'`, `let x;`: a variable TypeScript types as `any`, explicitly or for want of a type and a value. */
const anyDeclaration =
  /(?:^|[;{]\s*)(?:let|var)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s*(?::\s*any\b|;|$)/gmu

/**
 * A TypeScript sample showing what the compiler lets through on a value
 * typed `any` (`let anyThing: any = 'Tom'; anyThing.setName('Jerry')`,
 * `let something; something.setName('Tom')`): the post is about what
 * type-checks, and run, such a use throws a `TypeError` the compiler was
 * told not to look for. Judged at the line the error names, which must use
 * such a variable; `undefined` for any other error, so a `TypeError` on a
 * typed value still fails.
 */
export function anyTypedUseAt(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  if (sample.runner.id !== 'typescript' || !/\bTypeError\b/u.test(output)) return undefined
  const at = new RegExp(`(?:<sample>|${escapeStringRegexp(samplePath)}):(\\d+)`, 'u')
  const line = Number(at.exec(output)?.[1] ?? 0)
  const text = sample.code.split('\n')[line - 1]
  if (!line || text === undefined) return undefined
  const names = [...sample.code.matchAll(anyDeclaration)].map((match) => match[1] ?? '')
  const used = names.find((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}_$.])${escapeStringRegexp(name)}\\s*[.[(]`, 'u').test(text),
  )
  return used === undefined
    ? undefined
    : `threw at line ${sample.line + line} on \`${used}\`, typed \`any\`: the sample shows what TypeScript lets through`
}
