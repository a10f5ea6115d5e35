import type { Runner } from '../../runners.js'

/** The exception a sample raises on purpose, and the lines (1-based, in the sample) it may come from. */
export interface ShownRaise {
  name: string
  line: number
  through: number
}

/** `raise NameError('HiThere')`, `raise ValueError  # ...`, `raise KeyError from exc`: the exception it raises. */
const raiseStatement = /^raise\s+([A-Za-z_][\w.]*)\s*(?:\(|from\b|#|$)/
/** `except NameError:`, `except (KeyError, ValueError) as e:`: the exceptions a handler catches. */
const exceptClause = /^except\s*\(?\s*([\w.,\s]+?)\s*\)?\s*(?:as\s+\w+\s*)?:/

/**
 * The error a Python sample with no documented output raises on purpose,
 * shown as the point of the sample: a `raise X(...)` statement at the top
 * level (not in a function, condition or `try`), or a top-level `try` whose
 * `except X:` ends in a bare `raise`, re-raising the `raise X(...)` of its
 * body, or a function whose handler does so, called by the sample's last
 * line (`bar()`, whose `except ValueError as e:` logs then `raise`s again
 * what `foo('0')` raised). The sample passes when it raises that exception from that line, as
 * an error comment on the line would say; anything else still fails.
 */
export function shownRaise(code: string, runner: Runner): ShownRaise | undefined {
  if (runner.id !== 'python') return undefined
  const lines = code.split('\n')
  const index = lines.findIndex((text) => raiseStatement.test(text))
  if (index !== -1) {
    const name = raiseStatement.exec(lines[index] ?? '')?.[1]
    return claim(name, index + 1, index + 1)
  }
  return reRaised(lines) ?? reRaisedWhenCalled(lines)
}

/** A top-level `try:` raising `X` in its body, caught by `except X:` whose last line is a bare `raise`. */
function reRaised(lines: readonly string[]): ShownRaise | undefined {
  const tryAt = lines.findIndex((text) => /^try\s*:/.test(text))
  if (tryAt === -1) return undefined
  const handlerAt = lines.findIndex((text, i) => i > tryAt && /^except\b/.test(text))
  const caught = exceptClause.exec(lines[handlerAt] ?? '')?.[1]?.split(/\s*,\s*/)
  if (!caught) return undefined
  const body = lines.slice(handlerAt + 1)
  const end = body.findIndex((text) => /^\S/.test(text))
  const handler = (end === -1 ? body : body.slice(0, end)).filter((text) => text.trim() !== '')
  if ((handler.at(-1) ?? '').trim() !== 'raise') return undefined
  const raisedAt = lines.findIndex(
    (text, i) =>
      i > tryAt && i < handlerAt && caught.includes(raiseStatement.exec(text.trim())?.[1] ?? ''),
  )
  if (raisedAt === -1) return undefined
  const name = raiseStatement.exec((lines[raisedAt] ?? '').trim())?.[1]
  const through = lines.lastIndexOf(handler.at(-1) ?? '') + 1
  return claim(name, raisedAt + 1, through)
}

function claim(name: string | undefined, line: number, through: number): ShownRaise | undefined {
  const last = name?.split('.').at(-1)
  return last === undefined ? undefined : { name: last, line, through }
}

/**
 * A function's handler `except X:` ending in a bare `raise`, with a
 * `raise X(...)` elsewhere in the sample, and a top-level call as the
 * sample's last line: the sample shows the error logged and raised again,
 * out of the program. The claim is the `raise X(...)` line.
 */
function reRaisedWhenCalled(lines: readonly string[]): ShownRaise | undefined {
  const code = lines.filter((text) => text.trim() !== '' && !text.trim().startsWith('#'))
  if (!/^[\p{L}_][\p{L}\p{N}_.]*\(.*\)\s*$/u.test(code.at(-1) ?? '')) return undefined
  for (const [at, text] of lines.entries()) {
    if (!/^\s+except\b/.test(text)) continue
    const caught = exceptClause.exec(text.trim())?.[1]?.split(/\s*,\s*/)
    if (!caught) continue
    const indent = text.length - text.trimStart().length
    const body = lines.slice(at + 1)
    const end = body.findIndex(
      (line) => line.trim() !== '' && line.length - line.trimStart().length <= indent,
    )
    const handler = (end === -1 ? body : body.slice(0, end)).filter((line) => line.trim() !== '')
    if ((handler.at(-1) ?? '').trim() !== 'raise') continue
    const raisedAt = lines.findIndex((line) =>
      caught.includes(raiseStatement.exec(line.trim())?.[1] ?? ''),
    )
    if (raisedAt === -1) continue
    const name = raiseStatement.exec((lines[raisedAt] ?? '').trim())?.[1]
    return claim(name, raisedAt + 1, raisedAt + 1)
  }
  return undefined
}
