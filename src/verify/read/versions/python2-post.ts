import type { Code, Parent, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { runnerFor } from '../../runners.js'
import { hasFString } from './f-strings.js'
import { olderVersionSaid } from './older-version.js'

/** A fence of Python code: `python`, `py`, `python2`, `pycon`, `ipython`. */
const pythonFence = /^(?:python2?(?:\.\d+)?|py2?|pycon|ipython)$/u
/** A fence labelled for Python 3 (`python3`, `py3`): the post says which Python it is. */
const python3Fence = /^(?:python3(?:\.\d+)?|py3)$/u
/** A `>>>` prompt line: an unlabelled fence holding a session is Python too. */
const promptLine = /^\s*>>>\s/mu
/**
 * A statement only Python 2 parses, at the start of a line (after a `>>>` or
 * `...` prompt): `print x`, `print "a"`, `print >>f, x`, `exec code`,
 * `raise E, "msg"`, `except E, e:`. `print (x)` and `print(x)` are calls in
 * both versions, so they are not one.
 */
const python2Statement =
  /^\s*(?:(?:>>>|\.\.\.)\s+)?(?:print(?:\s+(?![\s=(.,)\]:;+\-*/%<>!|&^~]|$)|\s*>>)|exec\s+(?![\s=(.,)\]:;]|$)|raise\s+[\w.]+\s*,|except\s+[\w.]+\s*,\s*\w+\s*:)/u
/**
 * What only Python 2 displays: a type as `<type 'list'>` (Python 3 shows
 * `<class 'list'>`), a missing module unquoted, `No module named foo`
 * (Python 3 quotes it: `No module named 'foo'`).
 */
const python2Display = /<type '[\w.]+'>|No module named [\w.]+$/u
/**
 * Code only Python 3 runs: `print(...)` called as a function, `nonlocal`,
 * `async def`, `yield from`, a return annotation `) -> T:` (and an f-string,
 * told by f-strings.ts).
 */
const python3Code = /\bprint\s*\(|\bnonlocal\s|\basync\s+def\b|\byield\s+from\b|\)\s*->\s*[^:\n]+:/u
/**
 * What only Python 3 runs, a `print(...)` call aside: Python 2 runs
 * `print(x)` too, printing its one parenthesised value, unless the call
 * passes `sep=`, `end=`, `file=` or `flush=`, which only the function takes.
 */
const python3Only =
  /\bprint\s*\([^\n]*\b(?:sep|end|file|flush)\s*=|\bnonlocal\s|\basync\s+def\b|\byield\s+from\b|\)\s*->\s*[^:\n]+:/u
