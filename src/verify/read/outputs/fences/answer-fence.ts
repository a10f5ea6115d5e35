import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { type Runner, runnerFor } from '../../../runners.js'
import { topLevelStatements } from '../../code/statements.js'
import type { DocumentedOutput } from '../documented-output.js'

/** A comment line holding only a marked value: `// -> 1`, `# => [1, 2]`, `// → 'a'`. */
function markedValue(line: string, prefixes: readonly string[]): string | undefined {
  const trimmed = line.trim()
  const prefix = prefixes.find((candidate) => trimmed.startsWith(candidate))
  if (prefix === undefined) return undefined
  return /^(?:->|=>|→)\s*(\S.*)$/u.exec(trimmed.slice(prefix.length).trim())?.[1]?.trim()
}

/**
 * The value of a quiz: a sample ending with a bare expression (`y;`), and,
 * after at most one paragraph ending in a colon (`The answer:`, `答案是：`),
 * a fence of its language holding only that expression's value as a value
 * comment (`// -> 1`), as a console would show it. Not a fence that holds
 * code, nor one after a paragraph that goes on.
 */
export function answerFence(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
): DocumentedOutput | undefined {
  let next = parent.children[index + 1]
  if (next?.type === 'paragraph') {
    if (!/[:：]\s*$/u.test(plainText(next).trim())) return undefined
    next = parent.children[index + 2]
  }
  if (next?.type !== 'code' || runnerFor(next.lang?.toLowerCase() ?? '')?.id !== runner.id) {
    return undefined
  }
  const filled = next.value
    .split('\n')
    .map((line, offset) => ({ line, offset }))
    .filter(({ line }) => line.trim() !== '')
  const [only] = filled
  const value =
    only && filled.length === 1 ? markedValue(only.line, runner.commentPrefixes) : undefined
  const last = topLevelStatements(runner, code)?.at(-1)
  if (!only || value === undefined || !last?.expression) return undefined
  const fenceLine = next.position?.start.line ?? 1
  const lineNumbers = [fenceLine + 1 + only.offset]
  return {
    kind: 'statements',
    lines: [value],
    lineNumbers,
    parts: [{ from: last.from, to: last.to, value: true, lines: [value], lineNumbers }],
    reason: `value in the fence at line ${fenceLine}, the answer to the expression ending the sample`,
  }
}
