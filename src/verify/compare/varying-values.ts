import { isDictDisplay } from './dict-displays.js'
import { fileDescriptorPath } from './file-descriptors.js'
import { machineRecognisers } from './machine-values.js'
import { type Recogniser, ranges, type VaryingKind, type VaryingSettings } from './recogniser.js'

export type { VaryingKind, VaryingSettings } from './recogniser.js'

/** How far a printed clock value may be from `now`: runs are short, and judged right after. */
const clockWindowMs = 10 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

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
    if (kinds || !settings.hashOrders) return kinds
    const [wantSorted, gotSorted] = [sortedOf(want), sortedOf(got)]
    if (wantSorted === undefined || gotSorted === undefined) return undefined
    if (wantSorted === want && gotSorted === got) return undefined
    const sortedKinds = wantSorted === gotSorted ? [] : differenceOf(wantSorted, gotSorted)
    return sortedKinds ? [...sortedKinds, 'hash order'] : undefined
  }
}

/** The kinds of the differing values, when the lines differ in recognised values only. */
function tokenDifference(
  want: string,
  wantTokens: Token[],
  got: string,
  gotTokens: Token[],
  { now, home }: Pick<VaryingSettings, 'now' | 'home'>,
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
    const context = { now, home, line: got }
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

// Dates and times.

interface ClockReading {
  year?: number | undefined
  month?: number | undefined
  day?: number | undefined
  hour?: number | undefined
  minute?: number | undefined
  second?: number | undefined
  /** Minutes east of UTC, when the value says. */
  offset?: number | undefined
}

interface DateForm {
  pattern: RegExp
  /** The readings the text allows (a `1/5/2024` is January 5th or May 1st), none if invalid. */
  read: (match: RegExpExecArray) => ClockReading[]
  /** What must be the same on both sides. */
  shape?: (text: string) => string
}

const monthNames = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'
const weekdayNames = 'Mon|Tue|Wed|Thu|Fri|Sat|Sun'
const time = String.raw`(\d{1,2}):(\d{2}):(\d{2})(?:[.,]\d+)?`
const offset = String.raw`(Z|[+-]\d{2}:?\d{2})`

const numberOf = (text: string | undefined) => (text === undefined ? undefined : Number(text))
const monthOf = (name: string | undefined) =>
  name === undefined ? undefined : monthNames.split('|').indexOf(name.slice(0, 3)) + 1
const offsetOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined
  if (text === 'Z' || text === 'GMT' || text === 'UTC') return 0
  const match = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})$/.exec(text)
  if (!match) return undefined
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
}
const withMeridiem = (hour: number | undefined, meridiem: string | undefined) => {
  if (hour === undefined || meridiem === undefined) return hour
  if (hour < 1 || hour > 12) return Number.NaN
  return (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0)
}
const clock = (hour?: string, minute?: string, second?: string) => ({
  hour: numberOf(hour),
  minute: numberOf(minute),
  second: numberOf(second),
})

/** A shape: digits, letters and spaces by runs, a time zone's name in brackets left out. */
const runsShape = (text: string) =>
  text
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/(?:星期|周)[一二三四五六日天]/g, 'W')
    .replace(/\d+/g, '9')
    .replace(/[A-Za-z]+/g, 'A')
    .replace(/\s+/g, ' ')

