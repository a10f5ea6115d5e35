import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Runner } from '../../runners.js'

/** The interpreter a runner's version claims are about, as posts name it. */
const interpreterNames: Record<string, string> = {
  python: 'Python',
  javascript: 'Node(?:\\.js)?',
  typescript: 'Node(?:\\.js)?',
}

/**
 * The interpreter version a post says a sample needs: `Python 3.12+`,
 * `Python 3.12 or later`, `需要 Python 3.12`, `Python 3.12 才允许`, in
 * the sample's own comments, the paragraph right before it or the heading
 * over it. `undefined` when it says none.
 *
 * Note: a sample that fails on an older interpreter than that is not
 * judged (see `underVersion`): the post says this machine cannot run it.
 */
export function versionNeeded(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
): string | undefined {
  const name = interpreterNames[runner.id]
  if (name === undefined) return undefined
  const claim = new RegExp(
    `(?:requires?|needs?|需要|要求)\\s*${name}\\s*v?(\\d+(?:\\.\\d+)?)|${name}\\s*v?(\\d+(?:\\.\\d+)?)\\s*(?:\\+|or (?:later|newer|above|higher)|and (?:later|newer|above)|及以上|以上|以后|之后|起|开始|才)`,
    'iu',
  )
  const comments = code
    .split('\n')
    .filter((line) => runner.commentPrefixes.some((prefix) => line.trimStart().startsWith(prefix)))
  const before = parent.children[index - 1]
  const heading = parent.children.slice(0, index).findLast((child) => child.type === 'heading')
  const texts = [
    ...comments,
    before?.type === 'paragraph' ? plainText(before) : '',
    heading ? plainText(heading) : '',
  ]
  for (const text of texts) {
    const match = claim.exec(text)
    const version = match?.[1] ?? match?.[2]
    if (version) return version
  }
  return undefined
}

/**
 * Whether an interpreter's version (`Python 3.11.2`, `v20.19.0`) is older
 * than the version a post says it needs (`3.12`).
 */
export function underVersion(interpreter: string, needed: string): boolean {
  const have = /(\d+)(?:\.(\d+))?/.exec(interpreter)
  const want = /(\d+)(?:\.(\d+))?/.exec(needed)
  if (!have || !want) return false
  const [haveMajor, haveMinor] = [Number(have[1]), Number(have[2] ?? 0)]
  const [wantMajor, wantMinor] = [Number(want[1]), Number(want[2] ?? 0)]
  return haveMajor < wantMajor || (haveMajor === wantMajor && haveMinor < wantMinor)
}
