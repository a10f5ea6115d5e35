import type { Parent } from 'mdast'
import type { DocumentedOutput } from '../outputs/documented-output.js'
import type { Caveat } from './caveat.js'
import { counterexampleAt } from './counterexample.js'
import { changedByDiffAbove } from './diff-above.js'
import { oneRunShownAt } from './one-run-shown.js'
import { otherEnvironmentAt } from './other-environment.js'
import { python2SectionIn } from './python2-section.js'

/** What the post says of the fence at `index` that excuses a difference in its output (see `caveat.ts`), if anything. */
export function caveatOf(
  parent: Parent,
  index: number,
  code: string,
  fenceLine: number,
  expected: DocumentedOutput | undefined,
  language: string,
): Caveat | undefined {
  return (
    python2SectionIn(code, fenceLine, language) ??
    counterexampleAt(parent, index, code, fenceLine) ??
    otherEnvironmentAt(parent, index) ??
    oneRunShownAt(parent, code, expected) ??
    changedByDiffAbove(parent, index, code)
  )
}
