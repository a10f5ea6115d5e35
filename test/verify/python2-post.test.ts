import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import {
  python2SampleLine,
  python2StatementLine,
  runsPythonOnCommandLine,
} from '../../src/verify/read/versions/python2-post.js'

const tree = (markdown: string): Root => fromMarkdown(markdown)
const fence = (code: string, lang = 'python') => `\`\`\`${lang}\n${code}\n\`\`\`\n`

describe('a post whose Python is written for Python 2', () => {
  it('is read from Python 2 statements, two at least, at the line of the first', () => {
    expect(python2StatementLine(tree(fence('x = 1\nprint x\nprint x + 1')))).toBe(3)
    expect(python2StatementLine(tree(fence('>>> exec code in ns') + fence('print y')))).toBe(2)
    expect(
      python2StatementLine(tree(fence('try:\n    f()\nexcept ValueError, e:\n    print e'))),
    ).toBe(4)
    expect(
      python2StatementLine(tree(`text\n\n${fence('>>> print "a"\na\n>>> print "b"\nb', '')}`)),
    ).toBe(4)
  })

  it('is read from two lines using what only Python 2 has, with no statement and no print() call', () => {
    // English: a buffer from StringIO, then a dict walked with iteritems.
    const english =
      'Collect the output in memory:\n\n' +
      fence(
        'from StringIO import StringIO\n\ndef capture(write):\n    buf = StringIO()\n    return buf',
      ) +
      '\nCount the words:\n\n' +
      fence(
        'def counts(texts):\n    return dict((k, len(v.split())) for k, v in texts.iteritems())',
      )
    expect(python2StatementLine(tree(english))).toBe(4)
    // Chinese: cStringIO and itervalues.
    const chinese =
      '把输出留在内存里：\n\n' +
      fence('from cStringIO import StringIO') +
      '\n取出所有的值：\n\n' +
      fence('for 值 in 字典.itervalues():\n    总数 = 值')
    expect(python2StatementLine(tree(chinese))).toBe(4)
    // One such line in Python 3 code is a mistake that fails: the post is not read as Python 2.
    expect(
      python2StatementLine(
        tree(`${fence('from StringIO import StringIO')}\n过程：\n\n${fence('print(StringIO)')}`),
      ),
    ).toBeUndefined()
    expect(
      python2StatementLine(tree(fence('import urllib2\nprint(urllib2.urlopen(u))'))),
    ).toBeUndefined()
  })

  it('is read from one Python 2 statement beside a display only Python 2 shows', () => {
    expect(python2StatementLine(tree(fence('print d') + fence(">>> type(d)\n<type 'dict'>")))).toBe(
      2,
    )
  })

  it('is read from one Python 2 statement beside a call only Python 2 has, and no print() call', () => {
    expect(
      python2StatementLine(tree(fence('def f(n):\n    for i in xrange(n):\n        print i'))),
    ).toBe(4)
    expect(
      python2StatementLine(
        tree(fence('def g(nums):\n    print int("".join(sorted(nums, cmp=compare)))')),
      ),
    ).toBe(3)
  })

  it('is not a post whose one Python 2 statement sits beside print() calls, xrange or not', () => {
    expect(
      python2StatementLine(tree(fence('for i in xrange(3):\n    print i') + fence('print(1)'))),
    ).toBeUndefined()
    expect(python2StatementLine(tree(fence('nums.sort(key=len)\nprint nums')))).toBeUndefined()
  })

  it('is not a post with a single Python 2 statement, a stale line among code both run', () => {
    expect(
      python2StatementLine(tree(fence('import os\nfor f in os.listdir("."):\n    print f'))),
    ).toBeUndefined()
    expect(python2StatementLine(tree(fence('x = 1') + fence('print x')))).toBeUndefined()
  })

  it('is not a post mixing them with code only Python 3 runs', () => {
    expect(
      python2StatementLine(tree(fence('print x\nprint y') + fence('print(x)'))),
    ).toBeUndefined()
    expect(
      python2StatementLine(tree(fence('print x\nprint y') + fence("name = f'{x}'"))),
    ).toBeUndefined()
    expect(
      python2StatementLine(tree(fence('print x\nprint y') + fence('1', 'python3'))),
    ).toBeUndefined()
  })

  it('is a post whose strings merely end in an f before their closing quote', () => {
    expect(
      python2StatementLine(
        tree(fence('print x\nprint y') + fence('if key.startswith("x-f"):\n    print key')),
      ),
    ).toBe(2)
    expect(python2StatementLine(tree(fence("print 'a'\nopts = ['-f', '%f']\nprint opts")))).toBe(2)
    expect(
      python2StatementLine(tree(fence('print x\nprint y') + fence('s = rf"{x}"'))),
    ).toBeUndefined()
  })

  it('is a post of many Python 2 statements beside a few `print(x)` calls, using what only Python 2 has', () => {
    const py2 = fence('import thread\ndef f(x):\n    print x\n    print x + 1\nprint "done"')
    expect(python2StatementLine(tree(py2 + fence('print("{}: {}".format(1, 2))')))).toBe(4)
    // A call only the function takes still says Python 3.
    expect(python2StatementLine(tree(py2 + fence("print('a', end='')")))).toBeUndefined()
    // Print statements beside calls, and nothing else of Python 2, are mistakes in Python 3 code.
    const stale = fence('def f(x):\n    print x\n    print x + 1\nprint "done"')
    expect(python2StatementLine(tree(stale + fence('print("{}".format(1))')))).toBeUndefined()
  })

  it('is not read from calls, other languages or unlabelled fences without a session', () => {
    expect(python2StatementLine(tree(fence('print (x)\nprint = 3')))).toBeUndefined()
    expect(python2StatementLine(tree(fence("awk '{ print $1 }'", 'bash')))).toBeUndefined()
    expect(python2StatementLine(tree(fence('print x', '')))).toBeUndefined()
  })
})