const dateForms: DateForm[] = [
  {
    // ISO 8601 and what Python prints for a datetime: 2024-05-01, 2024-05-01 12:34:56.789, 2024-05-01T04:34:56Z
    pattern: new RegExp(
      String.raw`(?<![\w.-])(\d{4})-(\d{2})-(\d{2})(?:[T ]${time}${offset}?)?(?![\w:-])`,
      'g',
    ),
    read: (m) => [
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        ...clock(m[4], m[5], m[6]),
        offset: offsetOf(m[7]),
      },
    ],
  },
  {
    // 2024/5/1 12:34:56, as zh-CN locales print
    pattern: new RegExp(
      String.raw`(?<![\w./])(\d{4})/(\d{1,2})/(\d{1,2})(?: ${time})?(?![\w/:])`,
      'g',
    ),
    read: (m) => [
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...clock(m[4], m[5], m[6]) },
    ],
  },
  {
    // 5/1/2024, 12:34:56 PM, as en-US locales print; 1/5/2024 as en-GB ones do
    pattern: new RegExp(
      String.raw`(?<![\w./])(\d{1,2})/(\d{1,2})/(\d{4})(?:,? ${time}(?: ?([AP]M))?)?(?![\w/:])`,
      'gi',
    ),
    read: (m) => {
      const hour = withMeridiem(numberOf(m[4]), m[7])
      const rest = { year: Number(m[3]), ...clock(m[4], m[5], m[6]), hour }
      return [
        { ...rest, month: Number(m[1]), day: Number(m[2]) },
        { ...rest, month: Number(m[2]), day: Number(m[1]) },
      ]
    },
  },
  {
    // 2024年5月1日, 2024年5月1日 星期三 12:34:56
    pattern:
      /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号](?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*(\d{1,2})[:时](\d{2})[:分](\d{2})秒?)?(?!\d)/g,
    read: (m) => [
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...clock(m[4], m[5], m[6]) },
    ],
  },
  {
    // Wed May  1 12:34:56 2024 (C and Python's ctime); Wed May 01 2024 12:34:56 GMT+0800 (China Standard Time) (JavaScript)
    pattern: new RegExp(
      String.raw`\b(?:${weekdayNames}) (${monthNames}) +(\d{1,2}) (?:${time} (\d{4})|(\d{4})(?: (\d{2}):(\d{2}):(\d{2})(?: (GMT[+-]\d{4})(?: \([^()]*\))?)?)?)(?![\w:])`,
      'g',
    ),
    read: (m) => [
      {
        year: Number(m[6] ?? m[7]),
        month: monthOf(m[1]),
        day: Number(m[2]),
        ...clock(m[3] ?? m[8], m[4] ?? m[9], m[5] ?? m[10]),
        offset: offsetOf(m[11]),
      },
    ],
  },
  {
    // Wed, 01 May 2024 04:34:56 GMT: HTTP dates, JavaScript's toUTCString()
    pattern: new RegExp(
      String.raw`\b(?:${weekdayNames}), (\d{2}) (${monthNames}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|UTC|[+-]\d{4})(?![\w:])`,
      'g',
    ),
    read: (m) => [
      {
        year: Number(m[3]),
        month: monthOf(m[2]),
        day: Number(m[1]),
        ...clock(m[4], m[5], m[6]),
        offset: offsetOf(m[7]),
      },
    ],
  },
  {
    // Month names in strftime's and en locales' orders: Nov/14/2022, Nov 14, 2022, 14 November 2022
    pattern: new RegExp(
      String.raw`(?<![\w/.-])(?:(${monthNames})[a-z]*[/ -](\d{1,2}),?[/ -](\d{4})|(\d{1,2})[/ -](${monthNames})[a-z]*,?[/ -](\d{4}))(?![\w/-])`,
      'g',
    ),
    read: (m) => [
      { year: Number(m[3] ?? m[6]), month: monthOf(m[1] ?? m[5]), day: Number(m[2] ?? m[4]) },
    ],
  },
  {
    // datetime.datetime(2024, 5, 1, 12, 34, 56, 789): Python leaves out trailing zero fields
    pattern:
      /\bdatetime\.(date|datetime)\((\d{4}), (\d{1,2}), (\d{1,2})(?:, (\d{1,2}))?(?:, (\d{1,2}))?(?:, (\d{1,2}))?(?:, \d{1,6})?(?:, tzinfo=[\w.]+(?:\((?:[^()]|\([^()]*\))*\))?)?\)/g,
    read: (m) => {
      if (m[1] === 'date') return [{ year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) }]
      const [hour, minute, second] = [m[5] ?? '0', m[6] ?? '0', m[7] ?? '0']
      return [
        {
          year: Number(m[2]),
          month: Number(m[3]),
          day: Number(m[4]),
          ...clock(hour, minute, second),
        },
      ]
    },
    shape: (text) => text.replace(/\((?:\d+, )*\d+/, '(').replace(/\d+/g, '9'),
  },
  {
    // time.struct_time(tm_year=2024, tm_mon=5, tm_mday=1, tm_hour=12, ...)
    pattern:
      /\btime\.struct_time\(tm_year=(\d{4}), tm_mon=(\d{1,2}), tm_mday=(\d{1,2}), tm_hour=(\d{1,2}), tm_min=(\d{1,2}), tm_sec=(\d{1,2}), tm_wday=\d, tm_yday=\d{1,3}, tm_isdst=-?\d\)/g,
    read: (m) => [
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...clock(m[4], m[5], m[6]) },
    ],
    shape: () => 'struct_time',
  },
]

