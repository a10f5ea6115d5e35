import type { FailedExample } from '../not-checkable/needs/session-unrunnable.js'

/**
 * Which examples of a Python `>>>` session show a value drawn at random,
 * the way a reader replaying the session sees them: a call to the `random`
 * or `secrets` module (`random.choice(a)`, `choice(a)` after `from random
 * import choice`), and every later example reading a name such a draw set
 * or shuffled (`random.shuffle(a)` then `a`; `it = iter(a)` then `next(it)`).
 * A session that seeds the generator (`random.seed(1)`) draws the same
 * values every run, so none of its examples count.
 */

/** An example of a session: where its `>>>` line is (0-based, as doctest counts) and its code. */
interface Example {
  line: number
  code: string
}

/** A character of a Python name (Python 3 names may be written in any script: `分数`). */
const word = '\\p{L}\\p{N}_'
/** A Python name. */
const identifier = `[\\p{L}_][${word}]*`

/** Modules whose functions draw from a random source. */
const randomModules = ['random', 'secrets']
/** The functions of `random` that reorder their argument in place. */
const inPlace = new Set(['shuffle'])

/**
 * The 0-based lines, within the session, of the examples whose value is
 * drawn at random or derived from a draw; empty when the session seeds the
 * generator or draws nothing.
 */
export function randomDrawExamples(session: string): Set<number> {
  const examples = examplesOf(session)
  const found = new Set<number>()
  const modules = new Set(randomModules)
  const functions = new Set<string>()
  const drawn = new Set<string>()
  // Names a shuffle reordered: their length, sum or sorted copy is the same every run.
  const reordered = new Set<string>()
  for (const example of examples) {
    const code = numpyAsRandom(withoutStrings(example.code))
    importsOf(code, modules, functions)
    if (seeds(code, modules, functions)) return new Set()
    const calls = drawCalls(code, modules, functions)
    const orderBlind = code.replace(
      new RegExp(
        `\\b(?:len|sorted|set|frozenset|sum|min|max|any|all)\\(\\s*${identifier}\\s*\\)`,
        'gu',
      ),
      '0',
    )
    const reads =
      [...drawn].some((bound) => mentions(code, bound)) ||
      [...reordered].some((bound) => mentions(orderBlind, bound))
    const sorted = new RegExp(`^\\s*(${identifier})\\s*\\.\\s*sort\\s*\\(`, 'u').exec(code)?.[1]
    if (sorted) {
      drawn.delete(sorted)
      reordered.delete(sorted)
      continue
    }
    if (calls.length === 0 && !reads) continue
    found.add(example.line)
    for (const name of boundNames(code)) drawn.add(name)
    for (const call of calls) {
      if (inPlace.has(call.name)) for (const name of call.argumentNames) reordered.add(name)
    }
    // `a.append(random.random())` changes `a` itself.
    const changed = new RegExp(`^\\s*(${identifier})\\s*\\.\\s*\\w+\\s*\\(`, 'u').exec(code)?.[1]
    if (changed && !modules.has(changed) && calls.every((call) => !inPlace.has(call.name))) {
      drawn.add(changed)
    }
  }
  return found
}

/**
 * Whether a Python program draws at random, the generator unseeded: a call
 * to the `random` or `secrets` module (`random.randint(1, 6)`, `randrange(1, 100)`
 * after `from random import randrange`) or to NumPy's (`np.random.rand(5)`), with no
 * `random.seed(...)` before it.
 */
export function programDrawsAtRandom(code: string): boolean {
  const clean = numpyAsRandom(withoutStrings(code))
  const modules = new Set(randomModules)
  const functions = new Set<string>()
  // One import a line, as a session's examples hold them.
  for (const line of clean.split('\n')) importsOf(line, modules, functions)
  if (seeds(clean, modules, functions)) return false
  return drawCalls(clean, modules, functions).length > 0
}

/**
 * The code with NumPy's legacy random functions written as the `random`
 * module's (`np.random.rand(5)`, `numpy.random.seed(0)`): they draw, and
 * seed, as that module's do.
 */
