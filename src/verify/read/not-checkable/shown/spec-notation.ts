import { createRequire } from 'node:module'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * JavaScript explained in the specification's notation rather than written
 * as code: its abstract operations called like functions (`ToNumber([])`),
 * and evaluation steps written as equations (`+null = +0`).
 */

let operations: Set<string> | undefined

/**
 * The names of ECMAScript's abstract operations (`ToNumber`, `ToPrimitive`,
 * `SameValue`), from the specification's own machine-readable index; read
 * the first time a sample needs them.
 */
function specOperations(): Set<string> {
  if (operations) return operations
  const require = createRequire(import.meta.url)
  const biblio = require('@tc39/ecma262-biblio') as {
    entries: Array<{ type: string; aoid?: string }>
  }
  operations = new Set(
    biblio.entries.flatMap((entry) =>
      entry.type === 'op' && entry.aoid && /^[A-Z][A-Za-z\d]+$/.test(entry.aoid)
        ? [entry.aoid]
        : [],
    ),
  )
  return operations
}

/**
 * The abstract operation a JavaScript sample calls when Node says the name
 * is not defined: as the specification spells it, or in camel case when it
 * has two words or more (`toNumber` for `ToNumber`; a one-word `get` stays a
 * name the sample forgot). `undefined` otherwise.
 */
export function specOperationCalled(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  const name = /ReferenceError: ([\w$]+) is not defined/.exec(output)?.[1]
  if (name === undefined || !new RegExp(`(?<![\\w$.])${name}\\s*\\(`).test(sample.code)) {
    return undefined
  }
  const spelled = /[A-Z]/.test(name.slice(1)) ? name[0]?.toUpperCase() + name.slice(1) : name
  return specOperations().has(spelled) ? name : undefined
}

/**
 * The line, from `from` on, of an evaluation step written as an equation,
 * for a sample Node rejects with `Invalid left-hand side in assignment`:
 * a `=` whose left side is an operation (`+null = +0`, `!(null < 0) = true`)
 * or a number (`0.1 = 2^-4 * 1.10011(0011)`), which no program assigns to. A reference on the left (`obj?.a = 1`) is a
 * real mistake, and gives `undefined`.
 */
export function equationLine(
  sample: Sample,
  output: string,
  from: number,
): { line: number; text: string } | undefined {
  if (!/SyntaxError: Invalid left-hand side in assignment/.test(output)) return undefined
  const lines = sample.code.split('\n')
  for (let index = from - 1; index < Math.min(lines.length, from + 4); index++) {
    const text = (lines[index] ?? '').replace(/\/\/.*$/, '').trim()
    const left = /^(.+?)(?<![=!<>+\-*/%&|^])=(?![=>])/.exec(text)?.[1]?.trim()
    const operation = left !== undefined && /[-+*/%<>!&|^~]|^\(/.test(left.replace(/\?\./g, '.'))
    // A number on the left (`0.1 = 2^-4 * 1.10011(0011)`): a value written as what it equals.
    if (operation || (left !== undefined && /^[-+]?\d[\d.]*$/.test(left))) {
      return { line: index + 1, text: text.replace(/;$/, '') }
    }
  }
  return undefined
}

/** An internal slot or method as the specification writes it: `[[Scope]]`, `[[Prototype]]`, `[[Get]]`. */
const internalSlot = /\[\[[A-Z][A-Za-z]*\]\]/

/**
 * What of the specification's notation stands at the line a JavaScript
 * sample's syntax error names: an internal slot (`fooContext.[[Scope]] = [`),
 * which no program can write after a dot, or a call of an abstract operation
 * (`[] == ToNumber(false)`), a step of the algorithm rather than code.
 * `undefined` when the line is code, so a real syntax error still fails.
 */
export function specNotationAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (sample.runner.id !== 'javascript' && sample.runner.id !== 'typescript') return undefined
  if (line === undefined || !/SyntaxError/.test(output)) return undefined
  const text = (sample.code.split('\n')[line - 1] ?? '').replace(/\/\/.*$/, '').trim()
  const slot = internalSlot.exec(text)?.[0]
  if (slot) return `the specification's internal slot \`${slot}\``
  for (const [, name = ''] of text.matchAll(/(?<![\w$.])([A-Z][A-Za-z\d]+)\s*\(/g)) {
    if (specOperations().has(name)) return `the specification's abstract operation \`${name}\``
  }
  return undefined
}
