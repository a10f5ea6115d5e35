import { describe, expect, it } from 'vitest'
import { sameValueDisplay } from '../../src/verify/compare/value-display.js'
import { statementOutputs } from '../../src/verify/read/outputs/statement-outputs.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

/** Each documented part of a sample: its statement's lines, what it documents, and how. */
function parts(code: string, language = 'js') {
  return (statementOutputs(code, 0, runner(language))?.parts ?? []).map((part) => ({
    lines: `${part.from}-${part.to}`,
    documented: part.lines,
    ...(part.value && { value: true }),
    ...(part.error && { error: part.error.name ?? '(unnamed)' }),
    ...(part.iterations && { iterations: true }),
    ...(part.nothingAt !== undefined && { nothing: part.nothingAt }),
  }))
}

describe('value comments', () => {
  it('reads REPL-style values after bare expressions, and the declared name’s after declarations', () => {
    expect(
      parts('typeof b // "object"\n!54 // false\nvar x = 1 // 1\n\'t\' && \'f\' // "f"'),
    ).toEqual([
      { lines: '1-1', documented: ['"object"'], value: true },
      { lines: '2-2', documented: ['false'], value: true },
      { lines: '3-3', documented: ['1'], value: true },
      { lines: '4-4', documented: ['"f"'], value: true },
    ])
  })

  it('leaves words after a bare expression alone, and reads a call’s words as loose', () => {
    expect(parts('x // the answer\nf() // Hello')).toEqual([
      { lines: '2-2', documented: ['Hello'], value: true },
    ])
  })

  it('reads the value on the one comment line under a statement', () => {
    expect(parts('typeof f\n// "function"\n\n1 && 2\n// 2\n// and more words')).toEqual([
      { lines: '1-1', documented: ['"function"'], value: true },
    ])
  })

  it('reads what a block prints, and a comment saying it prints nothing', () => {
    const code =
      "if (a) {\n  console.log('yes')\n} // yes\n\nif (b) {\n  console.log('no')\n} // 无输出"
    expect(parts(code)).toEqual([
      { lines: '1-3', documented: ['yes'] },
      { lines: '5-7', documented: [], nothing: 7 },
    ])
  })

  it('reads an error documented on a statement, and the values after it', () => {
    expect(parts('v\n// ReferenceError: v is not defined\n\ntypeof v // "undefined"')).toEqual([
      { lines: '1-1', documented: ['ReferenceError: v is not defined'], error: 'ReferenceError' },
      { lines: '4-4', documented: ['"undefined"'], value: true },
    ])
    expect(
      parts('a = (1, 2)\ni, j, k = a  # ValueError: not enough values\nlen(a)  # 2', 'python'),
    ).toEqual([
      { lines: '2-2', documented: ['ValueError: not enough values'], error: 'ValueError' },
      { lines: '3-3', documented: ['2'], value: true },
    ])
  })

  it('leaves a JavaScript declaration that throws to the error check of the whole sample', () => {
    expect(statementOutputs('let x = 1 && 2 ?? 3; // SyntaxError\nx // 2', 0, runner('js'))).toBe(
      undefined,
    )
  })

  it('reads the comment on the one print of a top-level loop as all its iterations', () => {
    expect(parts("for (const v of ['a', 'b']) {\n  alert(v) // a, then b\n}")).toEqual([
      { lines: '1-3', documented: ['a, then b'], iterations: true },
    ])
    expect(parts('function f() {\n  console.log(1) // 1\n}')).toEqual([])
  })

  it('reads MDN’s expected output, on the line and under it', () => {
    expect(
      parts('console.log(1); // Expected output: 1\nconsole.log(\'a\');\n// Expected output: "a"'),
    ).toEqual([
      { lines: '1-1', documented: ['1'] },
      { lines: '2-2', documented: ['"a"'] },
    ])
  })
})

