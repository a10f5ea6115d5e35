import { type Recogniser, ranges } from './recogniser.js'

/**
 * Dates and times a program reads from the clock: a date or date and time in
 * the forms languages and locales print, a time of day alone, seconds since
 * 1970, a field of today's date after its label. The documented value must be
 * a valid one of its form; the real one must be now (or today).
 */

/** How far a printed clock value may be from `now`: runs are short, and judged right after. */
const clockWindowMs = 10 * 60 * 1000
const dayMs = 24 * 60 * 60 * 1000

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
/** A time zone as `date` names it: an abbreviation (`CST`, `CEST`) or an offset (`+08`). */
const zone = String.raw`(?:[A-Z]{2,5}|[+-]\d{2}(?:\d{2})?)`

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
    // What `date` prints, in the locale the reader's system has: C's `Mon Nov 15 20:30:54 CST 2021`,
    // en_US's `Mon 15 Nov 2021 08:30:54 PM CST`, en_GB's `Mon 15 Nov 20:30:54 GMT 2021`, zh_CN's
    // `2021年 11月 15日 星期一 20:30:54 CST`: one value, in whichever of these forms.
    pattern: new RegExp(
      [
        String.raw`\b(?:${weekdayNames}) (${monthNames}) +(\d{1,2}) ${time} ${zone} (\d{4})`,
        String.raw`\b(?:${weekdayNames}) (\d{1,2}) (${monthNames}) (\d{4}) ${time} ([AP]M) ${zone}`,
        String.raw`\b(?:${weekdayNames}) (\d{1,2}) (${monthNames}) ${time} ${zone} (\d{4})`,
        String.raw`(?<!\d)(\d{4})年 ?(\d{1,2})月 ?(\d{1,2})日 (?:星期|周)[一二三四五六日天] ${time} ${zone}`,
      ]
        .map((form) => `(?:${form})`)
        .join('|') + String.raw`(?![\w:])`,
      'g',
    ),
    read: (m) => {
      const at = (first: number, order: string[]) =>
        Object.fromEntries(order.map((field, k) => [field, m[first + k]]))
      const fields =
        m[1] !== undefined
          ? at(1, ['month', 'day', 'hour', 'minute', 'second', 'year'])
          : m[7] !== undefined
            ? at(7, ['day', 'month', 'year', 'hour', 'minute', 'second', 'meridiem'])
            : m[14] !== undefined
              ? at(14, ['day', 'month', 'hour', 'minute', 'second', 'year'])
              : at(20, ['year', 'month', 'day', 'hour', 'minute', 'second'])
      const month = /^\d+$/.test(fields.month ?? '') ? Number(fields.month) : monthOf(fields.month)
      return [
        {
          year: numberOf(fields.year),
          month,
          day: numberOf(fields.day),
          ...clock(fields.hour, fields.minute, fields.second),
          hour: withMeridiem(numberOf(fields.hour), fields.meridiem),
        },
      ]
    },
    shape: () => 'date',
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

/** Seconds or milliseconds since 1970 (`time.time()`, `Date.now()`), within minutes of now. */
export const timestamp: Recogniser = {
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
export const dateField: Recogniser = {
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

/** A date, or a date and time, in any of the forms above, today's (give or take a day). */
export const calendarDate = dateRecogniser('date', dateForms)

/** A time of day alone, within minutes of now. */
export const timeOfDay = dateRecogniser('time', [timeForm])
