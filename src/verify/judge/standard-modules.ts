/**
 * Modules of Python's standard library tutorials use by name (`struct.unpack`,
 * `re.sub`, `math.pi`): one used with no import is the sample's own slip,
 * which every reader meets, not setup the page leaves out (an installed
 * package is that).
 */
const standardModules = new Set(
  'abc argparse array ast asyncio base64 bisect calendar collections contextlib copy csv dataclasses datetime decimal dis doctest enum fractions functools gc getpass glob gzip hashlib heapq inspect io itertools json logging math multiprocessing operator os pathlib pickle platform pprint queue random re secrets shutil signal socket sqlite3 statistics string struct subprocess sys tempfile textwrap threading time timeit traceback types typing unicodedata unittest urllib uuid warnings weakref zlib'.split(
    ' ',
  ),
)

/** Whether the code uses `name` as a standard module (`name.attribute`). */
export function usesStandardModule(code: string, name: string): boolean {
  return standardModules.has(name) && new RegExp(`(?<![\\w.])${name}\\.\\w`).test(code)
}

/** Whether `name` is one of the standard modules tutorials use by name. */
export function isStandardModule(name: string): boolean {
  return standardModules.has(name)
}
