import type { Colors } from './colors.js'
import type { FrameOf } from './problem-frames.js'
import type { ContentProblem } from './reporters/content-problems.js'

/** More warnings of one rule than this are shown as one line (unless verbose). */
const groupAbove = 3

/**
 * Content problems as `file:line:col: severity message (rule)` lines, errors
 * first, each error followed by its code frame when `frameOf` gives one.
 * Unless `verbose`, the warnings of a rule that has many are one line:
 * `image-alt: 300 warnings in 7 posts, first at file:line:col: message`.
 */
export function formatProblems(
  problems: readonly ContentProblem[],
  options: { verbose: boolean; colors: Colors; frameOf?: FrameOf | undefined },
): string[] {
  const { colors } = options
  const line = (problem: ContentProblem) => {
    const severity = problem.severity === 'error' ? colors.red('error') : colors.yellow('warning')
    const rule = problem.ruleId ? colors.dim(` (${problem.ruleId})`) : ''
    return `${problem.file}:${problem.line}:${problem.column}: ${severity} ${problem.reason}${rule}`
  }
  const errors = problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => {
      const frame = options.frameOf?.(problem)
      return frame ? `${line(problem)}\n${frame}\n` : line(problem)
    })
  const warnings = problems.filter((problem) => problem.severity === 'warning')
  if (options.verbose) return [...errors, ...warnings.map(line)]
  const byRule = new Map<string, ContentProblem[]>()
  for (const problem of warnings) {
    const rule = problem.ruleId ?? ''
    byRule.set(rule, [...(byRule.get(rule) ?? []), problem])
  }
  const grouped = [...byRule].flatMap(([rule, group]) => {
    const [first] = group
    if (!first || group.length <= groupAbove) return group.map(line)
    const posts = new Set(group.map((problem) => problem.file)).size
    return [
      `${colors.yellow(`${rule || 'warning'}:`)} ${group.length} warnings in ${posts} ${posts === 1 ? 'post' : 'posts'}, first at ${line(first)} (--verbose lists them all)`,
    ]
  })
  return [...errors, ...grouped]
}
