/**
 * A `>>>` session whose results the post writes as comment lines, as
 * cheat sheets do so a reader can paste the fence whole:
 *
 *     >>> s
 *     # {1, 2, 3}
 *
 * doctest would expect `# {1, 2, 3}` printed. An example's expected lines
 * that are all `#` comments, where what it printed does not start with `#`,
 * are compared without the comment mark (and the one space after it); a
 * traceback or an error line written so is the error the example raises,
 * compared as doctest compares errors, by its last line. A print of a `#`
 * line stays compared as written. Written as a note rather than pasted,
 * such a result is the author's notation of the value: one that reads as
 * the same Python literal as the one shown, of the same type, matches
 * (`# "Hello Pete"` for `'Hello Pete'`, a set's items in another order).
 *
 * In Python, for the doctest driver: `commented(want)` and
 * `uncommented(want)`, used by its checker and its parser, and `same_literal`.
 */
export const commentedResultsPython = String.raw`def commented(want):
    lines = want.splitlines()
    return bool(lines) and all(line.lstrip().startswith("#") for line in lines)

def uncommented(want):
    return "".join(re.sub(r"^\s*# ?", "", line) for line in want.splitlines(True))

def same_literal(want, got):
    # The author's notation of a value ('# "Hello"' for 'Hello'): the same literal, of the same type.
    import ast
    try:
        written, shown = ast.literal_eval(want.strip()), ast.literal_eval(got.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    # Compared by repr: a dict shown in another order is another display (3.7+ keeps insertion order).
    return type(written) is type(shown) and repr(written) == repr(shown)`

/**
 * A result's lines as the driver's checker reads them: lines that are all `#`
 * comments (`# 2022`), where what the example printed does not start with
 * `#`, without the mark and the one space after it; other lines as they are.
 */
export function uncommentedResult(lines: string[], got = ''): string[] {
  if (got.trimStart().startsWith('#')) return lines
  if (!lines.every((line) => line.trimStart().startsWith('#'))) return lines
  return lines.map((line) => line.replace(/^\s*# ?/u, ''))
}
