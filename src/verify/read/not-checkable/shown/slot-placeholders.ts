import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * A syntax template's one-word slot (`if <expr>:`, `for <variable> in
 * <iterable>:`, `<statement>` alone on a line), judged at the line the
 * syntax error names: `<` then a name then `>` standing where code must
 * start (a line's start, after a keyword, an opening bracket, a comma, `=`
 * or `:`), where neither Python nor JavaScript lets `<` begin anything, is a
 * blank the reader fills in, as a course's notes write a statement's form.
 * Not for shells, whose `<` is a redirection. `undefined` for anything else,
 * so a comparison written `a <b> c` or a genuine syntax error still fails.
 */
export function slotPlaceholderAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (line === undefined || isShellRunner(sample.runner) || !/SyntaxError/.test(output)) {
    return undefined
  }
  const text = (sample.code.split('\n')[line - 1] ?? '').trim()
  const found = slot.exec(text)
  return found
    ? `a syntax template: the slot \`<${found[1]}>\` where code belongs, at line ${sample.line + line}`
    : undefined
}

/** `<name>` at a line's start, after a keyword, `(`, `[`, `,`, `=` or `:`. */
const slot =
  /(?:^|\b(?:if|elif|else|while|for|in|not|and|or|return|yield|await|case|of|def|class|lambda|with|as|import|from)\s+|[([,=:]\s*)<([\p{L}_][\p{L}\p{N}_]*)>/u
