/**
 * A `Date` as a browser's console shows it and as Node's does: a browser
 * prints `Date.prototype.toString()`'s form (`Wed Nov 25 1903 17:31:44
 * GMT+0000 (Coordinated Universal Time)`, Firefox with `Date ` before it),
 * Node its ISO form (`1903-11-25T17:31:44.000Z`). Both show one moment.
 */

/** `Wed Nov 25 1903 17:31:44`, then perhaps a zone (`UTC`, `GMT+0800`) and its name in brackets. */
export const browserDate =
  /(?:Date\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} -?\d{4} \d{2}:\d{2}:\d{2}(?: (?:GMT|UTC)(?:[+-]\d{4})?)?(?: \([^()]*\))?/u
const wholeBrowserDate = new RegExp(`^${browserDate.source}$`, 'u')
const nodeDate = /^(?:Date\s+)?(-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/u

/**
 * Whether a documented line is the browser's display of the `Date` Node
 * printed in ISO form: the same moment, to the second. A display without a
 * zone is read in UTC, the zone samples run in.
 */
export function sameDateDisplay(documented: string, actual: string): boolean {
  const written = documented.trim().replace(/^(['"])(.*)\1$/u, '$2')
  const iso = nodeDate.exec(actual.trim())?.[1]
  if (iso === undefined || !wholeBrowserDate.test(written)) return false
  const bare = written.replace(/^Date\s+/u, '').replace(/\s*\([^()]*\)$/u, '')
  const zoned = /(?:GMT|UTC)/u.test(bare) ? bare : `${bare} UTC`
  const moment = Date.parse(zoned)
  return !Number.isNaN(moment) && Math.floor(Date.parse(iso) / 1000) === Math.floor(moment / 1000)
}

/** Whether a documented line is a date as a browser shows it and the real one a date as Node shows it. */
export function browserAndNodeDates(documented: string, actual: string): boolean {
  const written = documented.trim().replace(/^(['"])(.*)\1$/u, '$2')
  return wholeBrowserDate.test(written) && nodeDate.test(actual.trim())
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A `Date` Node printed (`2000-01-02T00:00:00.000Z`) written in the browser's
 * form a documented line uses, in its zone and with its zone's words
 * (`Sun Jan 02 2000 08:00:00 GMT+0800 (China Standard Time)`), for `verify
 * --update`; other values as they are.
 */
export function inDateFormOf(documented: string, value: string): string {
  if (!browserAndNodeDates(documented, value)) return value
  const written = documented.trim().replace(/^(['"])(.*)\1$/u, '$2')
  const offset = /(?:GMT|UTC)([+-])(\d{2})(\d{2})/u.exec(written)
  const minutes = offset
    ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
    : 0
  const moment = new Date(Date.parse(value.trim().replace(/^Date\s+/u, '')) + minutes * 60_000)
  const two = (n: number) => String(n).padStart(2, '0')
  const shown = `${weekdays[moment.getUTCDay()]} ${months[moment.getUTCMonth()]} ${two(moment.getUTCDate())} ${moment.getUTCFullYear()} ${two(moment.getUTCHours())}:${two(moment.getUTCMinutes())}:${two(moment.getUTCSeconds())}`
  return written.replace(
    /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \w{3} \d{1,2} -?\d{4} \d{2}:\d{2}:\d{2}/u,
    shown,
  )
}

/**
 * Whether a browser's display of a `Date` in a zone other than UTC
 * (`Sun Jan 01 2017 00:00:00 GMT+0800 (CST)`) shows the same wall-clock time
 * as the ISO form Node printed here (`2017-01-01T00:00:00.000Z`), the moment
 * differing by the zone's offset alone: a date built from local fields
 * (`new Date(2017, 0, 1)`, `new Date('2017-1-1 0:0:0')`) shows the reader's
 * own zone, so the line varies with where the post is run, not a failure.
 */
export function sameLocalTimeInOtherZone(documented: string, actual: string): boolean {
  const written = documented.trim().replace(/^(['"])(.*)\1$/u, '$2')
  const iso = nodeDate.exec(actual.trim())?.[1]
  const offset = /(?:GMT|UTC)([+-]\d{4})/u.exec(written)?.[1]
  if (iso === undefined || !wholeBrowserDate.test(written) || !offset || /^[+-]0000$/.test(offset))
    return false
  const wallClock = written
    .replace(/^Date\s+/u, '')
    .replace(/\s*\([^()]*\)$/u, '')
    .replace(/\s*(?:GMT|UTC)[+-]\d{4}$/u, ' UTC')
  const moment = Date.parse(wallClock)
  return !Number.isNaN(moment) && Math.floor(Date.parse(iso) / 1000) === Math.floor(moment / 1000)
}
