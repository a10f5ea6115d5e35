import { literalValue } from './repl-values.js'

/** A verb saying the lines are printed, opening the comment: `outputs`, `prints`, `输出`. */
const printingVerb =
  /^(?:(?:it|this|which|will)\s+)*(?:outputs?|prints?|logs?|displays?|shows?|依次输出|输出|打印)\s*[:：]?\s*/iu
/** Between two values: `, then `, ` then `, `, and then `, `，然后`, `, `. */
const between = /\s*[,，、]\s*(?:and\s+)?(?:then\s+)?|\s+(?:and\s+)?then\s+|\s*(?:然后|接着|再)\s*/u
/** The last value of a range: `up to 9`, `through 9`, `… 9`, `直到 9`. */
const rangeEnd =
  /^(?:(?:and\s+so\s+on\s+)?(?:up\s+to|through|until)\s+|…\s*|\.\.\.\s*|(?:一直)?(?:直)?到\s*)(.+)$/iu
/** `the number "10" ten times`, `"10" 10 times`. */
const repeated = /^(?:the\s+(?:number|string|value|text)\s+)?(.+?)\s+(\w+)\s+times$/iu
/** `十次 "10"`, `"10" 十次`, `10 次 10`. */
const repeatedZh =
  /^(?:([\d一二三四五六七八九十]+)\s*次\s*(.+)|(.+?)\s*([\d一二三四五六七八九十]+)\s*次)$/u

const englishCounts = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
]
const chineseDigits = '零一二三四五六七八九'
/** Most lines a comment in words is read as. */
const most = 1000

/**
 * The lines a comment in words on a repeated call says it prints, one per
 * iteration, as a reader reads them: `outputs 0, then 1, then 2, up to 9`
 * (a range, 0 to 9 by the step its first values take), `outputs "a", then
 * "b", then "c"`, `outputs the number "10" ten times`, `输出 0，然后 1，然后 2，
 * 直到 9`, `输出十次 10`. The comment must say the values are printed (a verb
 * opens it) and every value must read as one of the language; `undefined`
 * otherwise (`outputs the list of users`, a range whose end its step never
 * reaches).
 */
export function proseSequence(comment: string): string[] | undefined {
  const verb = printingVerb.exec(comment.trim())
  if (!verb) return undefined
  const text = comment
    .trim()
    .slice(verb[0].length)
    .replace(/\s*[.。]$/u, '')
  return repetition(text) ?? listed(text)
}

function repetition(text: string): string[] | undefined {
  const english = repeated.exec(text)
  const chinese = english ? undefined : repeatedZh.exec(text)
  const value = english?.[1] ?? chinese?.[2] ?? chinese?.[3]
  const count = countOf(english?.[2] ?? chinese?.[1] ?? chinese?.[4] ?? '')
  if (value === undefined || count === undefined || count < 2 || count > most) return undefined
  return literalValue.test(value.trim()) ? Array(count).fill(value.trim()) : undefined
}

function countOf(word: string): number | undefined {
  if (/^\d+$/u.test(word)) return Number(word)
  const english = englishCounts.indexOf(word.toLowerCase())
  if (english >= 0) return english
  // 一 .. 九十九: a digit, or tens, 十, units (十二, 二十, 二十三).
  const chinese =
    /^(?:([一二三四五六七八九]?)十([一二三四五六七八九]?)|([一二三四五六七八九]))$/u.exec(word)
  if (!chinese) return undefined
  const [, tens, units, digit] = chinese
  if (digit) return chineseDigits.indexOf(digit)
  return (tens ? chineseDigits.indexOf(tens) : 1) * 10 + (units ? chineseDigits.indexOf(units) : 0)
}

function listed(text: string): string[] | undefined {
  const items = text.split(between).filter((item) => item !== '')
  const last = items.at(-1) ?? ''
  const end = rangeEnd.exec(last)?.[1]?.trim()
  // `0, 1, …, 9`: the ellipsis alone, then the end.
  const ellipsis = items.at(-2)
  const shown =
    end !== undefined
      ? items.slice(0, -1)
      : ellipsis === '…' || ellipsis === '...'
        ? items.slice(0, -2)
        : items
  const through = end ?? (shown.length < items.length ? last : undefined)
  if (shown.length < (through === undefined ? 2 : 1)) return undefined
  if (!shown.every((item) => literalValue.test(item))) return undefined
  if (through === undefined) return shown
  return range(shown, through)
}

/** `0, 1, 2` up to `9`: integers by a constant step, the end one of them. */
function range(shown: readonly string[], end: string): string[] | undefined {
  const numbers = [...shown, end].map((item) => (/^-?\d+$/u.test(item) ? Number(item) : Number.NaN))
  if (numbers.some((number) => Number.isNaN(number)) || shown.length < 2) return undefined
  const [first = 0, second = 0] = numbers
  const step = second - first
  const last = numbers.at(-1) ?? 0
  if (step === 0 || numbers.slice(0, -1).some((number, at) => number !== first + step * at))
    return undefined
  const count = (last - first) / step + 1
  if (!Number.isInteger(count) || count < shown.length || count > most) return undefined
  return Array.from({ length: count }, (_, at) => String(first + step * at))
}
