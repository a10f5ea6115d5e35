/**
 * The same moment shown in two time zones: `Sat Oct 10 23:06:22 CST 2020`
 * on the author's machine for `Sat Oct 10 15:06:22 UTC 2020` here, as
 * `date -d @1602342382` prints it. Only the date and time may differ, by a
 * shift a time zone has (a whole quarter of an hour, at most 14 hours, the
 * zone's own offset where its name is known); the rest of the line is the same.
 */

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
const weekdays = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const months = `(${monthNames.join('|')})`
const clock = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`
const zone = String.raw`([A-Z]{2,5}|[+-]\d{2}:?\d{2}|GMT[+-]\d{4})`

/** A shown moment: where it is in the line, its wall-clock time read as UTC, and its zone. */
interface Shown {
  start: number
  end: number
  wall: number
  zone: string | undefined
}

interface Form {
  pattern: RegExp
  read: (m: RegExpExecArray) => { wall: number; zone: string | undefined } | undefined
}

const monthOf = (name: string | undefined) => monthNames.indexOf(name ?? '')
const wallOf = (y: string, mo: number, d: string, h: string, mi: string, s?: string) =>
  Date.UTC(Number(y), mo, Number(d), Number(h), Number(mi), Number(s ?? 0))

const forms: Form[] = [
  {
    // date(1) and ctime: Sat Oct 10 23:06:22 CST 2020, Sat Oct 10 23:06:22 2020
    pattern: new RegExp(
      String.raw`\b${weekdays},? ${months} +(\d{1,2}) ${clock}(?: ${zone})? (\d{4})\b`,
      'g',
    ),
    read: (m) => ({
      wall: wallOf(m[7] ?? '', monthOf(m[1]), m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5]),
      zone: m[6],
    }),
  },
  {
    // ISO 8601 and Chinese locales: 2020-10-10 23:06:22 +0800, 2020/10/10 23:06:22 CST
    pattern: new RegExp(
      String.raw`(?<![\w.-])(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ]${clock}(?:\.\d+)?(?: ?${zone})?(?![\w:])`,
      'g',
    ),
    read: (m) => ({
      wall: wallOf(m[1] ?? '', Number(m[2]) - 1, m[3] ?? '', m[4] ?? '', m[5] ?? '', m[6]),
      zone: m[7],
    }),
  },
  {
    // date(1) in a Chinese locale: 2020年 10月 10日 星期六 23:06:22 CST
    pattern: new RegExp(
      String.raw`(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日(?:\s*(?:星期|周)[一二三四五六日天])?\s+${clock}(?: ${zone})?`,
      'g',
    ),
    read: (m) => ({
      wall: wallOf(m[1] ?? '', Number(m[2]) - 1, m[3] ?? '', m[4] ?? '', m[5] ?? '', m[6]),
      zone: m[7],
    }),
  },
]

/** Offsets, in minutes east of UTC, of zone names date(1) prints; some names stand for several zones. */
const zoneOffsets: Record<string, readonly number[]> = {
  UTC: [0],
  GMT: [0],
  CST: [480, -360],
  CDT: [-300],
  EST: [-300],
  EDT: [-240],
  MST: [-420],
  MDT: [-360],
  PST: [-480],
  PDT: [-420],
  JST: [540],
  KST: [540],
  HKT: [480],
  SGT: [480],
  IST: [330, 60, 120],
  CET: [60],
  CEST: [120],
  BST: [60],
  EET: [120],
  EEST: [180],
  MSK: [180],
  AEST: [600],
  AEDT: [660],
}

/** The offsets a zone's name or number allows, `undefined` when it could be any. */
function offsetsOf(name: string | undefined): readonly number[] | undefined {
  if (name === undefined) return undefined
  const numeric = /^(?:GMT)?([+-])(\d{2}):?(\d{2})$/.exec(name)
  if (numeric)
    return [(numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]))]
  return zoneOffsets[name]
}

function shownMoments(line: string): Shown[] {
  const found: Shown[] = []
  for (const form of forms) {
    for (const m of line.matchAll(form.pattern)) {
      const read = form.read(m)
      if (!read || Number.isNaN(read.wall)) continue
      const start = m.index ?? 0
      if (found.some((other) => start < other.end && other.start < start + m[0].length)) continue
      found.push({ start, end: start + m[0].length, ...read })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether `want` shows the moment `got` shows, in another time zone, and nothing else differs. */
export function sameMomentElsewhere(want: string, got: string): boolean {
  const [wanted, real] = [shownMoments(want), shownMoments(got)]
  if (wanted.length === 0 || wanted.length !== real.length) return false
  let wantAt = 0
  let gotAt = 0
  for (const [index, moment] of wanted.entries()) {
    const other = real[index]
    if (!other) return false
    if (want.slice(wantAt, moment.start) !== got.slice(gotAt, other.start)) return false
    ;[wantAt, gotAt] = [moment.end, other.end]
    if (!shiftedByZone(moment, other)) return false
  }
  return want.slice(wantAt) === got.slice(gotAt)
}

/** Whether two shown moments are one, shown in the author's zone and in this machine's. */
function shiftedByZone(want: Shown, got: Shown): boolean {
  const shift = (want.wall - got.wall) / 60_000
  if (shift === 0) return want.zone !== got.zone
  if (shift % 15 !== 0 || Math.abs(shift) > 14 * 60) return false
  // Both show a zone, or neither does: a zone left out where the author's showed one is a change.
  if ((want.zone === undefined) !== (got.zone === undefined)) return false
  const [wanted, real] = [offsetsOf(want.zone), offsetsOf(got.zone)]
  if (!wanted || !real) return want.zone !== got.zone || want.zone === undefined
  return wanted.some((a) => real.some((b) => a - b === shift))
}

/** A count of seconds since the epoch, as `time.mktime(t)` or `time.time()` prints it: `1350816710.0`. */
const epochSeconds = /(?<![\w.])1\d{9}(?:\.\d+)?(?![\w.])/gu

/**
 * Whether two lines show the same local time read back into seconds since
 * the epoch in two time zones (`time.mktime(st)`: `1350816710.0` in UTC+8,
 * `1350845510.0` in UTC): each line holds one such count, the rest of the
 * lines is the same, and the counts differ by a shift a time zone has (a
 * whole quarter of an hour, at most 14 hours).
 */
export function sameEpochElsewhere(want: string, got: string): boolean {
  const [wanted, real] = [[...want.matchAll(epochSeconds)], [...got.matchAll(epochSeconds)]]
  const [a, b] = [wanted[0], real[0]]
  if (wanted.length !== 1 || real.length !== 1 || !a || !b) return false
  if (want.replace(epochSeconds, '0') !== got.replace(epochSeconds, '0')) return false
  const shift = Number(a[0]) - Number(b[0])
  return shift !== 0 && shift % 900 === 0 && Math.abs(shift) <= 14 * 3600
}
