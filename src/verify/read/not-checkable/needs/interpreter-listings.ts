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
 * - `dis.dis(...)`, `code.co_code`, `frame.f_lasti`, `f.__code__`: the
 *   bytecode the author's Python version compiled, which changes with each
 *   version (3.11 added `RESUME` and inline caches), where neither the
 *   documented nor the real result is an error.
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
  if (bytecodeRead.test(code) && !raised(want) && !raised(got)) {
    return 'shows the bytecode of the author’s Python version'
  }
  return undefined
}

/** Whether a result is an error's traceback. */
function raised(text: string | undefined): boolean {
  return /^Traceback \(most recent call last\):|^\w*(?:Error|Exception): /m.test(text ?? '')
}

/** What shows compiled bytecode: a disassembly, a code object's bytes, a frame's last instruction. */
const bytecodeRead =
  /\bdis\.(?:dis|disassemble|distb|show_code|code_info|Bytecode|get_instructions)\s*\(|\.(?:co_code|co_lnotab|co_linetable|f_lasti|f_code|__code__)\b/

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
