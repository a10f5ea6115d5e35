/** A calendar date (`2026-02-07`) written the locale's way (`2026年2月7日`, `February 7, 2026`). */
export function formatDate(date: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  try {
    return new Intl.DateTimeFormat(lang.replaceAll('_', '-'), {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(day)
  } catch {
    return date
  }
}
