/** A marker before the value in a comment: `Output: [6, 7, 8]`, `=> 4`. */
const marker = /^(?:output|result|returns?)\s*[:：]\s*|^(?:=>|->|→)\s*/iu

/** An array of numbers, strings, `null`s and arrays of them, as JSON or JavaScript writes it. */
const arrayLiteral = /^\[(?:[\s\d.eE+\-,[\]]|null|true|false|"[^"\\]*"|'[^'\\]*')*\]$/u

/**
 * Whether the one comment line under a print of a template literal with a
 * label (`console.log(`Top: ${top}`)`, see template-labels.ts) gives the
 * value that print showed after its label: the text after the label exactly,
 * or an array written as a literal (`[6, 7, 8]`, `[[12], [4]]`), which a
 * template literal shows joined with commas (`6,7,8`, `12,4`). A value in
 * another order, or other values, still differs.
 */
export function templateValueShown(label: string, documented: string, actual: string): boolean {
  const printed = actual.replace(/\r\n?/g, '\n').replace(/\n$/, '')
  if (!printed.startsWith(label)) return false
  const shown = printed.slice(label.length)
  if (shown.includes('\n')) return false
  const value = documented.trim().replace(marker, '').replace(/\s*;$/, '').trim()
  if (value === '') return false
  if (value === shown.trim()) return true
  const quoted = /^(['"`])(.*)\1$/su.exec(value)
  if (quoted && quoted[2] === shown) return true
  if (!arrayLiteral.test(value)) return false
  try {
    const parsed: unknown = JSON.parse(value.replace(/'([^'\\]*)'/g, '"$1"'))
    return Array.isArray(parsed) && String(parsed) === shown.trim()
  } catch {
    return false
  }
}
