import escapeStringRegexp from 'escape-string-regexp'

/**
 * A word standing for a file path in a documented line, where the author
 * hid their own (`coro=<foo() running at task_file_path>`, `at path]>`,
 * `defined at file_path>`): `path`, or a name ending in `_path`. It matches
 * one path of the real line (`/usr/lib/python3.11/asyncio/futures.py:387`,
 * `<sample>:4`, `C:\app\x.py`), with its line number.
 */
const pathWord = /(?<=[\s=(<[])(?:[a-z]+_)*path(?=[\s>\])),:]|$)/gu
/** A path as Python's reprs print one: absolute, Windows, or a pseudo-file in brackets, a `:line` after it. */
const realPath = String.raw`(?:/[^\s>\]),]+|[A-Za-z]:\\[^\s>\]),]+|<[\w.-]+>)(?::\d+)?[\]>)]*?`

/** Whether `want`, with its path words, matches `got`; `false` when `want` holds none. */
export function matchesPathWords(want: string, got: string): boolean {
  const words = want.match(pathWord)
  if (!words || got.includes(words[0] ?? '')) return false
  const pattern = want
    .split(pathWord)
    .map((part) => escapeStringRegexp(part))
    .join(realPath)
  return new RegExp(`^${pattern}$`, 'u').test(got)
}