/** A time of day alone. */
const timeForm: DateForm = {
  // 12:34:56, 12:34:56.789012, 12:34:56 PM; 12时34分56秒
  pattern: new RegExp(
    String.raw`(?<![\w:.])(?:${time}(?: ?([AP]M)\b)?|(\d{1,2})[时点](\d{1,2})分(\d{1,2})秒)(?![\d:])`,
    'gi',
  ),
  read: (m) => [
    {
      ...clock(m[1] ?? m[5], m[2] ?? m[6], m[3] ?? m[7]),
      hour: withMeridiem(numberOf(m[1] ?? m[5]), m[4]),
    },
  ],
}

/** Whether a reading names a real day and time. */
function isValid(reading: ClockReading): boolean {
  const { year, month, day, hour, minute, second } = reading
  if (year !== undefined && month !== undefined && day !== undefined) {
    const date = new Date(Date.UTC(year, month - 1, day))
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false
  }
  if (hour !== undefined && !(hour >= 0 && hour < 24)) return false
  if (minute !== undefined && !(minute >= 0 && minute < 60)) return false
  return second === undefined || (second >= 0 && second <= 60)
}

/** Whether a reading is the current day or moment, in the local time zone, UTC or its own offset. */
function isCurrent(reading: ClockReading, now: Date): boolean {
  const { year, month, day, hour, minute, second, offset } = reading
  const hasDate = year !== undefined && month !== undefined && day !== undefined
  if (hour === undefined) {
    if (!hasDate) return false
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())
    return Math.abs(Date.UTC(year, month - 1, day) - today) <= dayMs
  }
  const near = (moment: number) => Math.abs(moment - now.getTime()) <= clockWindowMs
  const days = hasDate
    ? [{ local: [year, month - 1, day], utc: [year, month - 1, day] }]
    : [-1, 0, 1].map((shift) => ({
        local: [now.getFullYear(), now.getMonth(), now.getDate() + shift],
        utc: [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + shift],
      }))
  const [h, m, s] = [hour, minute ?? 0, second ?? 0]
  return days.some(({ local, utc }) => {
    const [ly = 0, lm = 0, ld = 0] = local
    const [uy = 0, um = 0, ud = 0] = utc
    const inUtc = Date.UTC(uy, um, ud, h, m, s)
    if (offset !== undefined) return near(inUtc - offset * 60_000)
    return near(inUtc) || near(new Date(ly, lm, ld, h, m, s).getTime())
  })
}

function dateRecogniser(kind: 'date' | 'time', forms: DateForm[]): Recogniser {
  const formOf = (text: string) =>
    forms
      .map((form) => ({
        form,
        match: new RegExp(`^(?:${form.pattern.source})$`, form.pattern.flags.replace('g', '')).exec(
          text,
        ),
      }))
      .find(({ match }) => match)
  return {
    kind,
    find: (line) => forms.flatMap((form) => ranges(line, form.pattern)),
    agree: (want, got, { now }) => {
      const wanted = formOf(want)
      const real = formOf(got)
      if (!wanted?.match || !real?.match || wanted.form !== real.form) return false
      const shape = wanted.form.shape ?? runsShape
      if (shape(want) !== shape(got)) return false
      return (
        wanted.form.read(wanted.match).some(isValid) &&
        real.form.read(real.match).some((reading) => isValid(reading) && isCurrent(reading, now))
      )
    },
  }
}

// Other varying values.

/** Units of time, by families of spelling: a run may print another unit of the same family. */
const unitFamilies = [
  ['ns', 'µs', 'μs', 'us', 'ms', 's'],
  ['nsec', 'usec', 'msec', 'sec', 'secs'],
  ['second', 'seconds', 'minute', 'minutes', 'min', 'mins'],
  ['纳秒', '微秒', '毫秒', '秒', '分钟'],
]
const durationUnit = `(?:${unitFamilies
  .flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![A-Za-z])`
