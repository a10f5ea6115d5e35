import { describe, expect, it } from 'vitest'
import { topLevelStatements } from '../../src/verify/read/code/statements.js'
import { proseSequence } from '../../src/verify/read/outputs/comments/prose-sequence.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { valueAfterVerb } from '../../src/verify/read/outputs/comments/verb-values.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

function documented(code: string): string[][] {
  return (statementOutputs(code, 0, runner('js'))?.parts ?? []).map((part) => part.lines)
}

describe('loop comments in words', () => {
  it('reads a range, values in turn and a repeated value', () => {
    expect(proseSequence('outputs 0, then 1, then 2, up to 9')).toEqual(
      Array.from({ length: 10 }, (_, at) => String(at)),
    )
    expect(proseSequence('outputs 0, then 2, then 4, up to 8')).toEqual(['0', '2', '4', '6', '8'])
    expect(proseSequence('输出 0，然后 1，然后 2，直到 4')).toEqual(['0', '1', '2', '3', '4'])
    expect(proseSequence('outputs "a", then "b", then "c"')).toEqual(['"a"', '"b"', '"c"'])
    expect(proseSequence('outputs the number "10" ten times')).toEqual(Array(10).fill('"10"'))
    expect(proseSequence('输出三次 3')).toEqual(['3', '3', '3'])
    expect(proseSequence('输出十二次 1')).toHaveLength(12)
  })

  it('reads no words that do not list values, nor a range its step never reaches', () => {
    expect(proseSequence('outputs the list of users')).toBeUndefined()
    expect(proseSequence('0, then 1, then 2, up to 9')).toBeUndefined()
    expect(proseSequence('outputs 0, then 2, up to 9')).toBeUndefined()
    expect(proseSequence('outputs 1, then 2, up to a lot')).toBeUndefined()
  })

  it('documents what a forEach callback calling a printing function prints', () => {
    const code = [
      'const funcs = [];',
      'for (let i = 0; i < 3; i++) funcs.push(() => console.log(i));',
      'funcs.forEach(function(func) {',
      '    func();     // outputs 0, then 1, up to 2',
      '});',
    ].join('\n')
    expect(documented(code)).toEqual([['0, 1, 2']])
  })

  it('leaves a callback of several lines alone', () => {
    const code = [
      'funcs.forEach(function(func) {',
      '    setup();',
      '    func();     // outputs 0, then 1, up to 2',
      '});',
    ].join('\n')
    expect(documented(code)).toEqual([])
  })
})

describe('a value after "equal to"', () => {
  it('reads it on an assignment and after an expression', () => {
    expect(documented('let result1 = -(5 ** 2);    // equal to -25')).toEqual([['-25']])
    expect(documented('let r = 2 ** 3;    // 等于 8')).toEqual([['8']])
    expect(valueAfterVerb('equal to -25')).toBe('-25')
    expect(valueAfterVerb('equal to the sum of both')).toBeUndefined()
  })
})

describe('escaped identifiers', () => {
  it('parses a sample naming a variable with a Unicode escape statement by statement', () => {
    const code = 'var \\u0061 = "abc";\nconsole.log(\\u{61});     // "abc"'
    expect(topLevelStatements(runner('js'), code)?.map((statement) => statement.text)).toEqual([
      'var \\u0061 = "abc";',
      'console.log(\\u{61});',
    ])
    expect(documented(code)).toEqual([['"abc"']])
  })
})