describe('a shell command running Python code from its command line', () => {
  it("is the post's Python, timed or run with the post's `python`", () => {
    expect(runsPythonOnCommandLine(`python -mtimeit -s 'code = "a = 2"' 'exec code'`)).toBe(true)
    expect(runsPythonOnCommandLine(`$ python -m timeit 't()'`)).toBe(true)
    expect(runsPythonOnCommandLine(`python2.7 -c 'print 1'`)).toBe(true)
  })

  it('is not Python 3 named as such, nor a script run by name', () => {
    expect(runsPythonOnCommandLine(`python3 -c 'print(1)'`)).toBe(false)
    expect(runsPythonOnCommandLine('python app.py')).toBe(false)
  })
})

describe('a sample that is a Python 2 script itself', () => {
  const header = '#!/usr/bin/python\n# -*- coding: UTF-8 -*-\n'
  it('is read from its header and two lines only Python 2 runs, a statement among them', () => {
    const script = 'def run(name):\n    print "Starting " + name\n    print "Exiting " + name'
    expect(python2SampleLine(header + script, 10)).toBe(14)
    expect(python2SampleLine('# coding: utf-8\nfor i in xrange(3):\n    print i', 1)).toBe(4)
    expect(
      python2SampleLine(
        '#!/usr/bin/env python\ntry:\n    f()\nexcept ValueError, e:\n    print e',
        1,
      ),
    ).toBe(5)
  })
  it('is not one stale line in Python 3 code, code with Python 3 in it, nor a snippet', () => {
    expect(python2SampleLine(`${header}import os\nfor f in os.listdir("."):\n    print f`, 1)).toBe(
      undefined,
    )
    expect(python2SampleLine(`${header}print x\nprint y\nprint(z)`, 1)).toBeUndefined()
    expect(python2SampleLine(`${header}print x\nname = f'{x}'`, 1)).toBeUndefined()
    expect(python2SampleLine(`${header}for i in xrange(3):\n    total += i`, 1)).toBeUndefined()
    expect(python2SampleLine('#!/usr/bin/python3\nprint x\nprint y', 1)).toBeUndefined()
    // The author's own snippet, no script's header: Python 2 words in a Python 3 post fail.
    expect(python2SampleLine('print f.__name__\nprint f.__doc__', 1)).toBeUndefined()
  })
})
