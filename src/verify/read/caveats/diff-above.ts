import type { Code, Parent } from 'mdast'
import type { Caveat } from './caveat.js'

/** Fence languages of a change shown as a diff. */
const diffLanguages = new Set(['diff', 'patch', 'udiff'])

/** A definition on a diff's line, kept, added or removed: `+class FakeList(Sequence):`, ` def chunkify(`. */
const definedOnDiffLine =
  /^[ +-]\s*(?:export\s+)?(?:async\s+)?(?:def|class|function)\s+([\p{L}_$][\p{L}\p{N}_$]*)/u

/**
 * A sample that uses a function or class a ```` ```diff ```` fence above it
 * changes (`-        elif index == 4:` inside ` class FakeList:`), as posts
 * build code up step by step: the reader runs the code with the change
 * applied, while the samples on the page hold the code before it, so a
 * difference is the change's, not the post's. The nearest such diff above,
 * for a sample that uses the name, or a name a fence since the diff binds
 * from it (`f = FakeList()`), and does not define it again itself.
 */
export function changedByDiffAbove(
  parent: Parent,
  index: number,
  code: string,
): Caveat | undefined {
  for (let at = index - 1; at >= 0; at--) {
    const node = parent.children[at]
    if (node?.type !== 'code' || !diffLanguages.has((node.lang ?? '').toLowerCase())) continue
    const lines = (node as Code).value.split('\n')
    if (!lines.some((line) => /^[+-](?![+-]{2} )/.test(line))) continue
    const names = lines.flatMap((line) => definedOnDiffLine.exec(line)?.[1] ?? [])
    // And names the code since the diff binds from them (`f = FakeList()`).
    for (const between of parent.children.slice(at + 1, index)) {
      if (between.type !== 'code') continue
      for (const match of between.value.matchAll(/^([\p{L}_$][\p{L}\p{N}_$]*)\s*=(?!=)(.*)$/gmu)) {
        if (names.some((name) => usesName(match[2] ?? '', name))) names.push(match[1] ?? '')
      }
    }
    const used = names.find(
      (name) =>
        usesName(code, name) &&
        !new RegExp(`(?:def|class|function)\\s+${name}(?![\\p{L}\\p{N}_$])`, 'u').test(code),
    )
    if (used === undefined) continue
    const line = node.position?.start.line ?? 0
    return {
      line,
      reason: `it uses \`${used}\` of the code the diff at line ${line} changes, which the samples above hold as it was before`,
      check: 'skipped',
    }
  }
  return undefined
}

/** Whether `code` names `name` as a word of its own (not an attribute, `x.name`). */
function usesName(code: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_$.])${name}(?![\\p{L}\\p{N}_$])`, 'u').test(code)
}