const number = String.raw`\d+(?:\.\d+)?(?:e[-+]?\d+)?`
const numberWithUnit = new RegExp(`(?<![\\w.])${number}\\s?${durationUnit}`, 'gi')
const durationParts = new RegExp(`^(${number}|[\\d,]+)(\\s?)(${durationUnit})?$`, 'i')
/** Words that say a line reports how long something took (a unit alone does not). */
const durationCue =
  /\b(?:time|timing|elapsed|took|duration|runtime|(?:done|finished|completed|ran|built|executed|compiled) in|per loop|loops each)\b|耗时|用时|花费|运行时间|执行时间/i
/** Words that say a line compares speeds. */
const ratioCue =
  /faster|slower|quicker|speed-?up|improve(?:ment|d|s)?|速度|快|慢|加速|提升|提高|性能/i

const isNumber = (text: string) => /^[\d,]+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(text)
const isWhole = (text: string) => /^[\d,]+$/.test(text)

const duration: Recogniser = {
  kind: 'duration',
  find: (line) => {
    const withUnit = ranges(line, numberWithUnit)
    if (!durationCue.test(line)) return withUnit
    return [
      ...withUnit,
      // A decimal on a line that reports a duration: `Execution time: 1.02`
      ...ranges(line, /(?<![\w.])\d+\.\d+(?:e[-+]?\d+)?(?![\w.])/gi),
      // How many loops `timeit` chose: `10 loops, best of 5`, `10,000 loops each`
      ...ranges(line, /(?<![\w.,])\d{1,3}(?:,\d{3})*(?= loops?\b)/g),
    ]
  },
  // A whole number of a unit is a measured duration only on a line that says so.
  agree: (want, got, { line }) => {
    const [wanted, real] = [durationParts.exec(want), durationParts.exec(got)]
    if (!wanted || !real || wanted[2] !== real[2]) return false
    const family = (unit: string | undefined) =>
      unit === undefined
        ? -1
        : unitFamilies.findIndex((units) => units.includes(unit.toLowerCase()))
    if (family(wanted[3]) !== family(real[3])) return false
    const [wantNumber = '', gotNumber = ''] = [wanted[1], real[1]]
    if (isWhole(wantNumber) && isWhole(gotNumber) && !durationCue.test(line)) return false
    // A whole number without a unit is a count of `timeit` loops.
    if (!wanted[3] && isWhole(wantNumber)) return true
    // A round documented timing comes from what the program does; the real one is noisy.
    return !isSleep(wantNumber, wanted[3])
  },
}

const secondsPer: Record<string, number> = {
  ns: 1e-9,
  nsec: 1e-9,
  纳秒: 1e-9,
  µs: 1e-6,
  μs: 1e-6,
  us: 1e-6,
  usec: 1e-6,
  微秒: 1e-6,
  ms: 1e-3,
  msec: 1e-3,
  毫秒: 1e-3,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  分钟: 60,
}

/**
 * Whether a timing is whole seconds, or tenths of one, and a little
 * overhead, as a program that sleeps prints on any machine: there a
 * difference is in what the program does (one second, not two, is the point
 * of running tasks concurrently), so such timings stay compared within the
 * tolerance.
 */
function isSleep(number: string, unit: string | undefined): boolean {
  const seconds = Number(number) * (secondsPer[unit?.toLowerCase() ?? ''] ?? 1)
  const whole = Math.round(seconds)
  const tenths = Math.round(seconds * 10) / 10
  return (
    (whole >= 1 && Math.abs(seconds - whole) <= 0.05 * whole) ||
    (tenths >= 0.1 && Math.abs(seconds - tenths) <= 0.015)
  )
}

const benchmarkRatio: Recogniser = {
  kind: 'benchmark ratio',
  find: (line) =>
    ratioCue.test(line)
      ? ranges(line, /(?<![\w.])\d+(?:\.\d+)?(?=\s?(?:x|×|倍|%)(?![A-Za-z\d])|\s+times\b)/gi)
      : [],
  agree: (want, got) => isNumber(want) && isNumber(got),
}

