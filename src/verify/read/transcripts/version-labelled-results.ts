/** An output line labelled with the Python it comes from: `'ac'        # python2`. */
const label = /^(.*?\S)\s+#\s*py(?:thon)?\s*([23])(?:\.\d+|\.x)?\s*$/i
const example = /^\s*>>>(?: |$)/
const continuation = /^\s*\.\.\.(?: |$)/

/**
 * A `>>>` session showing a call's result under each Python, one example
 * per version, each result labelled:
 *
 *     >>> filter(lambda x: x < 'g', 'hijack')
 *     'ac'        # python2
 *     >>> filter(lambda x: x < 'g', 'hijack')
 *     <filter object at 0x1034b4080>   # python3
 *
 * An example whose result is labelled for Python 2 is skipped (doctest's
 * `+SKIP` directive on its prompt line), as it is not the Python that runs
 * here; the label of a Python 3 result is not part of it and is left out.
 * Line for line, so line numbers stay the post's.
 */
export function versionLabelledForDoctest(code: string): string {
  const lines = code.split('\n')
  let prompt = -1
  for (const [index, line] of lines.entries()) {
    if (example.test(line)) {
      prompt = index
      continue
    }
    if (continuation.test(line) || prompt < 0) continue
    const labelled = label.exec(line)
    if (!labelled) continue
    if (labelled[2] === '3') lines[index] = labelled[1] ?? line
    else if (!/#\s*doctest:/.test(lines[prompt] ?? '')) {
      lines[prompt] = `${lines[prompt]}  # doctest: +SKIP`
    }
  }
  return lines.join('\n')
}
