import type { Sample } from '../../remark-extract-samples.js'

/** A rule of a grammar in BNF, as language references write them: `with_item ::= expression ["as" target]`. */
const grammarRule = /^\s*<?[\p{L}_][\p{L}\p{N}_.-]*>?\s*::=\s*\S/u

/**
 * The grammar a sample shows instead of code: a rule written `name ::= ...`
 * (the notation of Python's language reference, and of BNF), which no
 * language's code holds at the start of a line, at the line the sample
 * failed on or, when no line is named, at its first line of text.
 * `undefined` otherwise.
 */
export function grammarRuleAt(sample: Sample, line: number | undefined): string | undefined {
  const lines = sample.code.split('\n')
  const index = line === undefined ? lines.findIndex((text) => text.trim() !== '') : line - 1
  const text = lines[index] ?? ''
  if (!grammarRule.test(text)) return undefined
  return `a grammar rule (\`${text.trim().split(/\s*::=/u)[0]} ::= …\`) at line ${sample.line + index + 1}, not code`
}