const sameCase = (want: string, got: string) =>
  (want === want.toLowerCase()) === (got === got.toLowerCase())

const uuid: Recogniser = {
  kind: 'uuid',
  find: (line) =>
    ranges(
      line,
      /(?<![\w-])[\da-f]{8}-[\da-f]{4}-[1-8][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}(?![\w-])/gi,
    ),
  // Same case and version: uuid1() against uuid4() is a different program.
  agree: (want, got) => sameCase(want, got) && want[14]?.toLowerCase() === got[14]?.toLowerCase(),
}

const hexDigest: Recogniser = {
  kind: 'hex digest',
  find: (line) => ranges(line, /(?<![\w-])(?:[\da-f]{16,}|[\dA-F]{16,})(?![\w-])/g),
  agree: (want, got) =>
    want.length === got.length &&
    sameCase(want, got) &&
    [want, got].every((text) => /\d/.test(text) && /[a-f]/i.test(text)),
}

const wholeNumber = /(?<![\w.-])\d{9,}(?![\w.])/g

/**
 * What `id()` prints on CPython: an object's address, a multiple of 8 below
 * 2^48. Two runs place objects pages apart, so a near miss stays a failure;
 * ten digits from 1 are seconds since 1970, left to `timestamp`.
 */
const objectId: Recogniser = {
  kind: 'object id',
  find: (line) => ranges(line, wholeNumber),
  agree: (want, got) => {
    const [a, b] = [BigInt(want), BigInt(got)]
    if ([want, got].some((text) => /^1\d{9}$/.test(text))) return false
    const isAddress = (value: bigint) =>
      value % 8n === 0n && value >= 2n ** 20n && value < 2n ** 48n
    const apart = a > b ? a - b : b - a
    return isAddress(a) && isAddress(b) && apart >= 4096n
  },
}

/** What `hash()` of a string prints: salted per run, on lines that say it is a hash. */
const hashValue: Recogniser = {
  kind: 'hash value',
  find: (line) => (/hash/i.test(line) ? ranges(line, /(?<![\w.])-?\d{9,}(?![\w.])/g) : []),
  agree: (want, got) => /^-?\d+$/.test(want) && /^-?\d+$/.test(got),
}

/** Seconds or milliseconds since 1970 (`time.time()`, `Date.now()`), within minutes of now. */
const timestamp: Recogniser = {
  kind: 'timestamp',
  find: (line) => ranges(line, /(?<![\w.-])1\d{9}(?:\d{3}|\.\d+)?(?![\w.])/g),
  agree: (want, got, { now }) => {
    const shape = (text: string) => `${text.split('.')[0]?.length}${text.includes('.')}`
    if (shape(want) !== shape(got)) return false
    const milliseconds = got.includes('.') || got.length === 10 ? Number(got) * 1000 : Number(got)
    return Math.abs(milliseconds - now.getTime()) <= clockWindowMs
  },
}

/** Labels of one field of the current date, and that field now (local time or UTC). */
interface DateField {
  label: RegExp
  range: [number, number]
  now: (now: Date) => number[]
}
const dateFields: DateField[] = (
  [
    {
      label: String.raw`\byears?|年份?`,
      range: [1970, 2100],
      now: (now) => [now.getFullYear(), now.getUTCFullYear()],
    },
    {
      label: String.raw`\bmonths?|月份?`,
      range: [1, 12],
      now: (now) => [now.getMonth() + 1, now.getUTCMonth() + 1],
    },
    {
      label: String.raw`\bday|日|号`,
      range: [1, 31],
      now: (now) => [now.getDate(), now.getUTCDate()],
    },
  ] satisfies Array<Omit<DateField, 'label'> & { label: string }>
).map((field) => ({
  ...field,
  label: new RegExp(String.raw`(?<=(?:${field.label})\s*[:：=]\s*)\d{1,4}(?![\w.:/-])`, 'giu'),
}))

/**
 * A field of today's date printed after its label (`Current year: 2026`,
 * `当前月份: 11`): the real value must be today's, the documented one a
 * valid value of that field.
 */
