/**
 * A fence quoting prose (a passage of documentation, a PEP, a book) under a
 * lead-in that ends in a colon but names no output (`we find out that:`,
 * `these started to include function annotations:`): every line a sentence
 * of eight words or more opening with a capital letter, at least one closed
 * by a full stop, and no run of four of its words in the code above, so the
 * code could not have printed it. A program's message printed from a literal
 * (`print("Connected to the database after three retries.")`) holds its
 * words and is still output.
 */
export function isQuotedProse(block: string, code: string): boolean {
  const lines = block
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length === 0 || !lines.every(isSentence)) return false
  if (!lines.some((line) => /[.!?]$/u.test(line))) return false
  const codeWords = ` ${words(code).join(' ')} `
  return lines.every((line) => !sharesRun(words(line), codeWords))
}

/** Letters (and the marks of inline code in a quoted doc) in eight words or more, from a capital letter. */
function isSentence(line: string): boolean {
  if (!/^[A-Z][a-z]*\b/u.test(line)) return false
  // Code, prompts and data: an assignment, a prompt, a brace, a bracketed list.
  if (/[={}<>$#|]|^\[|\]$|^>>>/u.test(line)) return false
  return (line.match(/\b[A-Za-z][a-z]+\b/gu) ?? []).length >= 8
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+/gu) ?? []).filter(Boolean)
}

/** Whether four words in a row of the line stand so in the code. */
function sharesRun(line: string[], codeWords: string): boolean {
  for (let from = 0; from + 4 <= line.length; from++) {
    if (codeWords.includes(` ${line.slice(from, from + 4).join(' ')} `)) return true
  }
  return false
}
