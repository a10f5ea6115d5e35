/**
 * An integer written as a literal of another base (`0b1010`, `0o17`, `0xff`,
 * `-0b1`, digits grouped by `_`), as a post gives a bit operation's result
 * (`# The result is 0b00101000`), where Python and Node print every integer
 * in decimal (`40`): the same value. A literal of another value, or a printed
 * line that is not a decimal integer (`hex(x)` prints `0xff`, compared as
 * written), is not matched here.
 */
export function sameIntegerInBase(documented: string, actual: string): boolean {
  const literal = /^([-+]?)0([bBoOxX])([\da-fA-F](?:_?[\da-fA-F])*)$/u.exec(documented.trim())
  const printed = /^-?\d+$/u.exec(actual.trim())?.[0]
  if (!literal || printed === undefined) return false
  const [, sign = '', base = '', digits = ''] = literal
  const radix = { b: 2, o: 8, x: 16 }[base.toLowerCase() as 'b' | 'o' | 'x']
  const clean = digits.replace(/_/gu, '')
  if ([...clean].some((digit) => Number.parseInt(digit, 16) >= radix)) return false
  const value = [...clean].reduce(
    (sum, digit) => sum * BigInt(radix) + BigInt(Number.parseInt(digit, 16)),
    0n,
  )
  return (sign === '-' ? -value : value) === BigInt(printed)
}
