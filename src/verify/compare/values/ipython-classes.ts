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
