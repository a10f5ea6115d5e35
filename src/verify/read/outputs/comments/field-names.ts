/** A name a display of a value shows: `[\p{L}_$][\p{L}\p{N}_$]*`. */
const bareWord = /^[\p{L}_$][\p{L}\p{N}_$]*$/u
/** Literal names a value display does show bare: `(True, None)`, `[ undefined, NaN ]`, `(inf, nan)`. */
const shownBare = /^(?:True|False|None|true|false|null|undefined|NaN|Infinity|inf|nan|Ellipsis)$/

/**
 * Whether a comment on an assignment is a tuple or list of bare names
 * (`home = (28.2, 112.9)  # (lat, lon)`, `size = [800, 600]  # [width, height]`):
 * what the fields of the value mean, as no display of a value shows it (a
 * name it shows bare is a literal: `(True, None)`), unless the code writes
 * those names as strings (`pair = ('x', 'y')  # (x, y)`: the strings shown
 * without their quotes, still compared).
 */
export function namesOfFields(comment: string, code: string): boolean {
  const inside = /^[([]\s*(.+?)\s*[)\]]$/u.exec(comment)?.[1]
  const names = inside?.split(/\s*,\s*/u) ?? []
  return (
    names.length >= 2 &&
    names.every(
      (name) =>
        bareWord.test(name) &&
        !shownBare.test(name) &&
        !new RegExp(`['"\`]${name}['"\`]`, 'u').test(code),
    )
  )
}
