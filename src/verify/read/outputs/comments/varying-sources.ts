import type { OutputPart } from '../documented-output.js'

/**
 * Code drawing random numbers: `Math.random()`, Python's `random.randint(...)`, shells' `$RANDOM` (in arithmetic too: `$[RANDOM % 10]`), awk's `rand()`,
 * or reading memory it never set, whatever it held before (`Buffer.allocUnsafe(10)`, NumPy's `np.empty(3)`).
 */
const drawsRandom =
  /\bMath\.random\s*\(|\brandom\.(?:random|randint|randrange|choice|choices|sample|shuffle|uniform|gauss)\s*\(|\$\{?S?RANDOM\b|\$(?:\[|\(\()[^\])]*\bS?RANDOM\b|(?<![\w$.])rand\s*\(\s*\)|\bcrypto\.random(?:UUID|Int)\s*\(|\bBuffer\.allocUnsafe(?:Slow)?\s*\(|\bnp\.empty(?:_like)?\s*\(/u
/** Code reading the current time (not a date it builds): `new Date()`, `Date.now()`, `datetime.now()`. */
const readsNow =
  /\bnew Date\s*\(\s*\)|\bDate\.now\s*\(|\b(?:datetime|date)\.(?:now|today|utcnow)\s*\(|\btime\.(?:time|localtime|gmtime)\s*\(/u

/**
 * Code printing a process id, which the kernel gives each run anew: shells' `$$`, `$PPID`,
 * `$BASHPID`, `$!`, Python's `os.getpid()`, Node's `process.pid`.
 */
const readsProcessId =
  /\$(?:\$|\{\$\}|\{?(?:PPID|BASHPID)\b\}?|!|\{!\})|\bos\.getp?pid\s*\(|\bprocess\.p?pid\b/u

/**
 * Python's built-in `id(x)`, an object's address in memory, new each run
 * (not a function of the sample's own named `id`).
 */
const readsObjectId = /(?<![\w.])id\s*\(/u
const definesId = /\b(?:def|function)\s+id\s*\(|(?<![\w.])id\s*=(?!=)|\b(?:const|let|var)\s+id\b/u

/**
 * What in a sample makes the numbers it prints differ from run to run, for
 * the value comments of its statements: a value a comment documents from
 * the author's run (`console.log(random())` / `// <- 174`, the time of day, `echo $$`, `id(a)`)
 * is checked for its form, not its numbers. None for a sample reading
 * neither the clock, a random source, a process id nor an object's id (`id(a)`).
 */
export function varyingSource(
  code: string,
): { random: true } | { clock: true } | { processId: true } | { objectId: true } | undefined {
  if (drawsRandom.test(code)) return { random: true }
  if (readsProcessId.test(code)) return { processId: true }
  if (readsObjectId.test(code) && !definesId.test(code)) return { objectId: true }
  if (readsNow.test(code) || shellDateNow.test(code)) return { clock: true }
  return undefined
}

/**
 * A shell's `date` reading the clock, at a line's start or after `;`, `|`,
 * `&&`, `$(`: `date`, `date +%T`, `date --date='3 seconds ago'` (relative
 * to now); not a date it is given (`date -d @1500000000`, `date
 * --date='1970-01-01 00:00:01 UTC'`), nor a name `date` assigned or called.
 */
const shellDateNow =
  /(?:^|[;&|`]\s*|\$\(\s*)date(?=[ \t]|$|\))(?![ \t]*=)(?![^\n]*(?:\s-d[ \t]*['"]?(?:@|\d{4}-)|--date[= ]['"]?(?:@|\d{4}-)))/mu

/**
 * A statement's part with what makes its numbers vary: the sample's clock or
 * random source for every part; an object's id only for a part whose own
 * lines, or the lines its comments sit on, print one (`print(id(a))  # 4132`),
 * so `print(n * 2)  # 15` in the same sample stays exact. `lines` are the
 * sample's, `fenceLine` the post line before its first.
 */
export function withVarying(
  part: OutputPart,
  varying: ReturnType<typeof varyingSource>,
  lines: readonly string[],
  fenceLine: number,
): OutputPart {
  if (!varying) return part
  if (!('objectId' in varying)) return { ...varying, ...part }
  const own = lines.slice(part.from - 1, part.to)
  const commented = part.lineNumbers.map((line) => lines[line - fenceLine - 1] ?? '')
  return [...own, ...commented].some((line) => readsObjectId.test(line))
    ? { ...varying, ...part }
    : part
}

/** A set of strings in Python code: a display of string literals (`{"httpx", "click"}`) or `set(...)` of strings. */
const stringSet =
  /\{\s*(['"])[^'"\n]*\1\s*(?:,\s*(['"])[^'"\n]*\2\s*)+,?\s*\}|\b(?:frozen)?set\(\s*[[(]?\s*['"]/u

/**
 * Whether Python code builds a set of strings, whose order Python's per-run
 * string hashing decides: a list or tuple made from it (`list(ts.static_order())`,
 * `tuple(ready)`) prints its strings in another order from run to run.
 */
export function buildsStringSets(code: string): boolean {
  return stringSet.test(code)
}
