import type { Code } from 'mdast'
import type { Runner } from '../../runners.js'
import { echoesOf } from './echo-fence.js'
import { isDoctestSession } from './python-sessions.js'

/**
 * Whether a fence under a Python sample, unlabelled or labelled with any
 * language (```` ```sh ````, ```` ```text ````, as notes label a pasted REPL),
 * is a `>>>` session of its own, typed after the code above it, rather than
 * that code's output:
 *
 *     ```python
 *     def count(): ...
 *     ```
 *
 *     ```
 *     >>> f1, f2 = count()
 *     >>> f1()
 *     2
 *     ```
 *
 * A script prints no prompts, so a fence that starts as a session and
 * shows output under its prompts is one; it runs after the sample, with its
 * names, each example compared as doctest does. A fence of prompts alone
 * (`>>> ('src', 'stuff')`) shows what a REPL echoed and stays the sample's
 * output (echo-fence.ts).
 */
export function isSessionAfterCode(fence: Code, runner: Runner | undefined): boolean {
  return (
    runner?.id === 'python' &&
    /^(?:[ \t]*(?:#.*)?\n)*[ \t]*>>> /.test(fence.value) &&
    isDoctestSession(fence.value) &&
    echoesOf(fence.value) === undefined
  )
}
