import type { Sample } from '../../remark-extract-samples.js'

/**
 * An exercise's blank, judged at the line the syntax error names: `?`, `??`
 * or `???` standing alone where an expression or a statement goes (a line
 * to itself, after `=`, `(`, `[`, `,`, `:` or `return`, before `;`, `)`,
 * `]`, `,` or the line's end), as courses write the part the reader is to
 * fill in (`let x = ??;`, `print(?)`, a generator body `???`). No language
 * here begins an expression with `?` (JavaScript's `a ?? b` follows an
 * operand), so such a line is not code yet. `undefined` for anything else,
 * so a genuine syntax error still fails.
 */
export function exerciseBlankAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (line === undefined || !/SyntaxError|syntax error/.test(output)) return undefined
  const text = sample.code.split('\n')[line - 1] ?? ''
  const found = blank.exec(text)
  return found
    ? `an exercise: the blank \`${found[1]}\` is the reader's to fill in, at line ${sample.line + line}`
    : undefined
}

/** `?` to `???` where code must start, and where it must end. */
const blank = /(?:^\s*|[=([,:]\s*|\breturn\s+)(\?{1,3})\s*(?:$|[;)\],]|\/\/|#)/
