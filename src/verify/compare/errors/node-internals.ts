/** A frame of Node's own code: `    at Module._compile (node:internal/modules/cjs/loader:1521:14)`, `    at node:internal/main/run_main_module:28:49`. */
const internalFrame =
  /^\s+at (?:async )?(?:\S.*\()?(?:node:(?:internal\/|vm:)|\[eval\](?:-wrapper)?:)[^\s)]*\)?$/
/** The version line Node prints after an uncaught error's stack, with the blank line before it. */
const versionLine = /^Node\.js v\d+\.\d+\.\d+$/

/**
 * Node's report of an uncaught error cut to what concerns the sample: the
 * frames of Node's own modules (`node:internal/...`) and the closing
 * `Node.js v20.1.0` line are left out, the author's frames and everything
 * else kept. Those lines change with each Node version (20 and 22 load a
 * script through other internal functions), and Node's REPL shows none of
 * them; so neither a comparison nor a report shows them.
 */
export function withoutNodeInternals(output: string): string {
  if (!/node:internal\/|node:vm:|\[eval\]/.test(output) && !/^Node\.js v/m.test(output))
    return output
  const lines = output.split('\n')
  const kept: string[] = []
  for (const line of lines) {
    if (internalFrame.test(line)) continue
    if (versionLine.test(line)) {
      if (kept.at(-1)?.trim() === '') kept.pop()
      continue
    }
    kept.push(line)
  }
  return kept.join('\n')
}
