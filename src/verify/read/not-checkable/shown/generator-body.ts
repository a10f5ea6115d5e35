import type { Sample } from '../../remark-extract-samples.js'

/**
 * Lines of a JavaScript generator's body shown alone (`r1 = yield ajax(url);`
 * in a `try` block, to show what the generator reads like): `yield` stands
 * at the line the syntax error names and no `function*` of the sample holds
 * it, as Python's `'yield' outside function` tells for its own samples
 * (python-notation.ts). `undefined` for anything else, so a genuine syntax
 * error still fails.
 */
export function generatorBodyAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  const javascript = sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
  if (!javascript || line === undefined || !/SyntaxError/.test(output)) return undefined
  const written = sample.code.split('\n')[line - 1] ?? ''
  if (!yieldWord.test(written.replace(/\/\/.*$/u, '')) || generator.test(sample.code))
    return undefined
  return `the body of a generator shown alone (\`yield\` with no \`function*\`) at line ${sample.line + line}`
}

/** `yield` as an operator: at a statement's start, or after `=`, `(` or `,`. */
const yieldWord = /(?:^|[=(,;{]|\breturn)\s*yield\b/u
/** A generator function or method: `function*`, `*name(`. */
const generator = /function\s*\*|^\s*(?:async\s+)?\*\s*[\p{L}_$][\p{L}\p{N}_$]*\s*\(/mu