function numpyAsRandom(code: string): string {
  return code.replace(/(?<![\w.])(?:numpy|np)\.random\.(?=\w+\s*\()/gu, 'random.')
}

/** Whether a Python program seeds the random generator (`random.seed(1)`, `np.random.seed(7)`). */
export function programSeedsRandom(code: string): boolean {
  const clean = numpyAsRandom(withoutStrings(code))
  const modules = new Set(randomModules)
  const functions = new Set<string>()
  for (const line of clean.split('\n')) importsOf(line, modules, functions)
  return seeds(clean, modules, functions)
}

/** Whether code mentions a name, not as part of a longer name or an attribute. */
export function mentions(code: string, bound: string): boolean {
  return new RegExp(`(?<![${word}.])${bound}(?![${word}])`, 'u').test(code)
}

/** The session's examples: each `>>>` line with the `...` lines continuing it. */
export function examplesOf(session: string): Example[] {
  const examples: Example[] = []
  for (const [index, text] of session.split('\n').entries()) {
    const prompt = /^\s*>>>(?: |$)(.*)$/u.exec(text)
    const more = /^\s*\.\.\.(?: |$)(.*)$/u.exec(text)
    if (prompt) examples.push({ line: index, code: prompt[1] ?? '' })
    else if (more && examples.length > 0) {
      const last = examples[examples.length - 1]
      if (last) last.code += `\n${more[1] ?? ''}`
    }
  }
  return examples
}

/** Code with its string literals emptied and its comments removed, so words in them are not names. */
export function withoutStrings(code: string): string {
  return code.replace(/(['"])(?:\\.|(?!\1)[^\\\n])*\1/gu, '""').replace(/#.*$/gmu, '')
}

/** Record `import random as r` and `from random import choice as pick`. */
function importsOf(code: string, modules: Set<string>, functions: Set<string>): void {
  for (const match of code.matchAll(/\bimport\s+(\w+)\s+as\s+(\w+)/gu)) {
    if (randomModules.includes(match[1] ?? '') && match[2]) modules.add(match[2])
  }
  for (const match of code.matchAll(/\bfrom\s+(\w+)\s+import\s+([\w\s,()]+)/gu)) {
    if (!randomModules.includes(match[1] ?? '')) continue
    for (const item of (match[2] ?? '').replace(/[()]/gu, '').split(',')) {
      const [name, alias] = item.trim().split(/\s+as\s+/u)
      if (name) functions.add(alias ?? name)
    }
  }
}

/** Whether the code seeds the generator, so what follows is the same every run. */
function seeds(code: string, modules: Set<string>, functions: Set<string>): boolean {
  const qualified = [...modules].some((module) =>
    new RegExp(`(?<![\\w.])${module}\\.seed\\s*\\(\\s*[^)\\s]`, 'u').test(code),
  )
  return qualified || (functions.has('seed') && /(?<![\w.])seed\s*\(\s*[^)\s]/u.test(code))
}

/** A call drawing at random: the function's name and the plain names passed to it. */
interface DrawCall {
  name: string
  argumentNames: string[]
}

/** The calls of the code to a random module's functions (`seed` and the like excepted). */
function drawCalls(code: string, modules: Set<string>, functions: Set<string>): DrawCall[] {
  const calls: DrawCall[] = []
  // The arguments are looked at, not consumed: `print(random.randint(1, 6))` holds a draw.
  for (const match of code.matchAll(/(?<![\w.])(\w+)(?:\.(\w+))?\s*\((?=([^()]*))/gu)) {
    const [, first = '', second, args = ''] = match
    const name = second === undefined ? (functions.has(first) ? first : '') : second
    const fromModule = second !== undefined && modules.has(first)
    if (!name || (second !== undefined && !fromModule)) continue
    if (/^(?:seed|getstate|setstate|Random|SystemRandom)$/u.test(name)) continue
    const argumentNames = args
      .split(',')
      .map((arg) => arg.trim())
      .filter((arg) => new RegExp(`^${identifier}$`, 'u').test(arg))
    calls.push({ name, argumentNames })
  }
  return calls
}

/** The names an example binds: assignment targets and `for` loop variables. */
export function boundNames(code: string): string[] {
  const names: string[] = []
  for (const line of code.split('\n')) {
    const assigned = new RegExp(
      `^\\s*([${word}\\s,()[\\]]+?)\\s*(?:[-+*/%|&^]|//|\\*\\*)?=(?!=)`,
      'u',
    ).exec(line)?.[1]
    const looped = new RegExp(`^\\s*for\\s+([${word}\\s,()]+?)\\s+in(?![${word}])`, 'u').exec(
      line,
    )?.[1]
    for (const target of [assigned, looped]) {
      if (target) names.push(...(target.match(new RegExp(identifier, 'gu')) ?? []))
    }
  }
  return names
}

/**
 * A test of a session's failed examples: whether one differs only as two
 * runs of a random draw differ, its value drawn or derived from a draw, and
 * neither it nor the documented result an error the other lacks.
 */
export function drawnAtRandom(
  session: string,
): (example: FailedExample & { ok: boolean }) => boolean {
  const examples = randomDrawExamples(session)
  const raised = (text: string | undefined) =>
    /^Traceback \(most recent call last\):/mu.test(text ?? '')
  return (example) =>
    !example.ok &&
    examples.has(example.line) &&
    example.want !== undefined &&
    example.got !== undefined &&
    example.got.trim() !== '' &&
    raised(example.want) === raised(example.got)
}
