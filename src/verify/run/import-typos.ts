/**
 * Python lines, run after a sample compiles, that report an import of a
 * misspelt standard-library module (`from mulitprocessing import Process`,
 * `import colections`) as `LINE:ModuleNotFoundError: No module named 'x'
 * (did you mean 'y'?)` and exit 1: every reader who runs the sample meets
 * that error, while a module the reader can install is no fault of the page.
 *
 * A misspelling is told from a package's name by its shape: two neighbouring
 * letters swapped, or one letter inside the name (neither its first nor its
 * last) added, left out or replaced, in a name of five letters or more.
 * Packages named after a standard module differ at an end or by case
 * (`ujson`, `lxml`, `httpx`, `jsons`, Python 2's `Queue`), or by a digit
 * (`pathlib2`, `urllib2`), and are left alone, as are private modules.
 *
 * Expects `sys` and `ast` imported and the parsed module in `tree`.
 */
export const importTypoCheck = `
def _typo_of(name, known):
    if len(name) < 5 or any(c.isdigit() for c in name):
        return None
    for other in known:
        if other.startswith("_") or other.lower() == name.lower() or abs(len(other) - len(name)) > 1:
            continue
        if len(other) == len(name):
            diff = [i for i in range(len(name)) if name[i] != other[i]]
            swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and name[diff[0]] == other[diff[1]] and name[diff[1]] == other[diff[0]]
            inside = len(diff) == 1 and 0 < diff[0] < len(name) - 1
            if swapped or inside:
                return other
        else:
            short, long = (name, other) if len(name) < len(other) else (other, name)
            for i in range(1, len(long) - 1):
                if long[:i] + long[i + 1:] == short:
                    return other
    return None
_known = getattr(sys, "stdlib_module_names", ())
for _node in ast.walk(tree):
    if isinstance(_node, ast.Import):
        _names = [alias.name for alias in _node.names]
    elif isinstance(_node, ast.ImportFrom) and not _node.level and _node.module:
        _names = [_node.module]
    else:
        continue
    for _name in _names:
        _top = _name.split(".")[0]
        _close = None if _top in _known else _typo_of(_top, _known)
        if _close:
            print(f"{_node.lineno}:ModuleNotFoundError: No module named '{_top}' (did you mean '{_close}'?)")
            sys.exit(1)
`
