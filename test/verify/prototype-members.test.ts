import { describe, expect, it } from 'vitest'
import { namesWithPrototypeMembers } from '../../src/verify/read/code/prototype-members.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('js')
const python = runnerFor('python')
if (!javascript || !python) throw new Error('runners missing')

describe('namesWithPrototypeMembers', () => {
  it('defines a method added to a built-in prototype, and uses one called that no built-in has', () => {
    const adds = namesWithPrototypeMembers(javascript, 'Function.prototype.bind2 = function () {}')
    expect([...adds.defines]).toContain('prototype.bind2')
    const calls = namesWithPrototypeMembers(
      javascript,
      'const f = g.bind2(o)\nf.call(o)\n[1].map(h)',
    )
    expect([...calls.uses]).toContain('prototype.bind2')
    expect([...calls.uses]).not.toContain('prototype.call')
    expect([...calls.uses]).not.toContain('prototype.map')
  })

  it("leaves a method the sample defines itself, a user type's prototype and other languages alone", () => {
    const own = namesWithPrototypeMembers(
      javascript,
      'class A { bind2(o) { return o } }\nnew A().bind2(1)\nPerson.prototype.greet = () => 1',
    )
    expect([...own.uses]).not.toContain('prototype.bind2')
    expect([...own.defines]).not.toContain('prototype.greet')
    expect([...namesWithPrototypeMembers(python, 'x.bind2(o)').uses]).not.toContain(
      'prototype.bind2',
    )
  })
  it('links a call of a common method name to a type that lacked it, not to a polyfill', () => {
    const adds = namesWithPrototypeMembers(javascript, 'String.prototype.map = function (f) {}')
    expect([...adds.defines]).toContain('prototype.new.map')
    const polyfill = namesWithPrototypeMembers(
      javascript,
      'if (!Array.prototype.includes) { Array.prototype.includes = function () {} }',
    )
    expect([...polyfill.defines]).not.toContain('prototype.new.includes')
    const calls = namesWithPrototypeMembers(javascript, "'abc'.map((c) => c)\n[1].includes(1)")
    expect([...calls.uses]).toContain('prototype.new.map')
    expect([...calls.uses]).toContain('prototype.new.includes')
  })
})
