import { readsAsProse } from '../../outputs/comments/value-claims.js'
import type { Sample } from '../../remark-extract-samples.js'
import { errorLine } from '../shown/pseudo-code.js'
import { isTypo } from './unloaded-namespace.js'

/** `NameError: name 'User' is not defined`, `ReferenceError: db is not defined`. */
export const undefinedName =
  /^(?:NameError: name '(\w+)' is not defined|(?:Uncaught )?ReferenceError: ([\w$]+) is not defined)$/mu

/**
 * Why a sample whose comments only describe what it does in words (`# 返回多个用户`
 * above `get_users()`, `# this returns the users`) cannot be checked when it
 * stops on a name nothing on the page defines (`User`, the author's own
 * model): it claims no value, so its code is a sketch of the author's
 * project, as a sample with no documented output is, and the name is setup
 * the page does not show. `undefined` when any comment gives a value, for
 * another error, or for a name that is a typo of a known one (`cosole`).
 */
export function describedSetupNeed(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  const parts = sample.expected?.parts
  if (sample.expected?.kind !== 'statements' || !parts || parts.length === 0) return undefined
  const described = parts.every(
    (part) => part.loose === true && part.lines.every((line) => readsAsProse(line)),
  )
  if (!described) return undefined
  const match = undefinedName.exec(output)
  const name = match?.[1] ?? match?.[2]
  if (name === undefined || isTypo(sample, name)) return undefined
  const line = errorLine(output, samplePath)
  const at = line === undefined ? '' : `, at line ${sample.line + line}`
  return `needs setup not shown (name \`${name}\`${at}); its comments only describe what it does`
}
