import type { Sample } from '../../remark-extract-samples.js'
import { isTypo } from '../needs/unloaded-namespace.js'

/** An identifier, written in any script. */
const identifier = /(?<![\p{L}\p{N}_$.])[\p{L}_$][\p{L}\p{N}_$]*/gu

/**
 * A name that stands for any condition in code shown for its shape
 * (`if (condition) {`, `while (!done)`), which stops the sample with
 * `ReferenceError: condition is not defined`: the reader cannot run it as
 * written either, so it is not checkable, a note and not a failure. Only a
 * name every use of which is the whole test of an `if` or `while` (perhaps
 * negated), that the sample never binds (an earlier sample defining it would
 * have run first), and that is no near spelling of a name of the sample or of
 * a global, which is a typo the reader meets too.
 */
export function placeholderConditionNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const name = /^(?:Uncaught )?ReferenceError: ([\p{L}_$][\p{L}\p{N}_$]*) is not defined$/mu.exec(
    output,
  )?.[1]
  if (name === undefined) return undefined
  const code = sample.code.replace(/\/\*[\s\S]*?\*\/|(?<![:\\'"])\/\/.*$/gmu, ' ')
  const uses = [...code.matchAll(identifier)].filter((match) => match[0] === name)
  const asCondition = /\b(?:if|while)\s*\(\s*!?\s*$/u
  const closes = /^\s*\)/u
  const everyUseATest = uses.every((use) => {
    const at = use.index ?? 0
    return asCondition.test(code.slice(0, at)) && closes.test(code.slice(at + name.length))
  })
  if (uses.length === 0 || !everyUseATest || isTypo(sample, name)) return undefined
  return `\`${name}\` stands for any condition of code shown for its shape; no sample defines it`
}
