import type { SyntaxNode } from '@lezer/common'
import leven from 'leven'
import { syntaxTree } from '../../code/syntax-trees.js'
import type { Sample } from '../../remark-extract-samples.js'
import { isBrowserOnly } from './browser-only.js'
import { isTypo, membersOwnedBySample } from './unloaded-namespace.js'

/** Node's error for a name nothing binds: `ReferenceError: Constant is not defined`. */
const unboundName = /^(?:Uncaught )?ReferenceError: ([\p{L}_$][\p{L}\p{N}_$]*) is not defined$/mu

/** Node's error for a method the object lacks: `TypeError: [add].ap is not a function`. */
const missingMethod =
  /^(?:Uncaught )?TypeError: .*\.([\p{L}_$][\p{L}\p{N}_$]*) is not a function$/mu

/**
 * Why a JavaScript sample that stopped on a name it never defines cannot be
 * checked here, as a glossary or an excerpt shows code whose setup lives
 * elsewhere (`Constant(1).map(n => n + 1) // => Constant(1)`,
 * `process(items[i]);`): the name is defined by a later sample (`needs
 * \`Some\`, which the post defines later, at line 1098`), or nowhere in the
 * post (`needs setup the post does not show (name \`items\`)`), when every use
 * of it is as a function, class or collection (a plain value in an
 * expression, `单价 * 数目`, is a name the sample forgot). Likewise a
 * method another sample adds to a prototype (`[add].ap(arg1)` and
 * `Array.prototype.ap = ...`). Only when the error is Node's own for that
 * name (`ReferenceError: items is not defined`), the sample binds the name
 * nowhere in its code (a `let` read outside its block is the sample's own
 * error), and the name is no near spelling of a name of the sample, of the
 * post's other samples or of a global (`Appliacation`, `cosole`), which is
 * a typo the reader meets too, unless the documented value is written in
 * it as a type (`// => Constant(1)` beside a function `constant`), and the
 * members the sample uses on it are not all its own (`t.sayName()` under
 * `Person.prototype.sayName = ...` is its object misnamed), nor alike a
 * function the sample defines and never calls (`isIterator` defined,
 * `isIterable` called), which it renamed in one place only. An earlier sample that defines the name would
 * have run first (state from earlier samples), so it is not one here.
 */
export function setupNotShownNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const method = missingMethod.exec(output)?.[1]
  const adder = method === undefined ? undefined : sample.methodsElsewhere?.[method]
  if (method !== undefined && adder !== undefined && !addsMethodItself(sample, method)) {
    return `needs the method \`${method}\`, which the sample at line ${adder} adds to a prototype`
  }
  const name = unboundName.exec(output)?.[1]
  if (name === undefined || isBrowserOnly(name) || bindsAnywhere(sample, name)) return undefined
  // Members the sample defines itself (`t.sayName()` under `Person.prototype.sayName =`): its object misnamed.
  if (membersOwnedBySample(sample.code, name)) return undefined
  const later = sample.definedLater?.[name]
  if (later !== undefined)
    return `needs \`${name}\`, which the post defines later, at line ${later}`
  // A type its documented value is written in (`// => Constant(1)`) is the one the post means, no typo.
  const typeShown = sample.expected?.lines.some((line) => line.includes(`${name}(`)) === true
  if (!typeShown && (sample.nearNames?.[name] !== undefined || isTypo(sample, name)))
    return undefined
  // A function the sample defines and never calls, named alike (`isIterator` for `isIterable`): renamed in one place.
  if (renamedDefinition(sample.code, name)) return undefined
  if (!usedAsApi(sample.code, name)) return undefined
  return `needs setup the post does not show (name \`${name}\`)`
}

/**
 * Whether every use of the name is as a function, class or collection the
 * code assumes (`Constant(1)`, `new Parser()`, `items[i]`, `api.get()`): an API
 * of setup left out. A plain value used in an expression (`单价 * 数目`,
 * `total + shipping`) is a name the sample forgot, its own mistake.
 */
function usedAsApi(code: string, name: string): boolean {
  const escaped = name.replace(/\$/g, '\\$')
  const uses = [
    ...code.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_$.])${escaped}(?![\\p{L}\\p{N}_$])`, 'gu')),
  ]
  return (
    uses.length > 0 &&
    uses.every((use) => /^\s*[([.]/u.test(code.slice((use.index ?? 0) + name.length)))
  )
}

/** Whether the sample adds the method itself (`X.prototype.ap = ...`): then its error is its own. */
function addsMethodItself(sample: Sample, method: string): boolean {
  return sample.code.includes(`.prototype.${method}`)
}

/** Whether the sample binds `name` anywhere: a declaration, a parameter, a class, in any scope. */
function bindsAnywhere(sample: Sample, name: string): boolean {
  const tree = syntaxTree(sample.runner.id === 'typescript' ? 'typescript' : 'jsx', sample.code)
  let found = false
  tree.iterate({
    enter: (node) => {
      if (found) return false
      if (node.name === 'VariableDefinition' && text(sample.code, node.node) === name) found = true
      return undefined
    },
  })
  return found
}

function text(code: string, node: SyntaxNode): string {
  return code.slice(node.from, node.to)
}

/** A function's name where the code defines it: `function f(`, `const f = (...) =>`, `const f = function`. */
const definedFunction =
  /\bfunction\*?\s+([\p{L}_$][\p{L}\p{N}_$]*)|\b(?:const|let|var)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s*=\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>|[\p{L}_$][\p{L}\p{N}_$]*\s*=>)/gu

/**
 * Whether the code defines a function it never uses again under a name
 * alike `name` (the same first half, a few letters apart): the sample's
 * own renaming, half done.
 */
function renamedDefinition(code: string, name: string): boolean {
  for (const match of code.matchAll(definedFunction)) {
    const defined = match[1] ?? match[2]
    if (defined === undefined || defined === name || uses(code, defined) !== 1) continue
    const shorter = Math.min(defined.length, name.length)
    let common = 0
    while (common < shorter && defined[common] === name[common]) common++
    if (shorter >= 4 && common * 2 >= shorter && leven(defined, name) <= Math.max(2, shorter / 3))
      return true
  }
  return false
}

/** How many times the code names `name` as a whole word. */
function uses(code: string, name: string): number {
  const escaped = name.replace(/\$/g, '\\$')
  return [
    ...code.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_$.])${escaped}(?![\\p{L}\\p{N}_$])`, 'gu')),
  ].length
}
