import escapeStringRegexp from 'escape-string-regexp'
import { lineWords, type MachineRead, type MachineReads } from '../../read/varying/machine-reads.js'
import type { VaryingKind } from './recogniser.js'
import { sameEpochElsewhere, sameMomentElsewhere } from './time-zones.js'

/**
 * The kind of machine value two lines differ in, when the program prints
 * such a value (read/machine-reads.ts) and the lines differ in it alone:
 * process ids (the integers of a line, as in a `ps` row), a moment shown in
 * the author's time zone (or read back into seconds since the epoch), the shell's option flags (`hB` where `sh` is bash,
 * nothing where it is dash), the user's or the host's name, the name the
 * program was run by (`$0`, `sys.argv[0]`), an object's size in bytes
 * (`sys.getsizeof(x)`, the integers of its line). The rest of the
 * line must hold no word the code line printing that value lacks, so a line
 * printed by other code (`sum: 41`) stays exact. `undefined` when anything
 * else differs.
 */
export function machineDifference(
  want: string,
  got: string,
  reads: MachineReads,
): VaryingKind | undefined {
  const printedBy = (kind: MachineRead, rest: string) => {
    const words = lineWords(rest)
    return (reads.lines.get(kind) ?? []).some(
      (line) => [...words].every((word) => line.has(word)) && (words.size > 0 || line.size === 0),
    )
  }
  if (integersOnly(want, got)) {
    const rest = want.replace(/\d+/gu, ' ')
    if (printedBy('process id', rest) || (reads.listsProcesses && processRow.test(want)))
      return 'process id'
    if (printedBy('object size', rest)) return 'object size'
  }
  if (
    reads.lines.has('time zone') &&
    (sameMomentElsewhere(want, got) || sameEpochElsewhere(want, got))
  )
    return 'time zone'
  const flags = differingWords(want, got, /^[A-Za-z\d]*$/u, 1)
  if (flags !== undefined && printedBy('shell flags', flags)) return 'shell flags'
  const names = differingWords(want, got, /^[\w.-]+$/u, 2)
  if (names !== undefined && printedBy('user name', names)) return 'user name'
  if (names !== undefined && printedBy('host name', names)) return 'host name'
  // A path a program built on Windows, where the author ran it: `usr\\bin\\spam` for `usr/bin/spam`.
  if (reads.lines.has('path separator') && windowsSeparated(want, got)) return 'path separator'
  const script = reads.lines.has('script name') ? otherScriptName(want, got) : undefined
  if (script !== undefined && printedBy('script name', script)) return 'script name'
  return undefined
}

/**
 * The sample's own file as a run prints it: the `<sample>` its path is shown
 * as, or its bare name (`basename "$0"`: `.sample.bash`).
 */
const ownName = /<sample>|(?<![\w.-])\.?sample(?:_\d+)?\.\w+(?![\w.-])/gu

/**
 * The documented line without the name the author ran the program by, when
 * it differs from the real one only there: where the run printed its own
 * file (`Script Name: <sample>`), the author's line has a file name, a path
 * or a shell's name (`Script Name: script.sh`, `-bash`). `undefined` otherwise.
 */
function otherScriptName(want: string, got: string): string | undefined {
  const parts = got.trimEnd().split(ownName)
  if (parts.length < 2) return undefined
  const name = String.raw`([\p{L}\p{N}_.~/\\:-]*[\p{L}\p{N}_])`
  const pattern = new RegExp(`^${parts.map((part) => escapeStringRegexp(part)).join(name)}$`, 'u')
  const match = pattern.exec(want.trimEnd())
  return match ? parts.join(' ') : undefined
}

/** A row of `ps`: its id first, or second after the user (`ps -ef`). */
const processRow = /^\s*(?:\S+\s+)?\d+\s+\S/u

/** Whether two lines differ in their whole integers alone (`The $$ is 14841` and `The $$ is 4`). */
function integersOnly(want: string, got: string): boolean {
  const masked = (line: string) =>
    line
      .trim()
      .replace(/\s+/gu, ' ')
      .replace(/(?<![\d.])\d+(?![\d.])/gu, '0')
  return want !== got && /\d/u.test(want) && masked(want) === masked(got)
}

/**
 * The documented line without its differing words, when two lines differ in
 * at most `most` words, each of whose forms fits `word`: the words (runs of
 * letters, digits, `_`, `.` and `-`) and what is between them are the same
 * but for those; a word at the end of one line may be absent from the other
 * (`The $- is hB`, `The $- is`), when `word` allows none. `undefined` otherwise.
 */
function differingWords(want: string, got: string, word: RegExp, most: number): string | undefined {
  const tokens = (line: string) =>
    line.trimEnd().match(/[\p{L}\p{N}_.-]+|[^\p{L}\p{N}_.-]+/gu) ?? []
  const [a, b] = [tokens(want), tokens(got)]
  const isWord = (token: string) => /^[\p{L}\p{N}_.-]/u.test(token)
  // A last word on one side only: the other line is the rest, its spaces trimmed.
  for (const [longer, shorter] of [
    [a, b],
    [b, a],
  ] as const) {
    const last = longer.at(-1) ?? ''
    if (longer.length <= shorter.length || !isWord(last) || !word.test('')) continue
    const rest = longer.slice(0, -1).join('').trimEnd()
    if (rest === shorter.join('') && word.test(last)) return rest
  }
  if (a.length !== b.length) return undefined
  const differing = a.flatMap((token, index) => (token === b[index] ? [] : [index]))
  if (differing.length === 0 || differing.length > most) return undefined
  const fits = differing.every((index) => {
    const [x = '', y = ''] = [a[index], b[index]]
    return isWord(x) && isWord(y) && word.test(x) && word.test(y)
  })
  return fits ? a.filter((_, index) => !differing.includes(index)).join(' ') : undefined
}

/**
 * Whether the documented line is the real one with Windows' separator, a
 * backslash (doubled in a string's repr), where this machine printed `/`.
 */
function windowsSeparated(want: string, got: string): boolean {
  return want.includes('\\') && got.includes('/') && want.replace(/\\{1,2}/gu, '/') === got
}
