/** IPython's rule above a traceback, then `NameError    Traceback (most recent call last)`. */
const rule = /^\s*-{10,}\s*$/
const header = /^\s*[A-Za-z_][\w.]*\s+Traceback \(most recent call last\)/
const errorLine = /^[A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt)\b/
/** The next input, at `>>> ` or IPython's `In [10]:` (an `Out[10]:` too), which ends a traceback. */
const prompt = /^\s*(?:>>>|\.\.\.)(?: |$)|^\s*(?:In|Out) ?\[\d*\]:/

/**
 * A traceback as IPython shows it, pasted under a `>>>` example:
 *
 *     ---------------------------------------------------------------------------
 *     AttributeError                            Traceback (most recent call last)
 *     <ipython-input-5-...> in <module>()
 *     ----> 1 p.z = 5
 *
 *     AttributeError: 'Point' object has no attribute 'z'
 *
 * written line for line as the traceback doctest reads: the rule becomes
 * `Traceback (most recent call last):`, the frames (blank lines included)
 * its indented stack, which doctest does not compare, and the last line,
 * the error, is compared with the one raised, as doctest compares any
 * traceback. Other lines are left as they are.
 */
export function ipythonTracebacksForDoctest(code: string): string {
  const lines = code.split('\n')
  for (let index = 0; index + 1 < lines.length; index++) {
    if (!rule.test(lines[index] ?? '') || !header.test(lines[index + 1] ?? '')) continue
    let end = index + 2
    while (end < lines.length && !prompt.test(lines[end] ?? '')) end++
    let last = end - 1
    while (last > index && (lines[last] ?? '').trim() === '') last--
    // The error's line, or one naming the exception the header names (`StopIteration: world`).
    const named = /^\s*([A-Za-z_][\w.]*)/.exec(lines[index + 1] ?? '')?.[1] ?? ''
    const closing = lines[last] ?? ''
    const isError = errorLine.test(closing) || (named !== '' && closing.split(':')[0] === named)
    if (last <= index + 1 || !isError) continue
    lines[index] = 'Traceback (most recent call last):'
    for (let frame = index + 1; frame < last; frame++) {
      const text = lines[frame] ?? ''
      lines[frame] = text.trim() === '' ? '  |' : `  ${text}`
    }
    index = last
  }
  return lines.join('\n')
}
