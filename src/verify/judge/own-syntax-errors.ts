/**
 * Whether a sample's run stopped first on a syntax error (`SyntaxError:`,
 * `IndentationError:`, `TabError:`, Node's or Python's): the sample does not
 * parse, which no earlier sample's names or effects can change, so the
 * failure is its own even when a sample it takes names from failed too.
 */
export function ownSyntaxError(output: string): boolean {
  // Note: a `>>>` session's report holds each example's output as a JSON string (`\\n` for its line breaks).
  const first = /(?:^|\\n)(?:Uncaught )?([A-Z]\w*(?:Error|Exception)): /mu.exec(output)
  return (
    first?.[1] === 'SyntaxError' || first?.[1] === 'IndentationError' || first?.[1] === 'TabError'
  )
}
