import type { Code } from 'mdast'
import { type Runner, runnerFor } from '../runners.js'
import { shebangRunner } from './sample-code.js'
import { echoesOf } from './transcripts/echo-fence.js'
import { isDoctestSession, isIpythonSession } from './transcripts/python-sessions.js'

/**
 * The runner an unlabelled fence declares by what is at its first lines,
 * as a reader recognises it: a `>>>` (or IPython `In [1]:`) session is
 * Python, as doctest and Sybil find `>>>` examples in a Markdown file
 * whatever its fences say, and a `#!` line naming an interpreter
 * (`#!/usr/bin/env python`, `#!/bin/bash`) is that interpreter, as when the
 * reader runs the file. `undefined` for other unlabelled fences, whose
 * language the post does not say (they stay shown, not run).
 *
 * Note: a fence of prompts alone right under a Python sample is what that
 * sample echoed (echo-fence.ts), not a session; it is one anywhere else.
 */
export function unlabelledFenceRunner(
  fence: Code,
  code: string,
  runnerAbove: Runner | undefined,
): Runner | undefined {
  if (fence.lang) return undefined
  if (isIpythonSession(code)) return runnerFor('python')
  if (isDoctestSession(code) && (runnerAbove?.id !== 'python' || echoesOf(code) === undefined))
    return runnerFor('python')
  return shebangRunner(code)
}
