/**
 * Whether a comment quotes the one line a shell command printed (`echo
 * "foo:bar" | cut -d: -f2` / `# output: "bar"`, `# → 'abc'`): a shell prints
 * text, not a value, so the quotes are the comment's way of setting the text
 * apart, as a reader reads them. Text printed with its quotes
 * (`echo '"bar"'`) is compared as it is, and so is a comment on several lines.
 */
export function quotesPrintedText(lines: readonly string[], actual: string): boolean {
  const [only] = lines
  if (lines.length !== 1 || only === undefined) return false
  const quoted = /^(["'‘“])(.*)(["'’”])$/su.exec(only.trim())
  if (!quoted || !pairs(quoted[1] ?? '', quoted[3] ?? '')) return false
  const printed = actual.replace(/\r\n?/g, '\n').replace(/\n+$/, '')
  if (printed.includes('\n') || /^["'‘“]/u.test(printed)) return false
  return printed.trim() === (quoted[2] ?? '').trim() && printed.trim() !== ''
}

/** Whether two marks open and close one quotation. */
function pairs(open: string, close: string): boolean {
  return open === close
    ? open === '"' || open === "'"
    : (open === '‘' && close === '’') || (open === '“' && close === '”')
}
