import { describe, expect, it } from 'vitest'
import { parseConsoleValue } from '../../src/verify/compare/values/console-values.js'
import {
  sameDisplayLines,
  sameValueDisplay,
} from '../../src/verify/compare/values/value-display.js'
import { absentPackageNeed } from '../../src/verify/read/not-checkable/needs/absent-package.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('values as a browser’s console shows them', () => {
  it('reads Chrome’s Sets, Maps, arrays, objects and functions as Node’s', () => {
    const node = {
      set: "Set(4) { 'en', 'fi', 'fr', 'es' }",
      map: "Map(1) { 'k' => 1 }",
      array: "[ 'Finland', 'Helsinki' ]",
      object: '{ length: 20, width: 20 }',
      nested: '[ { a: 1 }, { b: 2 } ]',
      fn: '[Function: area]',
      holes: '[ <2 empty items>, 3 ]',
    }
    expect(sameValueDisplay('Set(4) {"en", "fi", "fr", "es"}', node.set)).toBe(true)
    expect(sameValueDisplay('Map(1) {"k" => 1}', node.map)).toBe(true)
    expect(sameValueDisplay('(2) ["Finland", "Helsinki"]', node.array)).toBe(true)
    expect(sameValueDisplay('{length: 20, width: 20}', node.object)).toBe(true)
    expect(sameValueDisplay('(2) [{…}, {…}]', node.nested)).toBe(true)
    expect(sameValueDisplay('ƒ area(shape)', node.fn)).toBe(true)
    expect(sameValueDisplay('[empty × 2, 3]', node.holes)).toBe(true)
    expect(sameValueDisplay('Array(2)', node.array)).toBe(true)
  })

  it('reads Chrome’s settled promise, its state named before its value, as Node’s', () => {
    expect(sameValueDisplay('Promise {<resolved>: "1"}', "Promise { '1' }")).toBe(true)
    expect(sameValueDisplay('Promise {<fulfilled>: 2}', 'Promise { 2 }')).toBe(true)
    expect(sameValueDisplay('Promise {<fulfilled>: 3}', 'Promise { 2 }')).toBe(false)
  })

  it('still fails a wrong value, size, name or kind', () => {
    expect(
      sameValueDisplay('Set(4) {"en", "fi", "fr", "de"}', "Set(4) { 'en', 'fi', 'fr', 'es' }"),
    ).toBe(false)
    expect(sameValueDisplay('Set(3) {"en", "fi", "fr"}', "Set(4) { 'en', 'fi', 'fr', 'es' }")).toBe(
      false,
    )
    expect(sameValueDisplay('Map(1) {"k" => 2}', "Map(1) { 'k' => 1 }")).toBe(false)
    expect(sameValueDisplay('(3) ["Finland", "Helsinki"]', "[ 'Finland', 'Helsinki' ]")).toBe(false)
    expect(sameValueDisplay('[1, 1]', "[ 1, '1' ]")).toBe(false)
    expect(sameValueDisplay('ƒ volume()', '[Function: area]')).toBe(false)
    expect(sameValueDisplay('Array(3)', "[ 'Finland', 'Helsinki' ]")).toBe(false)
    expect(sameValueDisplay('{a: 1}', '[ 1 ]')).toBe(false)
  })

  it('leaves out the `constructor` Chrome shows on a prototype, which Node does not enumerate', () => {
    expect(sameValueDisplay('{constructor: ƒ}', '{}')).toBe(true)
    expect(sameValueDisplay('{constructor: ƒ, greet: ƒ}', '{ greet: [Function: greet] }')).toBe(
      true,
    )
    expect(sameValueDisplay('{constructor: ƒ, greet: ƒ}', '{ hello: [Function: hello] }')).toBe(
      false,
    )
    expect(sameValueDisplay('{constructor: ƒ, greet: ƒ}', '{}')).toBe(false)
    expect(sameValueDisplay('{constructor: "Dog"}', '{}')).toBe(false)
    expect(sameValueDisplay('{constructor: ƒ}', '{ constructor: [Function: Cat] }')).toBe(true)
  })

  it('matches a preview cut short with `…` only when the items it shows come first', () => {
    const set = 'Set(6) { 1, 2, 3, 4, 5, 6 }'
    expect(sameValueDisplay('Set(6) {1, 2, 3, …}', set)).toBe(true)
    expect(sameValueDisplay('Set(6) {1, 3, …}', set)).toBe(false)
    expect(sameValueDisplay('Set(7) {1, 2, 3, …}', set)).toBe(false)
    expect(sameValueDisplay('{a: 1, …}', '{ a: 1, b: 2 }')).toBe(true)
    expect(sameValueDisplay('[1, 2, 3, 4]', '[ 1, 2, ... 2 more items ]')).toBe(true)
    expect(sameValueDisplay('[1, 3, 3, 4]', '[ 1, 2, ... 2 more items ]')).toBe(false)
  })

  it('reads a value written as a statement, and a remark after the printed line', () => {
    expect(sameValueDisplay('[2,4,8];', '[ 2, 4, 8 ]')).toBe(true)
    expect(sameValueDisplay('false;', 'false')).toBe(true)
    expect(sameValueDisplay('true;', 'false')).toBe(false)
    expect(sameValueDisplay('JavaScript 10, accessible', 'JavaScript 10')).toBe(true)
    expect(sameValueDisplay('2（找到了）', '2')).toBe(true)
    expect(sameValueDisplay('JavaScript 10, 20', 'JavaScript 10')).toBe(false)
    expect(sameValueDisplay('JavaScript 11, accessible', 'JavaScript 10')).toBe(false)
  })

  it('compares a JavaScript output block value by value, other lines exactly', () => {
    const node = ['Map(2) {', "  'Finland' => 'Helsinki',", "  'Sweden' => 'Stockholm'", '}', '2']
    const chrome = ['Map(2) {"Finland" => "Helsinki", "Sweden" => "Stockholm"}', '2']
    expect(sameDisplayLines(chrome, node, '/tmp/sample.cjs')).toBe(true)
    expect(sameDisplayLines([chrome[0] ?? '', '3'], node, '/tmp/sample.cjs')).toBe(false)
    expect(sameDisplayLines(chrome, node, '/tmp/sample.py')).toBe(false)
    expect(sameDisplayLines(['size: Set(1) {"a"}'], ["size: Set(1) { 'a' }"], '/tmp/s.mjs')).toBe(
      true,
    )
    expect(sameDisplayLines(['sizes: Set(1) {"a"}'], ["size: Set(1) { 'a' }"], '/tmp/s.mjs')).toBe(
      false,
    )
    // An older Node closed an object on its last line.
    const older = ["{ protocol: 'http:',", '  port: null }']
    expect(
      sameDisplayLines(older, ['{', "  protocol: 'http:',", '  port: null', '}'], '/tmp/s.cjs'),
    ).toBe(true)
  })

  it('reads only values of a known notation', () => {
    expect(parseConsoleValue('[object Number]')).toBeUndefined()
    expect(parseConsoleValue('hello world')).toBeUndefined()
    expect(parseConsoleValue('[Object: null prototype] { a: 1 }')).toMatchObject({
      kind: 'container',
      tag: '[Object: null prototype]',
    })
    expect(sameValueDisplay('{a: 1}', '[Object: null prototype] { a: 1 }')).toBe(false)
  })
})