/** A `print(...)` call, which both versions run. */
const printCall = /\bprint\s*\(/u
/** A module only Python 2 has: `import thread`, `import urllib2`, `from Queue import Queue`. */
const python2Module =
  /^\s*(?:(?:>>>|\.\.\.)\s+)?(?:import|from)\s+(?:thread|urllib2|Queue|ConfigParser|cPickle|cStringIO|StringIO|commands|httplib|Tkinter|SocketServer|__builtin__)\b/u

/**
 * The post line of the first Python 2 statement when the post's Python is
 * written for Python 2: its Python code (Python fences, and unlabelled
 * fences holding a `>>>` session) uses statements only Python 2 parses
 * (`print x`, `exec code`, `except E, e:`), two at least or one beside a
 * display only Python 2 shows (`<type 'list'>`, `No module named foo`) or a call
 * only Python 2 has (`xrange(n)`, `sorted(nums, cmp=f)`), with no `print(x)`
 * call, or over twice as many as such calls (which Python 2 runs too) beside a module or call
 * only Python 2 has (`import thread`, `xrange(3)`), and nowhere code only Python 3
 * runs (`print(x, end='')`, an f-string, `nonlocal`) nor a `python3` fence; a
 * sample the post itself marks as Python 2 (a heading `Python 2.7` over it,
 * see older-version.ts) is not counted. Such a
 * post is a Python 2 post as a whole, and its samples, unmarked one by one,
 * are written for Python 2 too. `undefined` otherwise.
 *
 * A post with no such statement is one too when two lines at least of its
 * Python use what only Python 2 has (`from StringIO import StringIO`,
 * `d.itervalues()`) and none calls `print(x)`: the line returned is the first of them.
 *
 * Note: a post mixing `print x` with `print(x)` and nothing else only Python 2 has is not one, nor
 * is a post with a single Python 2 statement: its Python 2 lines are
 * mistakes in Python 3 code (a `print file` left over), and fail.
 */
export function python2StatementLine(tree: Root): number | undefined {
  let first: number | undefined
  let statements = 0
  let calls = 0
  let only2 = false
  // Lines using what only Python 2 has, and the first of them.
  let only2Lines = 0
  let firstOnly2: number | undefined
  let python3 = false
  const python = runnerFor('python')
  visit(tree, 'code', (node: Code, index, parent: Parent | undefined) => {
    const lang = node.lang?.toLowerCase() ?? ''
    if (python3Fence.test(lang)) python3 = true
    const isPython = pythonFence.test(lang) || (lang === '' && promptLine.test(node.value))
    if (!isPython || python3 || !python) return
    // A sample the post marks as Python 2 itself (a heading `Python 2.7 (2010)` over it) says
    // nothing of the rest of the post.
    if (parent && index !== undefined && olderVersionSaid(node.value, parent, index, python)) return
    const lines = node.value.split('\n')
    lines.forEach((line, i) => {
      const bare = line.replace(/#.*$/u, '')
      if (python2Call.test(bare) || python2Module.test(bare)) {
        only2 = true
        only2Lines++
        firstOnly2 ??= (node.position?.start.line ?? 0) + 1 + i
      }
      if (python3Only.test(bare) || hasFString(line)) python3 = true
      else if (printCall.test(bare)) calls++
      else if (python2Statement.test(line)) {
        statements++
        first ??= (node.position?.start.line ?? 0) + 1 + i
      } else if (python2Display.test(line)) statements++
    })
  })
  // One such statement among code both versions run, with nothing else of Python 2 (a
  // `<type 'list'>` it displays), is a stale line, a mistake that fails; so are statements
  // beside `print(x)` calls, unless the post uses what only Python 2 has too (`import thread`,
  // `xrange`) and over twice as many statements as calls: then its few calls are Python 2's.
  // One statement beside a call only Python 2 has (`print i` over `xrange(n)`), and no `print(x)`
  // call, is Python 2 code too: Python 3 code with a stale `print x` would not call `xrange`.
  const mixed = calls > 0 && (statements <= 2 * calls || !only2)
  const lone = statements === 1 && !(only2 && calls === 0)
  // No statement, but two lines at least using what only Python 2 has (`from StringIO import
  // StringIO`, `d.itervalues()`) and no `print(x)` call: Python 3 code has neither.
  if (!python3 && statements === 0 && calls === 0 && only2Lines >= 2) return firstOnly2
  return python3 || statements === 0 || lone || mixed ? undefined : first
}

/**
 * Calls of what only Python 2 has: `xrange(...)`, `raw_input(...)`,
 * `d.has_key(k)`, `d.iteritems()` (and `iterkeys`, `itervalues`), a sort
 * given a comparison function, `sorted(nums, cmp=compare)`.
 */
const python2Call =
  /\bxrange\s*\(|\braw_input\s*\(|\.has_key\s*\(|\.iter(?:items|keys|values)\s*\(|\b(?:sorted\s*\(|\.sort\s*\()[^\n]*\bcmp\s*=/u

/**
 * A script's header in its first two lines: a `#!` line running `python`
 * or `python2` (not `python3`), or a `# -*- coding: utf-8 -*-` declaration,
 * which Python 2 needs for a source that is not ASCII.
 */
const scriptHeader = /^(?:#!.*\bpython(?:2(?:\.\d+)?)?(?![\w.])|#.*coding[:=])/u

/**
 * The post line of a sample's first Python 2 statement when the sample is
 * a Python 2 script itself, in a post otherwise written for Python 3 (a
 * script copied whole from a Python 2 tutorial): it opens with a script's
 * header (`#!/usr/bin/python`, `# -*- coding: UTF-8 -*-`), holds two lines
 * at least that only Python 2 runs (`print "Starting " + name`, `print x`,
 * `except E, e:`, `xrange(3)`), a statement among them, and no code only
 * Python 3 runs (`print(x)`, an f-string). `fenceLine` is the post line of
 * its opening fence. `undefined` otherwise: a single `print x` left in
 * Python 3 code is a mistake, and fails, and so do the author's own
 * snippets in Python 2's words in a post that prints as Python 3 does.
 */
export function python2SampleLine(code: string, fenceLine: number): number | undefined {
  const opening = code.trimStart().split('\n').slice(0, 2)
  if (!opening.some((line) => scriptHeader.test(line.trim()))) return undefined
  let first: number | undefined
  let lines = 0
  for (const [i, line] of code.split('\n').entries()) {
    const bare = line.replace(/#.*$/u, '')
    if (python3Code.test(bare) || hasFString(line)) return undefined
    if (python2Statement.test(line)) first ??= fenceLine + 1 + i
    if (python2Statement.test(line) || python2Call.test(bare)) lines++
  }
  return lines >= 2 ? first : undefined
}

/**
 * A shell command running Python code given on its command line with the
 * post's `python` (not `python3`): `python -mtimeit -s 'setup' 'exec code'`,
 * `python -m timeit ...`, `python -c '...'`. In a post written for Python 2,
 * that code and what `timeit` prints of it (`best of 3`) are Python 2's too.
 */
const pythonOnCommandLine = /(?:^|[\s;&|(]|\$\s)python2?(?:\.\d+)?\s+(?:-m\s*timeit|-c)\b/mu

/** Whether shell code runs Python code written on its command line (`python -mtimeit '...'`). */
export function runsPythonOnCommandLine(code: string): boolean {
  return pythonOnCommandLine.test(code)
}
