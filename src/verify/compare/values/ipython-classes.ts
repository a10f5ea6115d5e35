/**
 * Whether a documented value is the actual one as IPython and Jupyter show
 * classes, by their qualified name alone: `int` for `<class 'int'>`,
 * `__main__.Spam` for `<class '__main__.Spam'>`, `(type, type)` for
 * `(<class 'type'>, <class 'type'>)`, as an author working in a notebook
 * copies them. Every class of the value read so, and nothing else differing.
 */
export function showsClassesAsIPython(documented: readonly string[], actual: string): boolean {
  const shown = documented.join('\n').trim()
  const printed = actual.trim()
  if (shown.includes('<class ') || !printed.includes("<class '")) return false
  return printed.replace(/<class '([\w.]+)'>/g, '$1') === shown
}

/**
 * Whether a documented value is the actual one as IPython shows an object
 * with no repr of its own: without the word `object` (`<map at 0x17900749e50>`
 * for `<map object at 0x7f…>`), its address aside, as it differs every run;
 * or a function by its module and signature, with no address
 * (`<function __main__.timed.<locals>.wrapper(*args)>` for
 * `<function timed.<locals>.wrapper at 0x7f…>`).
 */
export function showsObjectsAsIPython(documented: readonly string[], actual: string): boolean {
  const anyAddress = (text: string) => text.replace(/\b0x[0-9a-fA-F]+/g, '0x…')
  const shown = anyAddress(documented.join('\n').trim())
  const printed = anyAddress(actual.trim())
  if (/<[\w.]+ object at 0x…>/.test(printed)) {
    return printed.replace(/<([\w.]+) object at 0x…>/g, '<$1 at 0x…>') === shown
  }
  if (!/<function [\w.<>]+ at 0x…>/.test(printed)) return false
  const named = (text: string) =>
    text
      .replace(/<function ([\w.<>]+) at 0x…>/g, '<function $1>')
      .replace(/<function (?:__main__\.)?([\w.<>]+)\([^()]*\)>/g, '<function $1>')
  return named(printed) === named(shown)
}
