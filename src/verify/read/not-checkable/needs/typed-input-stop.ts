import type { Sample } from '../../remark-extract-samples.js'
import { errorLine } from '../shown/pseudo-code.js'

/** Python's error for `input()` with nothing typed: the sample waited for the reader. */
const endOfInput = /^EOFError: EOF when reading a line$/m
const readsLine = /\binput\s*\(|\bsys\.stdin\.readline\s*\(/

/**
 * Why a Python sample that stopped before the line its error comment names
 * is not checkable: it stopped at an `input()` the reader answers
 * (`input_string_var = input("Enter some data: ")` in a tour of the language
 * whose `some_unknown_var  # Raises a NameError` comes later), with nothing
 * typed, as every sample here runs. `undefined` for any other stop.
 */
export function stoppedForInput(
  sample: Sample,
  output: string,
  samplePath: string,
  claimLine: number,
): string | undefined {
  if (sample.runner.id !== 'python' || !endOfInput.test(output)) return undefined
  const line = errorLine(output, samplePath)
  if (line === undefined || line >= claimLine) return undefined
  if (!readsLine.test(sample.code.split('\n')[line - 1] ?? '')) return undefined
  return `it reads what the reader types, at line ${sample.line + line}, before the line its comment says raises`
}
