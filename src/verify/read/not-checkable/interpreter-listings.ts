/**
 * Why an example of a `>>>` session that differs shows the author's
 * interpreter rather than what the code computes, decided by its code and
 * what it printed:
 *
 * - `dir(x)` lists the names an object has in the author's Python version
 *   (`dir(3)` gained `is_integer` in 3.12, `dir('')` gained `removeprefix` in
 *   3.9): both the documented and the real result are lists of names, mostly
 *   the same ones. A result that is no such list (a `NameError`, another
 *   object's names) stays a failure.
 * - `sys.path`, `os.getcwd()`, `sys.executable`, `sys.prefix`,
 *   `site.getsitepackages()` show the folders Python was installed in and
 *   started from on the author's machine, where the example raised nothing.
 *
 * `undefined` when the example is neither, so any other difference is compared.
 */
export function interpreterListing(
  code: string,
  want: string | undefined,
  got: string | undefined,
): string | undefined {
  if (dirCall.test(code)) {
    const documented = namesListed(want)
    const listed = namesListed(got)
    if (!documented || !listed) return undefined
    const real = new Set(listed)
    const shared = documented.filter((name) => real.has(name)).length
    return shared * 2 >= documented.length
      ? 'lists the names `dir()` finds in the author’s Python version'
      : undefined
  }
  const folders = machineFolders.exec(code)?.[0]
  if (folders && !/^Traceback \(most recent call last\):/m.test(got ?? '')) {
    return `needs the author's machine: the folders \`${folders.replace(/\s*\($/, '()')}\` shows`
  }
  return undefined
}

/** An example that shows `dir(...)`: `>>> dir(x)`, `>>> print(dir(x))`, `>>> sorted(dir(x))`. */
const dirCall = /^\s*>>>\s*(?:print\s*\(\s*)?(?:sorted\s*\(\s*)?dir\s*\(/

/** What shows the interpreter's own folders. */
const machineFolders =
  /\bsys\.(?:path|executable|prefix|base_prefix|exec_prefix)\b|\bos\.getcwd\s*\(|\bPath\.cwd\s*\(|\bsite\.getsitepackages\s*\(|\bsite\.getusersitepackages\s*\(/

/** The names of a result that is one list of quoted names (`['__add__', 'join']`), over any lines. */
function namesListed(text: string | undefined): string[] | undefined {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!/^\[\s*(?:'[^'\n]*'\s*,\s*)*'[^'\n]*'\s*,?\s*\]$/.test(flat)) return undefined
  return [...flat.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '')
}
