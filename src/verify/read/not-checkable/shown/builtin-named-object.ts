import type { Sample } from '../../remark-extract-samples.js'

/** Python's error for a method read off a built-in function: `hash.digest()`, `iter.next()`. */
const builtinAttribute =
  /AttributeError: 'builtin_function_or_method' object has no attribute '(\w+)'/

/**
 * Why a Python sample whose method call fails on a built-in function's name
 * is a reference's notation: the page names an object after its kind
 * (`hash.digest()`, `hash.hexdigest()` for a hash object of `hashlib`), as
 * Python's own documentation does, and a built-in function has no such
 * method. Only where the sample never binds the name itself; `undefined`
 * for any other error.
 */
export function builtinNamedObjectAt(
  sample: Sample,
  output: string,
  line: number | undefined,
): string | undefined {
  if (sample.runner.id !== 'python' || line === undefined) return undefined
  const attribute = builtinAttribute.exec(output)?.[1]
  if (attribute === undefined) return undefined
  const written = (sample.code.split('\n')[line - 1] ?? '').replace(/^\s*(?:>>>|\.\.\.)\s?/, '')
  const name = new RegExp(String.raw`(?<![\w.])([a-z_]\w*)\.${attribute}\b`).exec(written)?.[1]
  if (name === undefined) return undefined
  const binds = new RegExp(
    String.raw`^\s*(?:>>>\s*)?(?:${name}\s*=[^=]|(?:def|class)\s+${name}\b)|\b(?:import|as)\s+${name}\b|\bfor\s+${name}\s+in\b`,
    'mu',
  )
  if (binds.test(sample.code)) return undefined
  return `\`${name}\` names an object of its kind, as a reference writes \`${written.trim()}\`, not Python's built-in \`${name}\`, at line ${sample.line + line}`
}
