import type { Sample } from '../../remark-extract-samples.js'

/**
 * A call that starts a server waiting for requests: Node's and Express's
 * `server.listen(3000)`, `Deno.serve(...)`, `Bun.serve(...)`, Python's
 * `serve_forever()`, Flask's `app.run()`, `uvicorn.run(...)`, aiohttp's
 * `web.run_app(...)`, and `python -m http.server` in a shell.
 */
const serves =
  /\.listen\s*\(|\b(?:Deno|Bun)\.serve\s*\(|\bserve_forever\s*\(|\bapp\.run\s*\(|\buvicorn\.run\s*\(|\bweb\.run_app\s*\(|-m\s+http\.server\b/u

/** A server the code stops itself: `server.close()`, `shutdown()`, `process.exit()`. */
const stops = /\.close\s*\(|\bshutdown\s*\(|\bprocess\.exit\s*\(|\bsys\.exit\s*\(/u

/**
 * Why a sample stopped by the timeout did what it was written to do: it
 * starts a server (`server.listen(3000)` at its last line), which waits for
 * requests until the reader stops it, and it printed every line the post
 * documents for it before it was stopped. A comment on the line that starts
 * the server (`server.listen(3000); // 监听端口`) says what the call does, not
 * what it prints. `undefined` for code that starts no server or stops its
 * own, and for a server that did not print what the post shows (that output
 * still differs), so a hang elsewhere stays a failure.
 */
export function serverWaiting(sample: Sample, output: string): string | undefined {
  const lines = sample.code.split('\n')
  const at = lines.findIndex((line) => serves.test(line.replace(/\/\/.*$|#(?!!).*$/u, '')))
  if (at === -1 || stops.test(sample.code)) return undefined
  const startLine = sample.line + 1 + at
  const expected = sample.expected
  const printed = output.split('\n').map((line) => line.trim())
  const shown = (expected?.lines ?? []).filter(
    (line, i) => line.trim() !== '' && expected?.lineNumbers[i] !== startLine,
  )
  if (!shown.every((line) => printed.includes(line.trim()))) return undefined
  const call = (lines[at] ?? '').replace(/\s*(?:\/\/|#).*$/u, '').trim()
  return `it starts a server that waits for requests until it is stopped (\`${call}\` at line ${startLine}), and the timeout stopped it`
}
