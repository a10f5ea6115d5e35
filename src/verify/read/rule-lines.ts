import type { Runner } from '../runners.js'
import { topLevelStatements } from './code/statements.js'

/** A line of five or more dashes or equals signs only: a rule the author drew, not code. */
const rule = /^\s*(?:-{5,}|={5,})\s*$/

/** Whether a line is such a rule. */
export function isRuleLine(line: string): boolean {
  return rule.test(line)
}

/**
 * A Python or JavaScript sample with the rules its author drew between its
 * parts (`print(foo()())` / `# 8` / `-------------` / `# 后文...`) blank:
 * neither language has a statement of dashes alone, so the sample does not
 * parse as written, and does without them (every line keeps its number).
 * `undefined` when it has none, parses as it is, or still does not parse.
 */
export function withoutRuleLines(code: string, runner: Runner): string | undefined {
  if (runner.id !== 'python' && runner.id !== 'javascript') return undefined
  const lines = code.split('\n')
  if (!lines.some((line) => rule.test(line)) || topLevelStatements(runner, code)) return undefined
  const bare = lines.map((line) => (rule.test(line) ? '' : line)).join('\n')
  return topLevelStatements(runner, bare) ? bare : undefined
}
