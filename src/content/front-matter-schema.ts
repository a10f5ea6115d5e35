import * as z from 'zod'

/** A calendar date as written by the author, `YYYY-MM-DD`; never shifted by a time zone. */
export type CalendarDate = string

const isoDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/

/**
 * Read a YAML date or timestamp as the calendar date the author wrote.
 *
 * Note: a timestamp keeps its written day (`2026-02-07T23:00:00+08:00` is
 * 2026-02-07), which is what the author saw when they wrote it.
 */
export function toCalendarDate(value: string | Date): CalendarDate | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  }
  const match = isoDate.exec(value.trim())
  if (!match) return undefined
  const [, year, month, day] = match.map(Number)
  if (year === undefined || month === undefined || day === undefined) return undefined
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined
  return value.trim().slice(0, 10)
}

/** Whether a front-matter value only looks like something: `""`, `“”`, blanks or nothing. */
function isEmptyLooking(value: unknown): boolean {
  return value === null || (typeof value === 'string' && /^[\s"'“”‘’]*$/u.test(value))
}

const emptyToUndefined = (value: unknown): unknown => (isEmptyLooking(value) ? undefined : value)

const text = z.preprocess(emptyToUndefined, z.string().trim().optional())

/**
 * An image's address: a path, or an `http:` or `https:` URL; `javascript:`,
 * `data:` and every other scheme are refused, so no such URL reaches
 * `<img src>` or `og:image`.
 */
const imageAddress = text.refine(
  (value) => {
    // Note: browsers ignore tabs and line breaks in a URL (`java\tscript:`), so they are ignored here too.
    const address = value?.replaceAll(/[\s\p{Cc}]/gu, '') ?? ''
    return !/^[a-z][a-z\d+.-]*:/i.test(address) || /^https?:\/\//i.test(address)
  },
  { message: 'must be a path or an `http:` or `https:` URL' },
)

const calendarDate = z.unknown().transform((value, context) => {
  const date =
    typeof value === 'string' || value instanceof Date ? toCalendarDate(value) : undefined
  if (date === undefined) {
    context.addIssue({
      code: 'custom',
      message:
        value === undefined
          ? 'is required'
          : (missingDay(value) ??
            `must be a date written as \`YYYY-MM-DD\`, not \`${String(value)}\``),
    })
    return z.NEVER
  }
  return date
})

/** Why a value written as `YYYY-MM-DD` names no day (`2026-02-30`); `undefined` when it is not written so, or the day exists. */
function missingDay(value: unknown): string | undefined {
  const match = typeof value === 'string' ? isoDate.exec(value.trim()) : null
  if (!match) return undefined
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number]
  const written = value as string
  if (month < 1 || month > 12)
    return `names month ${month}, which does not exist: \`${written.trim()}\``
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day >= 1 && day <= days) return undefined
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', {
    month: 'long',
    timeZone: 'UTC',
  })
  return `names a day that does not exist: \`${written.trim()}\` (${monthName} ${year} has ${days} days)`
}

const languageTag = z.string().transform((value, context) => {
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim().replaceAll('_', '-'))
    if (tag !== undefined) return tag
  } catch {
    // Reported below.
  }
  context.addIssue({
    code: 'custom',
    message: `must be a language tag such as \`zh-CN\`, not \`${value}\``,
  })
  return z.NEVER
})

/**
 * The front matter of a post, field for field the schema of the fuwari Astro
 * template, so a fuwari blog's posts build unchanged. Unknown keys are kept.
 */
export const frontMatterSchema = z.looseObject({
  title: z.preprocess(emptyToUndefined, z.string().trim()),
  published: z.preprocess(emptyToUndefined, calendarDate),
  updated: z.preprocess(emptyToUndefined, calendarDate.optional()),
  description: text,
  image: imageAddress,
  tags: z.preprocess(
    (value) =>
      Array.isArray(value) ? value.filter((tag) => !isEmptyLooking(tag)) : emptyToUndefined(value),
    z.array(z.coerce.string().trim()).default([]),
  ),
  category: text,
  draft: z.preprocess(emptyToUndefined, z.boolean().default(false)),
  /** A BCP 47 tag (`zh_CN` is read as `zh-CN`); absent means the site's default language. */
  lang: z.preprocess(emptyToUndefined, languageTag.optional()),
  /**
   * postdeck's own: `false` for no deck, or how to make it: the heading
   * `level` of top-level sections and the `theme` (`light` or `dark`).
   */
  slides: z
    .union([
      z.boolean(),
      z.strictObject({
        level: z.number().int().min(1).max(6).optional(),
        theme: z.enum(['light', 'dark']).optional(),
      }),
    ])
    .optional(),
})

/** Validated front matter of a post. */
export type FrontMatter = z.output<typeof frontMatterSchema>
