/**
 * The environment variable a Python run stopped on, read where it is not
 * set (`os.environ['API_TOKEN']` raising `KeyError: 'API_TOKEN'`), as the
 * traceback shows the line reading it: the author's machine set it (an API
 * token, a path), the reader sets their own; `undefined` for another error.
 */
export function unsetEnvironmentVariable(output: string): string | undefined {
  const lines = output.trimEnd().split('\n')
  const name = /^KeyError: '([A-Za-z_]\w*)'$/.exec(lines.at(-1)?.trim() ?? '')?.[1]
  if (name === undefined) return undefined
  const reads = new RegExp(`\\benviron\\s*\\[\\s*(['"])${name}\\1\\s*\\]`)
  return lines.some((line) => reads.test(line)) ? name : undefined
}
