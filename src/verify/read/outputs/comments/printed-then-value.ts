import { literalValue, valueThenRemark } from './repl-values.js'

/**
 * A comment on a call saying what it prints, quoted, then the value it gives,
 * after an arrow: `打印「开始」→ { value: 1, done: false }`,
 * `prints "hi" -> 3`, `输出 'a' => true`. The printed text comes first, as the
 * console shows it, then the value; words about the value in brackets after
 * it are left out (`→ { done: true }（之后恒为 done）`).
 */
const printedThenArrow =
  /^(?:打印|输出|prints?|logs?)\s*(?:「([^」]*)」|“([^”]*)”|"([^"]*)"|'([^']*)')\s*(?:→|->|=>|⇒)\s*(\S.*)$/iu

/** The printed line and the value a comment documents, in the order shown; `undefined` for another comment. */
export function printedThenValue(comment: string): [string, string] | undefined {
  const match = printedThenArrow.exec(comment.trim())
  if (!match) return undefined
  const printed = match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''
  const written = (match[5] ?? '').trim()
  // Words about the value in brackets after it: `{ done: true }（之后恒为 done）`.
  const bare = written.replace(
    /\s*(?:（[^（）]*\p{L}[^（）]*）|\((?=[^()]*\p{L}{2,})[^()]*\))$/u,
    '',
  )
  const value = literalValue.test(bare) ? bare : valueThenRemark(written)
  return value === undefined ? undefined : [printed, value]
}
