import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import {
  python2MarkedIn,
  python2OutputShown,
} from '../../src/verify/read/versions/python2-output.js'

const tree = (markdown: string): Root => fromMarkdown(markdown)
const fence = (code: string, lang = 'python') => `\`\`\`${lang}\n${code}\n\`\`\`\n`

describe('a post marking its samples as Python 2', () => {
  it('is read from a comment line or a shebang in a Python fence', () => {
    expect(python2MarkedIn(tree(fence('>>> # in Python 2.7\n>>> 1\n1')))).toBe('2.7')
    expect(python2MarkedIn(tree(fence('# Python2 中\nprint 1')))).toBe('2')
    expect(python2MarkedIn(tree(fence('#!/usr/bin/env python2\nprint 1')))).toBe('2')
  })

  it('is not read from prose, a comment naming Python 3 too, or another language', () => {
    expect(python2MarkedIn(tree(`在 Python 2 中如此。\n\n${fence('>>> 1\n1')}`))).toBeUndefined()
    expect(python2MarkedIn(tree(fence('# Python 2 和 3 都一样\nprint(1)')))).toBeUndefined()
    expect(python2MarkedIn(tree(fence('# in Python 2.7', 'bash')))).toBeUndefined()
  })
})

describe('a sample showing Python 2 output', () => {
  it('takes the version of a post so marked, not of one unmarked', () => {
    const session = ">>> type(int)\n<type 'type'>"
    expect(python2OutputShown(session, undefined, '2.7')).toBe('2.7')
    expect(python2OutputShown(session, undefined, undefined)).toBeUndefined()
    expect(python2OutputShown('>>> 1 + 1\n2', undefined, '2.7')).toBeUndefined()
  })
})

describe('a post setting Python 2 against the present', () => {
  it('marks nothing: its other samples are today’s Python', () => {
    const marked = fence('>>> # in Python 2.7\n>>> 1\n1')
    expect(python2MarkedIn(tree(`${marked}\nToday every class is a type:\n`))).toBeUndefined()
    expect(python2MarkedIn(tree(`${marked}\n现在所有的类都是新式类：\n`))).toBeUndefined()
  })
})
