import type { Caveat } from './caveat.js'

/** A comment line alone naming Python 2 as what the lines under it are for: `# Python2`, `# Python 2.7:`, `# py2`, `# Python 2 中`. */
const python2Heading =
  /^\s*#\s*(?:in |for |under )?(?:python|py)\s*2(?:\.\d+|\.x)?(?![\d.])[^\n\w]{0,3}(?:中|下|里)?\s*[:：]?\s*$/iu
/** One naming another Python, which ends that section: `# Python3`. */
const otherHeading = /^\s*#\s*(?:in |for |under )?(?:python|py)\s*3/iu

/**
 * The lines of a Python sample under a comment naming Python 2 (`# Python2`
 * / `print(.1 + .2) # 0.3`), up to one naming Python 3 (`# Python3`): what
 * Python 2 printed, shown beside Python 3's in one fence. A difference there
 * is Python 2's, not a fault; the Python 3 lines are still compared.
 * `undefined` for a sample with no such comment.
 */
export function python2SectionIn(
  code: string,
  fenceLine: number,
  language: string,
): Caveat | undefined {
  if (!/^(?:python|py|python3)$/u.test(language)) return undefined
  const lines = code.split('\n')
  const start = lines.findIndex((line) => python2Heading.test(line))
  if (start === -1) return undefined
  const end = lines.findIndex((line, index) => index > start && otherHeading.test(line))
  const from = fenceLine + 1 + start
  return {
    line: from,
    reason: `the comment at line ${from} shows the lines under it as Python 2 prints them`,
    check: 'skipped',
    from,
    ...(end !== -1 && { to: fenceLine + end }),
  }
}