const dateField: Recogniser = {
  kind: 'date',
  find: (line) => dateFields.flatMap(({ label }) => ranges(line, label)),
  agree: (want, got, { now, line }) =>
    dateFields.some(
      ({ label, range: [low, high], now: current }) =>
        ranges(line, label).length > 0 &&
        Number(want) >= low &&
        Number(want) <= high &&
        current(now).includes(Number(got)),
    ),
}

const recognisers: Recogniser[] = [
  dateField,
  dateRecogniser('date', dateForms),
  dateRecogniser('time', [timeForm]),
  timestamp,
  duration,
  benchmarkRatio,
  uuid,
  hexDigest,
  objectId,
  hashValue,
  ...machineRecognisers,
  fileDescriptorPath,
]

// Hash orders.

const closers: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
/** Python's unordered views, printed around a list: `set([...])` (Python 2), `dict_keys([...])`. */
const unorderedList = /\b(?:set|frozenset|dict_keys|dict_values|dict_items)\($/

/**
 * The line with the elements of every set or dict literal sorted, keeping
 * the spacing between them (with `stringSequences`, those of every list or
 * tuple of strings too: made from a set of strings); `undefined` when its brackets or quotes do not
 * balance, so nothing is reordered on a guess.
 */
export function hashOrder(line: string, stringSequences = false): string | undefined {
  const read = readUntil(line, 0, undefined, stringSequences)
  return read?.text
}

/** A group's elements are all string literals (`'click', 'httpx'`). */
const onlyStrings = /^\s*(?:(['"])[^'"]*\1\s*,\s*)+(['"])[^'"]*\2\s*,?\s*$/

function readUntil(
  line: string,
  start: number,
  closer: string | undefined,
  stringSequences: boolean,
): { text: string; end: number } | undefined {
  let text = ''
  let index = start
  while (index < line.length) {
    const char = line[index] ?? ''
    if (char === closer) return { text, end: index }
    if (char === ')' || char === ']' || char === '}') return undefined
    if ((char === '"' || char === "'") && !/\w/.test(line[index - 1] ?? '')) {
      const end = stringEnd(line, index)
      if (end === undefined) return undefined
      text += line.slice(index, end)
      index = end
      continue
    }
    const inner = closers[char]
    if (inner) {
      const group = readUntil(line, index + 1, inner, stringSequences)
      if (!group) return undefined
      const unordered =
        ((char === '{' && !isDictDisplay(group.text)) ||
          (char === '[' && unorderedList.test(line.slice(0, index))) ||
          (stringSequences && onlyStrings.test(group.text))) &&
        group.text.trim() !== ''
      text += char + (unordered ? sortElements(group.text) : group.text) + inner
      index = group.end + 1
      continue
    }
    text += char
    index++
  }
  return closer === undefined ? { text, end: index } : undefined
}

/** Where the string literal opening at `start` ends (after its closing quote). */
function stringEnd(line: string, start: number): number | undefined {
  const quote = line[start]
  for (let index = start + 1; index < line.length; index++) {
    if (line[index] === '\\') index++
    else if (line[index] === quote) return index + 1
  }
  return undefined
}

/** Comma-separated elements (balanced, as `readUntil` checked), sorted; spacing stays in place. */
function sortElements(content: string): string {
  const parts = splitTopLevel(content)
  const trailing = parts.at(-1)?.trim() === '' ? parts.pop() : undefined
  const padding = parts.map((part) => /^(\s*)[\s\S]*?(\s*)$/.exec(part) ?? ['', '', ''])
  const sorted = parts.map((part) => part.trim()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const joined = sorted.map((element, index) => {
    const [, before = '', after = ''] = padding[index] ?? []
    return before + element + after
  })
  return [...joined, ...(trailing === undefined ? [] : [trailing])].join(',')
}

function splitTopLevel(content: string): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let index = 0; index < content.length; index++) {
    const char = content[index] ?? ''
    if ((char === '"' || char === "'") && !/\w/.test(content[index - 1] ?? '')) {
      index = (stringEnd(content, index) ?? content.length) - 1
    } else if (char in closers) depth++
    else if (char === ')' || char === ']' || char === '}') depth--
    else if (char === ',' && depth === 0) {
      parts.push(content.slice(from, index))
      from = index + 1
    }
  }
  parts.push(content.slice(from))
  return parts
}
