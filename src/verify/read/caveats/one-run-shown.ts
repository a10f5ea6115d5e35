import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { varyingSource } from '../outputs/comments/varying-sources.js'
import type { DocumentedOutput } from '../outputs/documented-output.js'
import { outputLeadIn } from '../outputs/fences/output-lead-in.js'
import { runsSideBySide } from '../varying/side-by-side.js'
import type { Caveat } from './caveat.js'

/**
 * Words of a lead-in saying the output below is what one run printed:
 * `某次的运行结果如下`, `一次运行的结果`, `one run printed:`, `a sample run:`,
 * `one possible output:`, `可能的输出`, `(每次运行都会不一样)`, `it varies on each run`.
 */
const oneRun =
  /某次|其中一次|一次(?:可能的)?运行|可能的(?:运行)?(?:结果|输出)|每次(?:运行|执行)?(?:的)?(?:结果|输出)?都?(?:会|可能)?(?:不一样|不同)|\b(?:differs?|var(?:y|ies)|changes?) (?:on|with|from) (?:each|every) run\b|\bone (?:possible )?(?:run|output|result)\b|\b(?:a|one) (?:sample|possible|typical) (?:run|output)\b|\bmight (?:look|print|output)\b/iu

/**
 * The lead-in right above a sample's output fence that calls it what one
 * run printed (`某次的运行结果如下所示。`), for code that draws random
 * numbers or runs threads side by side: another run prints other numbers,
 * or the same lines in another order, so a difference varies. `undefined`
 * for any other output, and for code that prints the same each run.
 */
export function oneRunShownAt(
  parent: Parent,
  code: string,
  expected: DocumentedOutput | undefined,
): Caveat | undefined {
  if (!('random' in (varyingSource(code) ?? {})) && !runsSideBySide(code)) return undefined
  const leadIn = outputLeadIn(parent, expected)
  const line = leadIn?.position?.start.line
  if (leadIn === undefined || line === undefined || !oneRun.test(plainText(leadIn)))
    return undefined
  return { line, reason: `the text at line ${line} shows one run's output`, check: 'varies' }
}
