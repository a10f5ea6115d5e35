import leven from 'leven'
import type { Comparison } from '../compare-output.js'

/**
 * A string's value written without its quotes in a comment on the
 * assignment that binds it (`const sub = s.substring(5, 8)` / `// wor`),
 * against the name's value as a REPL shows it (`' wo'`). The comment is that
 * value when the name holds a string spelt nearly as the comment is: the same
 * but for spaces around it, one a start or end of the other, or a few letters
 * apart (a wrong index, a typo); then it must be exactly the value. Words far
 * from the string, or a name holding no string, make a remark (`// the
 * label`), not compared: `undefined`.
 */
export function compareUnquoted(
  comment: string,
  shown: string,
  lineNumber: number | undefined,
): Comparison | undefined {
  const value = /^(['"`])(.*)\1$/su.exec(shown.trim())?.[2]
  if (value === undefined || value.includes('\n')) return undefined
  const want = comment.trim()
  const got = value.trim()
  const ok = want === got
  if (!ok && !nearly(want, got)) return undefined
  return {
    ok,
    diff: ok
      ? []
      : [
          { kind: 'expected', text: want, ...(lineNumber !== undefined && { line: lineNumber }) },
          { kind: 'actual', text: value },
        ],
    normalisers: ['value display'],
    timingOnly: false,
  }
}

/** Whether two texts are spelt nearly alike: one starts or ends the other, or a third of their letters differ at most. */
function nearly(want: string, got: string): boolean {
  if (want === '' || got === '') return false
  if (Math.min(want.length, got.length) >= 2 && (want.startsWith(got) || got.startsWith(want)))
    return true
  if (want.endsWith(got) || got.endsWith(want)) return Math.min(want.length, got.length) >= 2
  return leven(want, got) <= Math.max(1, Math.floor(Math.max(want.length, got.length) / 3))
}

/**
 * Whether an expression's value, a string a REPL shows quoted (`'12300'`),
 * is documented as exactly its text without the quotes (`'123'.padEnd(5, 0)
 * // 12300`), as a reader writes what the console echoes. Only exactly: a
 * comment a letter apart, or with quotes of its own, is compared as written.
 */
export function sameUnquotedValue(documented: readonly string[], actual: string): boolean {
  if (documented.length !== 1) return false
  const want = (documented[0] ?? '').trim()
  const value = /^(['"`])([^'"`\n]*)\1$/u.exec(actual.trim())?.[2]
  return value !== undefined && want !== '' && !/['"`]/u.test(want) && want === value
}

/** Words a value may be, which a bare word in a comment would mean instead of a string. */
const literalWords = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity'])

/**
 * Whether a collection's strings are documented as bare words, the comment
 * holding no quote at all (`// [apple, orange, pear]` for `[ 'apple',
 * 'orange', 'pear' ]`, over comment lines too): equal once the strings of
 * letters lose their quotes, spaces aside. Only strings of letters, which no
 * other value is written as: `['1', '2']` against `[1, 2]`, or `'true'`
 * against `true`, still differ.
 */
export function sameWithBareWords(documented: readonly string[], actual: string): boolean {
  const want = documented.join('')
  if (/['"`]/u.test(want) || !/[[{]/u.test(want)) return false
  let bared = false
  const got = actual.replace(/(['"])([A-Za-z][A-Za-z _-]*)\1/gu, (quoted, _q, text: string) => {
    if (literalWords.has(text)) return quoted
    bared = true
    return text
  })
  const squeeze = (text: string) => text.replace(/\s+/gu, '')
  return bared && squeeze(got) === squeeze(want)
}

/**
 * Whether a multi-line string's value, which a REPL shows quoted with `\n`
 * escapes (`'{\n  "name": "Ada"\n}'` for `json.dumps(user, indent=2)`), is
 * documented over comment lines as its text, as printing it shows it: equal
 * once the escapes are read and the spaces around brackets, commas and colons
 * set aside, so a list the author kept on one line still matches; any other
 * difference still fails.
 */
export function sameStringContents(documented: readonly string[], actual: string): boolean {
  const quoted = /^(['"])([\s\S]*)\1$/u.exec(actual.trim())
  if (documented.length < 2 || !quoted?.[2]?.includes('\\n')) return false
  const text = (quoted[2] ?? '').replace(/\\(u[0-9a-fA-F]{4}|.)/gu, (_escape, code: string) => {
    if (code.length === 5) return String.fromCharCode(Number.parseInt(code.slice(1), 16))
    return code === 'n' ? '\n' : code === 't' ? '\t' : code
  })
  const squeeze = (value: string) =>
    value
      .replace(/\s*([[\]{}(),:])\s*/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim()
  return squeeze(documented.join('\n')) === squeeze(text)
}
