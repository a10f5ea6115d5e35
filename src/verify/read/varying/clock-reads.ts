import type { FailedExample } from '../not-checkable/needs/session-unrunnable.js'
import { boundNames, examplesOf, mentions, withoutStrings } from './random-draws.js'
import { differsOnlyInShape } from './shape-only.js'

/**
 * Which examples of a Python `>>>` session show a value read from the clock
 * or a timer, the way a reader replaying the session sees them: a call of
 * `datetime.now()`, `date.today()`, `time.time()`, `time.perf_counter()`,
 * `timeit.timeit(...)` (or `timeit(...)`, `Timer(...).timeit()`), each also
 * called through its module (`datetime.datetime.now()`), and every
 * later example reading a name such a call set (`tr1 = Transaction('Tim', 5,
 * datetime.now())`, then `sorted([tr1, tr2])`). Its numbers are those of the
 * author's day and machine.
 */
const clockCall =
  /(?<![\w.])(?:(?:datetime\s*\.\s*)?(?:datetime|date)\s*\.\s*(?:now|today|utcnow)|time\s*\.\s*(?:time|time_ns|perf_counter|perf_counter_ns|monotonic|process_time)|timeit\s*\.\s*(?:timeit|repeat)|timeit|default_timer)\s*\(|\bTimer\s*\([^)]*\)\s*\.\s*(?:timeit|repeat)\s*\(/u

/** A call reading today's date or the time of day (`date.today()`, `datetime.now()`), not a timer. */
const calendarCall =
  /(?<![\w.])(?:datetime\s*\.\s*)?(?:datetime|date)\s*\.\s*(?:now|today|utcnow)\s*\(/u

/**
 * Whether Python code reads today's date or the time of day (`date.today()`,
 * `datetime.now()`): what it computes from them changes from day to day. A
 * timer (`time.perf_counter()`) is not: the durations it measures are
 * compared as durations, and a round timing stays exact. `dated`: names an
 * earlier sample bound to today's date (`now = datetime.now()` a fence
 * above `print(now.year)`).
 */
export function readsTheDate(code: string, dated: readonly string[] = []): boolean {
  const own = codeOf(code)
  return calendarCall.test(own) || dated.some((name) => mentions(own, name))
}

/**
 * The names Python code binds to today's date or the time of day, read by
 * a call (`now = datetime.now()`) or computed from a name that holds one
 * already (`dated`, bound by an earlier sample: `tomorrow = now +
 * timedelta(days=1)`), line by line in order.
 */
export function datedNames(code: string, dated: readonly string[]): string[] {
  const names = new Set(dated)
  // Statements after `;` are statements too: `import datetime; now = datetime.datetime.now()`.
  for (const statement of code.split('\n').flatMap((line) => codeOf(line).split(';'))) {
    if (!calendarCall.test(statement) && ![...names].some((name) => mentions(statement, name))) {
      continue
    }
    for (const name of boundNames(statement)) names.add(name)
  }
  return [...names].filter((name) => !dated.includes(name))
}

/**
 * Code with its strings and comments removed but for the fields of its
 * f-strings, which are code (`f'I am {now.year - born} years old'`: `now`).
 */
function codeOf(code: string): string {
  return withoutStrings(
    code.replace(
      /(?<![\w'"])(?:[fF][rR]?|[rR][fF])(['"])((?:\\.|(?!\1)[^\\\n])*)\1/gu,
      (_, _quote: string, body: string) => ` ${(body.match(/\{[^{}]*\}/gu) ?? []).join(' ')} `,
    ),
  )
}

/**
 * The 0-based lines, within the session, of the examples whose value comes
 * from the clock or a timer, or from `dated`, names an earlier sample bound
 * to today's date.
 */
export function clockReadExamples(session: string, dated: readonly string[] = []): Set<number> {
  const found = new Set<number>()
  const read = new Set<string>(dated)
  for (const example of examplesOf(session)) {
    const code = codeOf(example.code)
    const reads = clockCall.test(code) || [...read].some((name) => mentions(code, name))
    if (!reads) continue
    found.add(example.line)
    // Statements after `;` bind names too: `import datetime; now = datetime.datetime.now()`.
    for (const name of boundNames(code.replaceAll(';', '\n'))) read.add(name)
  }
  return found
}

/** English names of days and months, full or short: what `%A`, `%a`, `%B`, `%b` print of a date. */
const calendarName =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/gu

/**
 * A test of a session's failed examples: whether one reads the clock and
 * differs from its documented result only in its numbers (`0.3328074` for
 * `0.0121`, `datetime(2022, 9, 9, 8, 17)` for today's, `I am 21 years old`
 * computed from the year) and the names of days and months a date prints
 * (`Tuesday, July 06 2021`), neither side an error.
 */
export function readsTheClock(
  session: string,
  dated: readonly string[] = [],
): (example: FailedExample & { ok: boolean }) => boolean {
  const examples = clockReadExamples(session, dated)
  // A `datetime` repr leaves out its trailing zero fields (`datetime(2026, 12, 1, 12, 40)` at
  // second 0): its numbers are one value, however many it shows.
  const shape = (text: string) =>
    text
      .trim()
      .replace(/(?<=\b(?:datetime|date|time)\()\d+(?:,\s*\d+)*/gu, '0')
      .replace(/\d+(?:\.\d+)?(?:e[-+]?\d+)?/giu, '0')
      .replace(calendarName, 'Day')
  return differsOnlyInShape(examples, shape)
}
