import type { Code, Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { DocumentedOutput } from '../outputs/documented-output.js'

/** A comment line naming Python 2 (`# in Python 2.7`, `>>> # Python2 中`), not a shebang. */
const python2Comment =
  /^\s*(?:>>>\s*)?#(?!!).*?\b(?:python|py)\s*(2(?:\.\d+)?)(?:\.x)?(?![\d.]*\d)/iu
/** A shebang running Python 2: `#!/usr/bin/python2`, `#!/usr/bin/env python2.7`. */
const python2Shebang = /^#!\s*\S*?(?:\/|\benv\s+)python(2(?:\.\d+)?)\b/u
/** Python 3 named on the same line: the comment compares the versions. */
const python3Named = /\b(?:python|py)\s*3|和\s*3|and\s+3/iu
/** A Python fence: `python`, `py`, `python2`, `pycon`... */
const pythonFence = /^(?:python\d?(?:\.\d+)?|py\d?|pycon|ipython)$/u
/** Words of the present (`Today every class is a type`, `现在`): the post sets Python 2 against today's Python. */
const present = /\b(?:now|nowadays|today)\b|现在|如今|目前/iu
/** How Python 2 shows a type (`<type 'type'>`, `<type 'classobj'>`); Python 3 writes `<class 'type'>`. */
const python2TypeRepr = /<type '[\w.]+'>/u

/**
 * The Python 2 version a post says its samples are written for, by marking
 * one of them so in its code: a comment line `# in Python 2.7` (in a `>>>`
 * session too) or a shebang `#!/usr/bin/python2`, in a post whose prose
 * never speaks of the present (`now`, `today`, `现在`), which would set the
 * marked samples against today's Python. Prose naming Python 2 is not a
 * mark: Python 3 tutorials speak of Python 2 to contrast the two.
 */
export function python2MarkedIn(tree: Root): string | undefined {
  let version: string | undefined
  visit(tree, 'code', (node: Code) => {
    if (version !== undefined || !pythonFence.test(node.lang?.toLowerCase() ?? '')) return
    const lines = node.value.split('\n')
    version = python2Shebang.exec(lines[0] ?? '')?.[1]
    for (const line of lines) {
      const named = python2Comment.exec(line)?.[1]
      if (version === undefined && named && !python3Named.test(line)) version = named
    }
  })
  if (version === undefined) return undefined
  let now = false
  visit(tree, ['paragraph', 'heading'], (node) => {
    if (!now && present.test(plainText(node))) now = true
  })
  return now ? undefined : version
}

/**
 * The Python 2 version of a sample showing Python 2's output (`<type 'type'>`
 * in its session or documented output) in a post that marks its samples as
 * written for Python 2 (`python2MarkedIn`): the sample is one of them, though
 * unmarked itself. `undefined` otherwise: `<type 'int'>` in a Python 3
 * tutorial is a stale output, and fails.
 */
export function python2OutputShown(
  code: string,
  expected: DocumentedOutput | undefined,
  postVersion: string | undefined,
): string | undefined {
  if (postVersion === undefined) return undefined
  const shown =
    python2TypeRepr.test(code) || (expected?.lines ?? []).some((line) => python2TypeRepr.test(line))
  return shown ? postVersion : undefined
}
