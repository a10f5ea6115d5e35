import { calendarDate, dateField, timeOfDay, timestamp } from './dates.js'
import { benchmarkRatio, duration } from './durations.js'
import { fileDescriptorPath } from './file-descriptors.js'
import { hashOrder } from './hash-order.js'
import { hashValue, hexDigest, objectId, uuid } from './identifiers.js'
import { machineRecognisers } from './machine-values.js'
import { machineDifference } from './printed-machine-values.js'
import type { Recogniser, VaryingKind, VaryingSettings } from './recogniser.js'
import { toolVersion } from './tool-versions.js'

export type { VaryingKind, VaryingSettings } from './recogniser.js'

/**
 * A function telling the kinds of value in which two lines differ, when they
 * differ only in values that legitimately vary between runs, `undefined` when
 * anything else differs. Both lines are cut into the same text around values
 * of the same kind and shape. The real line (`got`) is checked against the
 * clock: a date must be today's (give or take a day, for time zones), a time
 * or timestamp within minutes of `now`, so a date or time the program
 * computes stays exact. With `hashOrders`, set literals match as the same
 * elements in another order, as Python prints them; dicts (dict-displays.ts),
 * lists and tuples keep their order. It remembers each line it reads, for one comparison.
 */
export function varyingDifferences(
  settings: VaryingSettings,
): (want: string, got: string) => VaryingKind[] | undefined {
  const remember = <T>(read: (line: string) => T) => {
    const known = new Map<string, { value: T }>()
    return (line: string): T => {
      let entry = known.get(line)
      if (!entry) {
        entry = { value: read(line) }
        known.set(line, entry)
      }
      return entry.value
    }
  }
  const tokensOf = remember(tokenise)
  const sortedOf = remember((line) => hashOrder(line, settings.stringSetOrders === true))
  const differenceOf = (want: string, got: string) =>
    tokenDifference(want, tokensOf(want), got, tokensOf(got), settings)
  return (want, got) => {
    if (want === got) return undefined
    const kinds = differenceOf(want, got)
    if (!kinds && settings.clockNumbers && numbersOnly(want, got)) return ['clock reading']
    if (
      !kinds &&
      settings.randomNumbers &&
      (drawnNumbersOnly(want, got) || drawnWordsOnly(want, got))
    )
      return ['random number']
    const machine =
      kinds || !settings.machineReads
        ? undefined
        : machineDifference(want, got, settings.machineReads)
    if (machine) return [machine]
    if (kinds || !settings.hashOrders) return kinds
    const [wantSorted, gotSorted] = [sortedOf(want), sortedOf(got)]
    if (wantSorted === undefined || gotSorted === undefined) return undefined
    if (wantSorted === want && gotSorted === got) return undefined
    const sortedKinds = wantSorted === gotSorted ? [] : differenceOf(wantSorted, gotSorted)
    return sortedKinds ? [...sortedKinds, 'hash order'] : undefined
  }
}

/** Whether two lines differ only in their numbers (`19487` and `22767`, `0.33` and `1.2e-05`). */
function numbersOnly(want: string, got: string): boolean {
  const shape = (line: string) => line.trim().replace(/\d+(?:\.\d+)?(?:e[-+]?\d+)?/giu, '0')
  return /\d/u.test(want) && shape(want) === shape(got)
}

/**
 * Whether two lines differ only in their numbers, or in the order of their
 * items once the numbers are set aside: `[('hail', 1), ('hello', 3)]` for
 * `[('hello', 3), ('hail', 9)]`, a list sorted by numbers drawn at random.
 */
function drawnNumbersOnly(want: string, got: string): boolean {
  // A draw may come out negative where the author's did not: its sign is the draw's too.
  const masked = (line: string) => line.replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/giu, '0')
  if (/\d/u.test(want) && masked(want).trim() === masked(got).trim()) return true
  const items = (line: string) => (masked(line).match(/[\p{L}\p{N}_]+|\S/gu) ?? []).sort().join(' ')
  return /\d/u.test(want) && /\d/u.test(got) && items(want) === items(got)
}

/**
 * Whether two lines differ only in words drawn letter by letter, as a
 * program building codes or passwords at random prints them
 * (`random.choices(string.ascii_letters + string.digits, k=4)`: `0TPH` for
 * `59tZ`): each differing word as long as the one documented, which looks
 * drawn, mixing digits and letters or with a capital inside it (`IBBb`,
 * `x7fohf`), not a word of a language (`Hello`, `NASA`).
 */
function drawnWordsOnly(want: string, got: string): boolean {
  const split = (line: string) => line.trim().split(/([\p{L}\p{N}_]+)/u)
  const [wanted, printed] = [split(want), split(got)]
  if (wanted.length !== printed.length) return false
  const looksDrawn = (word: string) =>
    (/\p{N}/u.test(word) && /\p{L}/u.test(word)) ||
    (/^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word))
  let drawn = false
  for (const [index, part] of wanted.entries()) {
    const other = printed[index] ?? ''
    if (part === other) continue
    const word = index % 2 === 1
    if (!word || part.length !== other.length || !looksDrawn(part)) return false
    drawn = true
  }
  return drawn
}

/** The kinds of the differing values, when the lines differ in recognised values only. */
function tokenDifference(
  want: string,
  wantTokens: Token[],
  got: string,
  gotTokens: Token[],
  { now, home, waitsNever }: Pick<VaryingSettings, 'now' | 'home' | 'waitsNever'>,
): VaryingKind[] | undefined {
  if (wantTokens.length !== gotTokens.length) return undefined
  const kinds = new Set<VaryingKind>()
  let wantAt = 0
  let gotAt = 0
  for (const [index, wantToken] of wantTokens.entries()) {
    const gotToken = gotTokens[index]
    if (!gotToken) return undefined
    if (want.slice(wantAt, wantToken.start) !== got.slice(gotAt, gotToken.start)) return undefined
    wantAt = wantToken.end
    gotAt = gotToken.end
    const wantValue = want.slice(wantToken.start, wantToken.end)
    const gotValue = got.slice(gotToken.start, gotToken.end)
    if (wantValue === gotValue) continue
    const context = { now, home, waitsNever, line: got }
    const agreeing = wantToken.recognisers.find(
      (recogniser) =>
        gotToken.recognisers.includes(recogniser) && recogniser.agree(wantValue, gotValue, context),
    )
    if (!agreeing) return undefined
    kinds.add(agreeing.kind)
  }
  if (want.slice(wantAt) !== got.slice(gotAt)) return undefined
  return kinds.size > 0 ? [...kinds] : undefined
}

interface Token {
  start: number
  end: number
  /** Every recogniser that found exactly this range. */
  recognisers: Recogniser[]
}

/** The varying values of a line, left to right, the longest where they overlap. */
function tokenise(line: string): Token[] {
  const found = recognisers.flatMap((recogniser) =>
    recogniser.find(line).map(([start, end]) => ({ start, end, recogniser })),
  )
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const tokens: Token[] = []
  for (const { start, end, recogniser } of found) {
    const last = tokens.at(-1)
    if (last && last.start === start && last.end === end) last.recognisers.push(recogniser)
    else if (!last || start >= last.end) tokens.push({ start, end, recognisers: [recogniser] })
  }
  return tokens
}

/** Every kind of varying value, in this order where two find the same range. */
const recognisers: Recogniser[] = [
  dateField,
  calendarDate,
  timeOfDay,
  timestamp,
  duration,
  benchmarkRatio,
  uuid,
  hexDigest,
  objectId,
  hashValue,
  ...machineRecognisers,
  fileDescriptorPath,
  toolVersion,
]
