/**
 * Numbers formatted by the locale's rules (`Intl.NumberFormat`,
 * `toLocaleString`) print as the ICU data of the interpreter says, which
 * changes from version to version: the yuan's sign full-width or not (`￥`,
 * `¥`), a space, a no-break space or none between the amount and its
 * currency (`80,909.89 人民币`, `80,909.89人民币`, `1 234,56 €`). Two lines that
 * differ only so are one value formatted under two ICU versions; any other
 * difference, a digit, a separator, a sign of another currency, stays one.
 */

/** A JavaScript sample formatting numbers by locale. */
const formatsByLocale = /\bIntl\.NumberFormat\b|\.toLocaleString\s*\(/u

export function formatsNumbersByLocale(code: string): boolean {
  return formatsByLocale.test(code)
}

/** Spaces ICU writes, or not, between an amount and its currency's sign, code or name. */
const currencySpace =
  /(?<=\d)[ \u00A0\u202F]+(?=\p{Sc}|\p{Script=Han}|[A-Z]{3}\b)|(?<=\p{Sc}|\b[A-Z]{3})[ \u00A0\u202F]+(?=[-\d])/gu

/** The line with the forms ICU versions differ in written one way. */
export function icuNeutral(line: string): string {
  return line.replace(/\uFFE5/gu, '\u00A5').replace(currencySpace, '')
}