describe('sameValueDisplay', () => {
  it('matches a value as another console shows it', () => {
    expect(sameValueDisplay('Array ["a", "b"]', "[ 'a', 'b' ]")).toBe(true)
    expect(sameValueDisplay('Object { a: 1, b: "x" }', "{ a: 1, b: 'x' }")).toBe(true)
    expect(sameValueDisplay('"f"', "'f'")).toBe(true)
    expect(sameValueDisplay('abcabc', "'abcabc'")).toBe(true)
    expect(sameValueDisplay('"t"', 't')).toBe(true)
    expect(sameValueDisplay('{}', 'getMessage {}')).toBe(true)
    expect(sameValueDisplay('[1, 2]', '[ 1, 2, 3 ]')).toBe(false)
    expect(sameValueDisplay('"a b"', "'ab'")).toBe(false)
    expect(sameValueDisplay('3', "'3'")).toBe(false)
    expect(sameValueDisplay('1 2', '12')).toBe(false)
  })

  it('reads quoted keys and a left-out class tag as notation, and still compares the values', () => {
    expect(sameValueDisplay("{ 'a': 1 }", 'f { a: 1 }')).toBe(true)
    expect(sameValueDisplay("{ '0': 'a' }", "[Arguments] { '0': 'a' }")).toBe(true)
    expect(sameValueDisplay("{ 'x': 3 }", '点 { x: 3 }')).toBe(true)
    expect(sameValueDisplay("{ 'a-b': 1 }", "{ 'a-b': 1 }")).toBe(true)
    expect(sameValueDisplay("{ 'a': 1 }", 'f { a: 2 }')).toBe(false)
    expect(sameValueDisplay("{ '0': 'a' }", "[Arguments] { '0': 'b' }")).toBe(false)
    expect(sameValueDisplay("{ 'a': 'b' }", "{ a: 'b', c: 1 }")).toBe(false)
    // The tag of an object without a prototype says what it is, not what it is called.
    expect(sameValueDisplay('{}', '[Object: null prototype] {}')).toBe(false)
    // A number key and a string key are different keys to Python.
    expect(sameValueDisplay('{1: 2}', "{'1': 2}")).toBe(false)
  })

  it('reads empty slots as each console shows them, and counts them', () => {
    expect(sameValueDisplay('[ , , ]', '[ <3 empty items> ]')).toBe(true)
    expect(sameValueDisplay('[empty × 2, 1]', '[ <2 empty items>, 1 ]')).toBe(true)
    expect(sameValueDisplay('Array(3) [ <3 empty slots> ]', '[ <3 empty items> ]')).toBe(true)
    expect(sameValueDisplay('[ , ]', '[ <3 empty items> ]')).toBe(false)
    expect(sameValueDisplay('[empty × 2]', '[ <1 empty item> ]')).toBe(false)
  })
})

describe('sameValueDisplay on printed text', () => {
  it('keeps the spacing of text that is not an array or object', () => {
    expect(sameValueDisplay('26 days, 23: 01: 00', '26 days, 23:01:00')).toBe(false)
    expect(sameValueDisplay('[1,2]', '[ 1, 2 ]')).toBe(true)
  })
})

describe('several values side by side', () => {
  const loose = (code: string, language = 'js') =>
    statementOutputs(code, 0, runner(language))?.parts?.map((part) => Boolean(part.loose))

  it('are a claim, compared exactly, not words that may be a remark', () => {
    expect(loose("console.log(a, b) // [ 'grace' ] 1")).toEqual([false])
    expect(loose('console.log(m, n) // { a: 1 }, 2')).toEqual([false])
    expect(loose('print(xs, n)  # [1, 2] 3', 'python')).toEqual([false])
    expect(loose('print(名单, 数)  # [1, 2] {3: 4}', 'python')).toEqual([false])
  })

  it('leave words, and strings a print shows unquoted, loose', () => {
    expect(loose('console.log(a, b) // two arrays')).toEqual([true])
    expect(loose("print(xs, 'x')  # [1, 2] 'x'", 'python')).toEqual([true])
    expect(loose('print(xs, n)  # 列表 [1, 2]', 'python')).toEqual([true])
  })
})

describe('a value with a remark in brackets after it', () => {
  it('is still the value, the remark left out', () => {
    const documented = (code: string, language = 'js') =>
      statementOutputs(code, 0, runner(language))?.parts?.map((part) => part.lines)
    expect(documented('sum(4, 6);        // 3 (resolves to 1 + 2)')).toEqual([['3']])
    expect(
      documented('console.log(n) // 9007199254740992 (错误！应该是 9007199254740993)'),
    ).toEqual([['9007199254740992']])
  })
})
