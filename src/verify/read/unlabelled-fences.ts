import type { Code } from 'mdast'
import { type Runner, runnerFor } from '../runners.js'
import { namesNoLanguage } from './plain-text-labels.js'
import { shebangRunner } from './sample-code.js'
import { echoesOf } from './transcripts/echo-fence.js'
import { isDoctestSession, isIpythonSession } from './transcripts/python-sessions.js'

/**
 * The runner an unlabelled fence declares by what is at its first lines,
 * as a reader recognises it: a `>>>` (or IPython `In [1]:`) session is
 * Python, as doctest and Sybil find `>>>` examples in a Markdown file
 * whatever its fences say, and a `#!` line naming an interpreter
 * (`#!/usr/bin/env python`, `#!/bin/bash`) is that interpreter, as when the
 * reader runs the file; so is a `#!` line naming Python right under the
 * module docstring that opens the fence (`'''` / `/ % // 运算符` / `'''` /
 * `#!/usr/bin/env python`), or in it, the docstring being Python's own
 * syntax. `undefined` for other unlabelled fences, whose
 * language the post does not say (they stay shown, not run). A fence
 * labelled as plain text (```` ```plain ````, ```` ```text ````) is read for
 * its sessions alone: its label says it is not a program, so a `#!` line in
 * it is shown text.
 *
 * A fence labelled with a name of Python no runner takes, a variant after a
 * dash (```` ```python-interactive ````, ```` ```python-console ````, as
 * Pygments names its console lexer), is read for its sessions too: its
 * label says it is Python, and a `>>>` session in it is one, first fence of
 * the post or not. A version in the label (```` ```python2 ````) is no variant.
 *
 * Note: a fence of prompts alone right under a Python sample is what that
 * sample echoed (echo-fence.ts), not a session; it is one anywhere else.
 */
export function unlabelledFenceRunner(
  fence: Code,
  code: string,
  runnerAbove: Runner | undefined,
): Runner | undefined {
  const pythonVariant = namesPythonVariant(fence)
  if (!namesNoLanguage(fence) && !pythonVariant) return undefined
  if (isIpythonSession(code)) return runnerFor('python')
  if (isDoctestSession(code) && (runnerAbove?.id !== 'python' || echoesOf(code) === undefined))
    return runnerFor('python')
  if (fence.lang) return undefined
  return shebangRunner(code) ?? underDocstring(code)
}

/** A label naming Python with a variant after a dash: `python-interactive`, `python-console`, `py-repl`. */
function namesPythonVariant(fence: Code): boolean {
  return /^(?:python|py)-[a-z]+$/i.test(fence.lang ?? '')
}

/** A docstring's opening quotes alone on a fence's first line. */
const docstringOpens = /^\s*[rRuU]?('''|""")/

/**
 * Python, when a fence opens with a docstring and a `#!` line naming Python
 * stands among the lines up to the docstring's end and the line after it.
 */
function underDocstring(code: string): Runner | undefined {
  const lines = code.split('\n')
  const quotes = docstringOpens.exec(lines[0] ?? '')?.[1]
  if (!quotes) return undefined
  const rest = (lines[0] ?? '').slice((lines[0] ?? '').indexOf(quotes) + 3)
  const closes = rest.includes(quotes)
    ? 0
    : lines.findIndex((line, at) => at > 0 && line.includes(quotes))
  if (closes < 0) return undefined
  const shebang = lines.slice(1, closes + 2).find((line) => line.startsWith('#!'))
  const runner = shebang ? shebangRunner(shebang) : undefined
  return runner?.id === 'python' ? runner : undefined
}