describe('npm packages a sample imports', () => {
  const runner = runnerFor('js')
  if (!runner) throw new Error('no runner for js')
  const sample = (code: string) => ({ runner, code }) as unknown as Sample
  const esm =
    "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'big-integer' imported from /tmp/x/sample.mjs\n  code: 'ERR_MODULE_NOT_FOUND'"
  const cjs =
    "Error: Cannot find module 'lodash/fp'\nRequire stack:\n- /tmp/x/sample.cjs\n  code: 'MODULE_NOT_FOUND'"
  const relative = "Error: Cannot find module './helper'\n  code: 'MODULE_NOT_FOUND'"

  it('makes a sample whose package is not installed not checkable, by its name', () => {
    expect(absentPackageNeed(sample("import bigInt from 'big-integer'"), esm)).toBe(
      'needs the npm package `big-integer`',
    )
    expect(absentPackageNeed(sample("const fp = require('lodash/fp')"), cjs)).toBe(
      'needs the npm package `lodash`',
    )
  })

  it('leaves a missing file of the post, and a package the code does not import, to the other checks', () => {
    expect(absentPackageNeed(sample("require('./helper')"), relative)).toBeUndefined()
    expect(absentPackageNeed(sample("import x from 'other'"), esm)).toBeUndefined()
  })
})
