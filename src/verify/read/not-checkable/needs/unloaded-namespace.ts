import confusingBrowserGlobals from 'confusing-browser-globals'
import escapeStringRegexp from 'escape-string-regexp'
import globals from 'globals'
import leven from 'leven'
import type { Sample } from '../../remark-extract-samples.js'

/** Browser globals linters flag as names written by mistake for a local (`event`, `name`). */
const confusing = new Set<string>(confusingBrowserGlobals)

/** Names a JavaScript sample sees without defining them: the language's and Node's globals. */
export const knownGlobals = [
  ...new Set([...Object.keys(globals.builtin), ...Object.keys(globals.node)]),
]

/** An identifier, written in any script (`mori`, `总和`). */
const identifier = /(?<![\p{L}\p{N}_$.])[\p{L}_$][\p{L}\p{N}_$]*/gu

/**
 * The library a JavaScript sample uses through a namespace object the post
 * never loads (`mori.vector(1, 2)`, `FPO.reduce({...})`, raising
 * `ReferenceError: mori is not defined`), as `needs the library it uses as
 * \`mori\`, which no sample loads`: the author's page or REPL had the
 * library, this one does not. Only a name the sample uses solely as
 * `Name.member`, never defines, binds or imports, and that is not a near
 * spelling of a name of the sample or of a global (`totl.toFixed()` beside
 * `total`, `Mathh.max()`), which is a typo the reader meets too, and not
 * one whose members are all the sample's own (`t.sayName()` under
 * `Person.prototype.sayName = ...`): an object of the sample misnamed.
 */
export function unloadedNamespaceNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const name = /^(?:Uncaught )?ReferenceError: ([\p{L}_$][\p{L}\p{N}_$]*) is not defined$/mu.exec(
    output,
  )?.[1]
  if (name === undefined || /\b(?:require|import)\b/u.test(sample.code)) return undefined
  // A browser's own object (`document.title`) is the browser's, told apart by browser-only.ts.
  if (Object.hasOwn(globals.browser, name)) return undefined
  const code = withoutComments(sample.code)
  const uses = [...code.matchAll(identifier)].filter((match) => match[0] === name)
  if (uses.length === 0) return undefined
  const asNamespace = uses.every((use) =>
    /^\s*\??\.\s*[\p{L}_$]/u.test(code.slice((use.index ?? 0) + name.length)),
  )
  // Note: a name used only before a dot is bound nowhere in the sample (a binding has no dot after it).
  if (!asNamespace) return undefined
  if (isTypo(sample, name)) return undefined
  if (membersOwnedBySample(code, name)) return undefined
  return `needs the library it uses as \`${name}\`, which no sample loads`
}

/**
 * Whether an undefined name is a near spelling of another name of the sample
 * or, in JavaScript, of a global (`cosole` for `console`, `totl` beside
 * `total`): a typo the reader meets too, never setup the page leaves out.
 * A lower-case name beside the global class it is an instance of (`proxy`,
 * `Proxy`; `map`, `Map`) is no typo of it.
 */
export function isTypo(sample: Sample, name: string): boolean {
  const javascript = sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
  // Words of comments are no names (`# returns one user` beside `User`).
  const code = javascript ? withoutComments(sample.code) : sample.code.replace(/#.*$/gmu, ' ')
  const others = new Set([...code.matchAll(identifier)].map((m) => m[0]))
  others.delete(name)
  // A lower-case name is an instance of the global class so named (`proxy` of `Proxy`), no misspelling of it.
  const globalNames = javascript
    ? [...knownGlobals].filter((other) => other !== instanceClass(name))
    : []
  return [...others, ...globalNames].some((other) => nearSpelling(name, other))
}

/** The class a lower-case name is written for as an instance (`proxy`: `Proxy`); `undefined` for other names. */
function instanceClass(name: string): string | undefined {
  // A browser global often written by mistake for a local (`event`) stays a name the sample forgot.
  if (confusing.has(name)) return undefined
  const first = name[0] ?? ''
  return /^\p{Ll}$/u.test(first) ? first.toUpperCase() + name.slice(1) : undefined
}

/**
 * Whether two names differ as a typo does: case alone, or one letter (two
 * in names of six letters or more). One-letter names are too short to tell.
 */
export function nearSpelling(name: string, other: string): boolean {
  if (name === other) return false
  if (name.toLowerCase() === other.toLowerCase()) return true
  const shorter = Math.min(name.length, other.length)
  if (shorter < 2) return false
  return leven(name, other) <= (shorter >= 6 ? 2 : 1)
}

/** The code with its `//` and `/* *\/` comments blanked (a rough cut: enough to find names). */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\/|(?<![:\\'"])\/\/.*$/gmu, ' ')
}

/**
 * Whether every member the code reads of `name` (`t.sayName()`) is one the
 * sample itself defines (`Person.prototype.sayName = ...`, a class's
 * `sayName() {`, an object's `sayName:`): the name stands for an object of
 * the sample's own (`person1` misnamed), not a library's namespace.
 */
export function membersOwnedBySample(code: string, name: string): boolean {
  const escaped = escapeStringRegexp(name)
  const members = [
    ...code.matchAll(
      new RegExp(
        `(?<![\\p{L}\\p{N}_$.])${escaped}\\s*\\??\\.\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)`,
        'gu',
      ),
    ),
  ].map((match) => match[1] ?? '')
  if (members.length === 0) return false
  return members.every((found) => {
    const member = escapeStringRegexp(found)
    return new RegExp(
      `\\.${member}\\s*=(?!=)|^\\s*(?:async\\s+|static\\s+)?${member}\\s*\\([^)]*\\)\\s*\\{|(?:^|[{,])\\s*${member}\\s*:`,
      'mu',
    ).test(code)
  })
}
