import type { Runner } from '../../runners.js'
import { type SampleNames, sampleNames } from './sample-names.js'

/** `Function.prototype.bind2 = function ...`: a method a sample adds to a built-in prototype, by name. */
const addedMember =
  /(?<![\p{L}\p{N}_$.])(?:Object|Function|Array|String|Number|Boolean|Promise|Map|Set|Date|RegExp)\.prototype\.([\p{L}_$][\p{L}\p{N}_$]*)\s*=(?!=)/gu
/** A method called on any object: `fn.bind2(obj)`, `[1, 2].myMap(f)`. */
const calledMember = /(?<=[\p{L}\p{N}_$)\]'"`]\s*\??\.\s*)([\p{L}_$][\p{L}\p{N}_$]*)\s*\(/gu

/** The built-in types a prototype member may be added to, by name. */
const builtinTypes: Readonly<Record<string, { prototype: object }>> = {
  Object,
  Function,
  Array,
  String,
  Number,
  Boolean,
  Promise,
  Map,
  Set,
  Date,
  RegExp,
}

/**
 * The members of the language's own objects, whose calls need no sample
 * (`.call(`, `.map(`): a sample redefining one (a polyfill) changes nothing a
 * later sample needs from it.
 */
const ownMembers = new Set<string>(
  [
    ...Object.values(builtinTypes),
    Symbol,
    WeakMap,
    WeakSet,
    Error,
    ArrayBuffer,
    DataView,
    Uint8Array,
  ].flatMap((type) => [
    ...Object.getOwnPropertyNames(type.prototype),
    ...Object.getOwnPropertyNames(Object.getPrototypeOf(Uint8Array.prototype)),
  ]),
)

/**
 * A JavaScript sample's names with the methods it adds to a built-in
 * prototype (`Function.prototype.bind2 = ...` defines `prototype.bind2`) and
 * those it calls that no object of the language has (`testBind.bind2(obj)`
 * uses `prototype.bind2`), so that a sample calling a method an earlier one
 * added runs after it, with its state, as a reader following the post in
 * one console does: a post implementing `bind` step by step tests each
 * version in the fence under it. A method the sample defines itself (added
 * to a prototype, a class's or an object's `bind2(`…`) {`, `bind2:`) is its
 * own; a user type's prototype is made anew with its constructor, so only
 * the language's own types count; other languages' names are as they are.
 */
export function namesWithPrototypeMembers(runner: Runner, code: string): SampleNames {
  const names = sampleNames(runner, code)
  if (runner.id !== 'javascript' && runner.id !== 'typescript') return names
  const added = new Set([...code.matchAll(addedMember)].map((match) => match[1] ?? ''))
  // A call of a member some built-in type has (`.map(`) may still be of one a sample added to a
  // type without it (`String.prototype.map = ...`): it links only to a sample adding such a one.
  const called = [...code.matchAll(calledMember)]
    .map((match) => match[1] ?? '')
    .filter((member) => !added.has(member) && !definesItself(code, member))
  const uses = [
    ...called.filter((member) => !ownMembers.has(member)).map(memberName),
    ...called.filter((member) => ownMembers.has(member)).map(newMemberName),
  ]
  const newOnes = [...code.matchAll(addedMember)]
    .filter((match) => !hasOwnMember(match[0], match[1] ?? ''))
    .map((match) => newMemberName(match[1] ?? ''))
  if (added.size === 0 && uses.length === 0) return names
  return {
    ...names,
    defines: new Set([...names.defines, ...[...added].map(memberName), ...newOnes]),
    uses: new Set([...names.uses, ...uses]),
  }
}

/** Whether the type an addition (`Set.prototype.map =`) names has that member already (a polyfill). */
function hasOwnMember(addition: string, member: string): boolean {
  const type = builtinTypes[/([A-Z]\w*)\.prototype/u.exec(addition)?.[1] ?? '']
  return type === undefined || member in type.prototype
}

/** The name of a member a sample adds to a built-in type lacking it, which another type may have (`map`). */
function newMemberName(member: string): string {
  return `prototype.new.${member}`
}

/** Whether the code defines the member itself: `bind2(context) {`, `bind2: function`, `bind2 = `. */
function definesItself(code: string, member: string): boolean {
  const name = member.replace(/\$/g, '\\$')
  return new RegExp(`(?<![\\p{L}\\p{N}_$])${name}\\s*(?::|=(?!=)|\\([^()]*\\)\\s*\\{)`, 'u').test(
    code,
  )
}

/** The name a prototype's member goes by among a sample's names: no identifier can be it. */
function memberName(member: string): string {
  return `prototype.${member}`
}
