import type { Runner } from '../../../runners.js'
import type { Statement } from '../../code/statements.js'
import { printCall } from '../documented-output.js'

/** The kinds of top-level statement, by how each relates to what it shows. */

/** A print call anywhere in a statement: a block or loop that prints. */
export const printsWithin = /(?:^|[^\w.$])(?:print|console\.(?:log|info|error|warn)|alert)\s*\(/

/** How a statement relates to what it shows, which decides what a comment on it may document. */
export type StatementKind = 'print' | 'call' | 'expression' | 'block' | 'other'

/** The kind of a top-level statement: a print call, another call or expression, a block or loop that prints, or other. */
export function kindOf(statement: Statement, runner: Runner): StatementKind {
  const text = statement.text.trim()
  if (printCall.test(text)) return 'print'
  if (statement.expression) return /\)\s*;?$/.test(text) ? 'call' : 'expression'
  // A block or loop whose own code prints (not a function or class defined for later).
  const defines =
    runner.id === 'python'
      ? /^(?:async\s+)?(?:def|class)\b|^@/
      : /^(?:async\s+)?function\b|^class\b|^(?:let|const|var)\s+\w+\s*=\s*(?:async\s+)?(?:function\b|\(|\w+\s*=>)/
  return printsWithin.test(text) && !defines.test(text) ? 'block' : 'other'
}
