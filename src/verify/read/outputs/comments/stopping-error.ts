import type { Runner } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import { documentedError } from '../../error-claims/error-comments.js'
import type { OutputPart } from '../documented-output.js'

/**
 * Whether the sample ends with a statement its comment says raises an error,
 * after every statement whose printed lines the comments show: a loop
 * printing the keys, `// edition` / `// committee`, then `for (let e of es6)
 * {...}` closed by `}` and `// TypeError: es6 is not iterable` under it. The
 * program stops there, as the post says, so the sample is checked for that
 * error at its line, as one that documents errors alone is; read as output,
 * the claim was lost and the sample failed on its exit code.
 */
export function endsAtClaimedError(
  code: string,
  runner: Runner,
  parts: readonly OutputPart[],
): boolean {
  const claim = documentedError(code, 0, runner)
  const last = topLevelStatements(runner, code)?.at(-1)
  if (!claim || !last) return false
  const claimed = claim.through ?? claim.line
  return claimed === last.to && parts.every((part) => part.to < claim.line)
}
