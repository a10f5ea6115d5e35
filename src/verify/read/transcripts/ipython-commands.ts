/**
 * An IPython input that is IPython's own command, not Python: help on a
 * name (`format?`, `str.split??`, `?len`), a magic (`%timeit f()`,
 * `%%time`), a shell escape (`!ls`, `files = !ls`).
 */
const ipythonCommand =
  /^\s*(?:\?{1,2}[\p{L}_][\p{L}\p{N}_.]*|[\p{L}_][\p{L}\p{N}_.]*\s*\?{1,2}|%{1,2}[A-Za-z_]\w*\b.*|(?:[\p{L}_][\p{L}\p{N}_]*\s*=\s*)?!{1,2}\S.*)\s*$/u

/**
 * The input of an IPython example as doctest reads it: an IPython command
 * (`format?`, whose help text differs from one Python to the next, `%timeit`,
 * `!ls`) is marked `+SKIP`, neither run nor compared, as doctest skips an
 * example; Python code is left as it is.
 */
export function ipythonCommandForDoctest(input: string): string {
  return ipythonCommand.test(input) ? `${input}  # doctest: +SKIP` : input
}
