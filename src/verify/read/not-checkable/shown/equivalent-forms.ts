import escapeStringRegexp from 'escape-string-regexp'
import { commentText } from '../../error-claims/error-comments.js'
import { isEquivalenceConnective } from '../../outputs/comments/equivalence-comments.js'
import type { Sample } from '../../remark-extract-samples.js'
import { undefinedName } from '../needs/described-setup.js'
import { errorLine } from './pseudo-code.js'

/**
 * Why a fence of equivalent forms joined by a connective comment
 * (`String.prototype.replace(searchValue, replaceValue)` / `// 等同于` /
 * `searchValue[Symbol.replace](this, replaceValue)`) cannot be checked when
 * it stops on a name it never binds: it states signatures, with their
 * parameters as placeholders, not a program. `undefined` for a fence with no
 * such comment, or another error.
 */
export function equivalentFormsAt(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  const lines = sample.code.split('\n')
  const at = lines.findIndex((line) => {
    const text = commentText(line, sample.runner)
    return text !== undefined && isEquivalenceConnective(text)
  })
  if (at < 0) return undefined
  const connective = commentText(lines[at] ?? '', sample.runner)
  const match = undefinedName.exec(output)
  const name = match?.[1] ?? match?.[2]
  // The unbound name is a parameter of both forms, on each side of the connective.
  const word = new RegExp(`(?<![\\w$])${escapeStringRegexp(name ?? '')}(?![\\w$])`)
  const sides = [lines.slice(0, at), lines.slice(at + 1)].map((side) => side.join('\n'))
  if (name === undefined || !sides.every((side) => word.test(side))) return undefined
  const line = errorLine(output, samplePath)
  const where = line === undefined ? '' : `, at line ${sample.line + line}`
  return `equivalent forms joined by \`${connective}\`, with names never bound (\`${name}\`${where}): a signature, not a program`
}
