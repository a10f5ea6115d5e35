import type { Paragraph, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Runner } from '../../../runners.js'
import type { DocumentedOutput } from '../documented-output.js'

/** A print call flush left, one line: `print(...)`, `console.log(...)`, its argument list. */
const topLevelPrint = /^(?:print|console\.log)\((.*)\)\s*;?\s*(?:#.*|\/\/.*)?$/u
/** A string literal opening an argument list, Python's prefixes (`f`, `r`) allowed, or a template literal. */
const openingString = /^(?:[fFrRbBuU]{0,2})(['"`])((?:\\.|(?!\1)[^\\])*)\1/u
/** A call opening an argument list: `describe()`, `car.describe(150)`, the name called. */
const openingCall = /^(?:[\p{L}_$][\p{L}\p{N}_$]*\.)*([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/u

/**
 * The text a string literal prints, its fields (`{name}`, `${name}`) as
 * wildcards: a pattern matching the printed line whatever their values,
 * from the literal as written.
 */
function templatePattern(literal: string): { pattern: string; fixed: string } {
  const pieces = literal.split(/\$?\{[^{}]*\}/u)
  const fixed = pieces.join(' ').replace(/\\n|\\t/gu, ' ')
  const pattern = pieces
    .map((piece) => piece.replace(/\\(['"`\\])/gu, '$1').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('.*?')
  return { pattern, fixed }
}

/** The string literal a function of `sources` named `name` returns, as written, or `undefined`. */
function returnedString(name: string, sources: readonly string[]): string | undefined {
  for (const source of sources) {
    const lines = source.split('\n')
    const at = lines.findIndex((line) =>
      new RegExp(
        `^\\s*(?:def|function|async\\s+function)\\s+${name}\\s*\\(|^\\s+${name}\\s*\\([^)]*\\)\\s*\\{`,
        'u',
      ).test(line),
    )
    if (at < 0) continue
    for (const line of lines.slice(at + 1, at + 20)) {
      const returned = /^\s*return\s+(.*?)\s*;?\s*$/u.exec(line)?.[1]
      if (returned !== undefined) return openingString.exec(returned)?.[0]
    }
  }
  return undefined
}

/** The pattern of what a top-level print line shows, from the string it prints as written. */
function printedTemplate(
  print: string | undefined,
  code: string,
  earlier: readonly string[],
): { pattern: string; fixed: string } | undefined {
  const argument = print === undefined ? undefined : topLevelPrint.exec(print)?.[1]?.trim()
  if (argument === undefined) return undefined
  const called = openingCall.exec(argument)?.[1]
  const literal =
    openingString.exec(argument)?.[0] ??
    (called === undefined ? undefined : returnedString(called, [code, ...earlier]))
  const quoted = literal === undefined ? undefined : openingString.exec(literal)?.[2]
  return quoted === undefined ? undefined : templatePattern(quoted)
}

/**
 * What a sample prints, pasted as a plain paragraph right under its fence,
 * as a notebook exported to Markdown (Hashnode's, Medium's) leaves a cell's
 * output: no fence and no lead-in, the printed lines joined into one by the
 * export (`The Honda City car gives the mileage of 24.1km/l The Honda City
 * runs at …`). Decided by what the code prints, not by what it printed
 * here: the paragraph opens with the text of the sample's first top-level
 * print and ends with that of its last, each a string literal (its fields,
 * `{self.name}`, any text) or the one a function of the sample or of an
 * earlier fence returns, with two words or more written in it; a stale
 * value in a field still fails. A sentence that only opens with the printed
 * words (`Hello, World! is the first program`) is prose.
 */
export function printedParagraph(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
  earlier: readonly string[] = [],
): DocumentedOutput | undefined {
  if (runner.id !== 'python' && runner.id !== 'javascript') return undefined
  const next = parent.children[index + 1]
  if (next?.type !== 'paragraph') return undefined
  const prints = code.split('\n').filter((line) => topLevelPrint.test(line))
  const first = printedTemplate(prints[0], code, earlier)
  const last = printedTemplate(prints.at(-1), code, earlier)
  if (first === undefined || last === undefined) return undefined
  const words = (template: { fixed: string }) => (template.fixed.match(/\p{L}{2,}/gu) ?? []).length
  if (words(first) < 2 || words(last) < 2) return undefined
  const text = plainText(next as Paragraph).trim()
  // From the first print's text to the last's: a sentence that only opens with printed words is prose.
  const whole =
    prints.length === 1 ? `^${first.pattern}$` : `^${first.pattern}[\\s\\S]*${last.pattern}$`
  if (!new RegExp(whole, 'u').test(text)) return undefined
  const line = next.position?.start.line ?? 0
  return {
    kind: 'block',
    lines: [text],
    lineNumbers: [line],
    paragraph: true,
    reason: `paragraph at line ${line} under the sample, holding the text its prints show`,
  }
}
