import type { Runner } from '../../../runners.js'
import { withoutRuleLines } from '../../rule-lines.js'
import type { DocumentedOutput } from '../documented-output.js'
import { arrowOutputs } from './arrow-outputs.js'
import { markedRawOutput } from './marked-raw-output.js'
import { outputUnderRule } from './output-under-rule.js'
import { pastedConsoleError } from './pasted-console-error.js'
import { pastedTraceback } from './pasted-traceback.js'

/**
 * What a Python or JavaScript sample holds that is not code, made blank
 * lines: output written into it, after arrows (arrow-outputs.ts), under a
 * marker comment (marked-raw-output.ts) or as a traceback under the code
 * (pasted-traceback.ts) or under a rule drawn after the code (output-under-rule.ts), a browser console's error under the code, read
 * as the comment claiming it (pasted-console-error.ts), and the rules drawn between its
 * parts (rule-lines.ts); with the output so documented. `undefined` when it
 * holds none.
 */
export function pastedIntoCode(
  written: string,
  fenceLine: number,
  runner: Runner,
): { code: string; expected: DocumentedOutput | undefined } | undefined {
  // Before the rules are blanked: the lines under a rule after the code may be its output.
  const under = outputUnderRule(written, fenceLine, runner)
  if (under) return under
  const ruled = withoutRuleLines(written, runner)
  const code = ruled ?? written
  const pasted =
    arrowOutputs(code, fenceLine, runner) ??
    markedRawOutput(code, fenceLine, runner) ??
    pastedTraceback(code, fenceLine, runner)
  if (pasted) return pasted
  // A browser console's `Uncaught TypeError: ...` under the code: the error its comment would claim.
  const claimed = pastedConsoleError(code, runner)
  if (claimed !== undefined) return { code: claimed, expected: undefined }
  return ruled === undefined ? undefined : { code: ruled, expected: undefined }
}
