/** One item of a fence's meta as expressive-code reads it. */
export type MetaItem =
  /** `{1, 4-6}` or `ins={…}`: line ranges, as written between the braces. */
  | { kind: 'ranges'; key: string | undefined; value: string }
  /** `"text"`, `'text'` or `del="text"`: text to mark where it appears. */
  | { kind: 'text'; key: string | undefined; value: string }
  /** `/re/` or `ins=/re/`: a regular expression to mark what it matches. */
  | { kind: 'regex'; key: string | undefined; value: string }
  /** `name=value`, `name` alone (`true`), e.g. `wrap`, `startLineNumber=5`. */
  | { kind: 'option'; key: string; value: string }

const item =
  /\s*(?:([A-Za-z][\w-]*)=)?(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\/((?:[^/\\\n]|\\.)+)\/|\{((?:"[^"]*"|'[^']*'|[^}"'])*)\}|([^\s"'{}=/][^\s"'{}=]*))/y

/**
 * The items of a fence's meta (`title="a.js" {1-3} "text" /re/ wrap`), in
 * order, as expressive-code reads them: quoted values, regular expressions
 * and line ranges, each with its key when it has one, and bare options.
 * Note: what it cannot read is skipped a character at a time, never thrown on.
 */
export function parseMeta(meta: string): MetaItem[] {
  const items: MetaItem[] = []
  let at = 0
  while (at < meta.length) {
    item.lastIndex = at
    const match = item.exec(meta)
    if (!match || match[0].trim() === '') {
      at += 1
      continue
    }
    at = item.lastIndex
    const [, key, double, single, regex, ranges, bare] = match
    if (double !== undefined || single !== undefined) {
      const value = (double ?? single ?? '').replace(/\\(["'\\])/g, '$1')
      items.push(
        key === undefined || markKeys.has(key) ? { kind: 'text', key, value } : option(key, value),
      )
    } else if (regex !== undefined) items.push({ kind: 'regex', key, value: regex })
    else if (ranges !== undefined) items.push({ kind: 'ranges', key, value: ranges })
    else if (bare !== undefined)
      items.push(key === undefined ? option(bare, 'true') : option(key, bare))
  }
  return items
}

/** Keys whose quoted values are text to mark, not settings. */
const markKeys = new Set(['mark', 'ins', 'del'])

function option(key: string, value: string): MetaItem {
  return { kind: 'option', key, value }
}

/** The value of a setting (`title`, `frame`, `startLineNumber`, …), the last one given. */
export function metaOption(items: readonly MetaItem[], key: string): string | undefined {
  return items.findLast((entry) => entry.kind === 'option' && entry.key === key)?.value
}

/** Whether a boolean setting is on: `wrap`, `wrap=true`; `wrap=false` is off. */
export function metaFlag(items: readonly MetaItem[], key: string): boolean | undefined {
  const value = metaOption(items, key)
  return value === undefined ? undefined : value !== 'false'
}

/** The lines a range list names: `1, 4, 7-8`, labels (`"1":5-6`) skipped. */
export function lineNumbers(list: string): number[] {
  const lines: number[] = []
  for (const range of list.replace(/"[^"]*"|'[^']*'/g, '').matchAll(/(\d+)(?:\s*-\s*(\d+))?/g)) {
    const first = Number(range[1])
    const last = Math.min(Number(range[2] ?? range[1]), first + 10_000)
    for (let line = first; line <= last; line++) lines.push(line)
  }
  return lines
}
