import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Runner } from '../../runners.js'
import type { Sample } from '../remark-extract-samples.js'

/** A Python version before 3 named in prose or a comment: `Python 2`, `Python2.x`, `Python 0.9.1`, `py2`. */
const olderPython = /\b(?:Python\s*|py)([0-2](?:\.\d+)*(?:\.x)?)(?![\d.]*\d)/iu
/**
 * Python 3 or later named as well, or the present (`… in Python 2 and returns an iterator now`):
 * the text compares the versions, and the sample may be the new one.
 */
const laterPython =
  /\b(?:Python\s*|py)[3-9](?:\.\d+|\.x)?\b|(?:\band\b|\bor\b|\/|和|与|或|及)\s*3(?:\.\d+|\.x)?(?![\d.]*\d)|\b(?:now|nowadays|today)\b|现在|如今|目前/iu

/**
 * The Python version older than 3 a post says a sample is written for, so
 * that Python 3 need not run it as shown: `若你在 Python 2.x 下`, a heading
 * `Python 0.9.1 (1991)` over historical source, a comment `# Python2 中…`
 * in the sample. Read in the sample's own comments, the paragraph right
 * before it and the heading over it; a text naming Python 3 or the present
 * as well (`unlike Python 2, Python 3 prints…`, `现在返回迭代器`) says
 * nothing of which the sample is. Its comments are read in a `>>>` session
 * too (`>>> # in Python 2.7`). (A Python 2 repr in its output, `<type 'int'>`,
 * says nothing by itself: a Python 3 tutorial showing it is stale.)
 *
 * Note: a sample so marked that fails here is noted, not failed (see
 * `writtenForOlder` in verify-samples.ts); one that passes stays passed.
 */
export function olderVersionSaid(
  code: string,
  parent: Parent,
  index: number,
  runner: Runner,
): string | undefined {
  if (runner.id !== 'python') return undefined
  const comments = code
    .split('\n')
    .map((line) => line.replace(/^\s*(?:>>>|\.\.\.)\s/, ''))
    .filter((line) => line.trimStart().startsWith('#'))
    .join('\n')
  const before = parent.children[index - 1]
  const heading = parent.children.slice(0, index).findLast((child) => child.type === 'heading')
  const texts = [
    comments,
    before?.type === 'paragraph' ? plainText(before) : '',
    heading ? plainText(heading) : '',
  ]
  for (const text of texts) {
    const version = olderPython.exec(text)?.[1]
    if (version && !laterPython.test(text)) return version
  }
  return undefined
}

/**
 * The Python version before 3 a fence's label names (```` ```python2 ````,
 * ```` ```py2 ````, ```` ```python2.7 ````): the post says in so many words
 * which Python the fence is for, as a comment `# Python 2` in it would.
 */
export function olderVersionLabelled(language: string): string | undefined {
  return /^(?:python|py)([0-2](?:\.\d+)*)$/iu.exec(language)?.[1]
}

/** A Python 2 `print` statement: `print x`, `print "a"`, `print >>f, x` (not `print(x)`, `print = f`). */
const printStatement = /^[ \t]*print[ \t]+(?![=([.,)+\-*/%<|&^!]|(?:if|for|and|or|in|is|not)\b)\S/mu

/**
 * Python samples written in Python 2's syntax (a `print x` statement), in a
 * post that says two or more of its samples are Python 2 code (`Main
 * author's Solution: Python 2` over each): the same hand's code for the same
 * Python, though unlabelled themselves, so one that fails here is noted as
 * the labelled ones are. A post marking one sample (a Python 3 tutorial
 * contrasting the versions) marks no other: a `print x` there still fails.
 */
export function markPython2Siblings(samples: Sample[]): void {
  // A sample read as Python 2 from its own code alone (python2-post.ts) is no mark of the post's.
  const marked = samples.filter(
    (sample) => sample.olderVersion?.startsWith('2') && sample.python2SampleAt === undefined,
  )
  const version = marked[0]?.olderVersion
  if (marked.length < 2 || version === undefined) return
  for (const sample of samples) {
    if (sample.runner.id === 'python' && !sample.olderVersion && printStatement.test(sample.code))
      sample.olderVersion = version
  }
}
