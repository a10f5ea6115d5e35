/** The lines of a session that are not comments or blank. */
function firstCodeLine(code: string): string | undefined {
  return code.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'))
}

/** What may stand before a session's first prompt: the command that started Python, and its banner. */
const sessionPreamble =
  /^\s*(?:#.*|(?:[\w.-]+@[\w.-]+(?::[^$#\n]*)?)?(?:\$|❯|>|C:\\[^>]*>)\s*(?:python|py|python3|ipython)(?:\d[\d.]*)?(?:\s.*)?|Python \d.*|\[(?:GCC|Clang|MSC).*|Type "help".*|)$/

/**
 * Whether a sample is a `>>>` session: its first line that is no comment
 * is a prompt, or only the command that started Python (`$ python3`) and
 * its banner come before the first prompt, as in a terminal.
 */
export function isDoctestSession(code: string): boolean {
  if (/^\s*>>>(?: |$)/.test(firstCodeLine(code) ?? '')) return true
  const lines = code.split('\n')
  const first = lines.findIndex((line) => /^\s*>>>(?: |$)/.test(line))
  return first > 0 && lines.slice(0, first).every((line) => sessionPreamble.test(line))
}

const ipythonInput = /^(\s*)In \[\d*\]: ?/
const ipythonContinuation = /^(\s*)\.{3,}: ?/
const ipythonOutput = /^(\s*)Out\[\d*\]: ?/

/** Whether a Python sample is an IPython session (`In [1]: x = 1`). */
export function isIpythonSession(code: string): boolean {
  return ipythonInput.test(firstCodeLine(code) ?? '')
}

/**
 * Rewrite an IPython session as the `>>>` session doctest reads, line for
 * line: `In [1]:` becomes `>>> `, `...:` becomes `... `, `Out[1]: ` is
 * dropped before the value it shows, and the blank line IPython prints
 * after each cell is kept, which ends an expected output as doctest wants.
 */
export function ipythonToDoctest(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      if (ipythonInput.test(line)) return line.replace(ipythonInput, '$1>>> ')
      if (ipythonContinuation.test(line)) return line.replace(ipythonContinuation, '$1... ')
      return line.replace(ipythonOutput, '$1')
    })
    .join('\n')
}
