/** A header whose `then` follows its condition with no `;` or newline: `if [ -d "$f" ] then`. */
const gluedThen = /^\s*(?:if|elif|while|until)\b.*[^;&|\s]\s+then\s*$/u
/** A loop header whose `do` follows its list with no `;` or newline: `for f in *.txt do`. */
const gluedDo = /^\s*(?:for|while|until|select)\b.*[^;&|\s]\s+do\s*$/u

/**
 * The line of the mistake behind bash's syntax error at a keyword
 * (`syntax error near unexpected token `else'`): a header above it whose
 * `then` or `do` is written right after the condition, with no `;` or
 * newline (`if [ -d "$file" ] then`, `elif ls -d /home/$u then`), which bash
 * reads as one more word of the command, so the block never opens and the
 * keyword below comes unexpected. ShellCheck points there too (SC1010).
 * `line` and the result count from the code's first line; `undefined` when
 * no such header stands above the error.
 */
export function gluedKeywordLine(code: string, message: string, line: number): number | undefined {
  if (!/unexpected token `(?:else|elif|fi|done|then|do|esac)'/u.test(message)) return undefined
  const lines = code.split('\n')
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const text = (lines[index] ?? '').replace(/\s+#.*$/u, '')
    if (gluedThen.test(text) || gluedDo.test(text)) return index + 1
  }
  return undefined
}
