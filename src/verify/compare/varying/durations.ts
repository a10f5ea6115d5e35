import { type Recogniser, ranges } from './recogniser.js'

/**
 * How long something took, and how much faster one thing ran than another:
 * numbers that differ from one run, and one machine, to the next.
 */

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
/** Words that say a line reports how long something took (a unit alone does not; one labelling a number, `milliseconds: 1002.3`, does). */
const durationCue =
  /\b(?:time|timing|elapsed|took|duration|runtime|(?:done|finished|completed|ran|built|executed|compiled) in|per loop|loops each)\b|\b(?:(?:milli|micro|nano)?seconds?|secs?|ms)\s*[:=]|耗时|用时|花费|运行时间|执行时间/i
/** Words that say a line compares speeds. */
const ratioCue =
  /faster|slower|quicker|speed-?up|improve(?:ment|d|s)?|速度|快|慢|加速|提升|提高|性能/i

const isNumber = (text: string) => /^[\d,]+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(text)
const isWhole = (text: string) => /^[\d,]+$/.test(text)

/** A measured duration: a number with a unit of time, or a bare one on a line that reports a timing. */
export const duration: Recogniser = {
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
  agree: (want, got, { line, waitsNever }) => {
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
    // A round documented timing comes from what the program does, when it waits on purpose;
    // the real one is noisy.
    return waitsNever === true || !isSleep(wantNumber, wanted[3])
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

/**
 * How many times faster or slower, or a percentage, on a line that compares
 * speeds; a percentage may turn negative on a busy machine (`Improvement:
 * -6.20%` where the author's showed `56.36%`).
 */
export const benchmarkRatio: Recogniser = {
  kind: 'benchmark ratio',
  find: (line) =>
    ratioCue.test(line)
      ? ranges(line, /(?<![\w.-])-?\d+(?:\.\d+)?(?=\s?(?:x|×|倍|%)(?![A-Za-z\d])|\s+times\b)/gi)
      : [],
  agree: (want, got) => isNumber(want.replace(/^-/, '')) && isNumber(got.replace(/^-/, '')),
}
