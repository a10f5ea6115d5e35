import { describe, expect, it } from 'vitest'
import { comparePart } from '../../src/verify/compare/compare-parts.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'
import { documentedError } from '../../src/verify/read/error-claims/error-comments.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { valueSequence } from '../../src/verify/read/outputs/comments/value-sequence.js'
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
  it('reads `result:` and `结果：` labels before a value, on the line or under it', () => {
    expect(parts('nums.sort() // result: [1, 2, 3]\nnums.reverse()\n// 结果：[3, 2, 1]')).toEqual([
      { lines: '1-1', documented: ['[1, 2, 3]'], value: true },
      { lines: '2-2', documented: ['[3, 2, 1]'], value: true },
    ])
  })

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

  it('reads a value comment written against its statement, with no space before `//`', () => {
    expect(parts("f(-3);// 0\nbaz.foo;//bar\nhas('show')// true\nconst u = /a\\//\n")).toEqual([
      { lines: '1-1', documented: ['0'], value: true },
      { lines: '2-2', documented: ['bar'], value: true },
      { lines: '3-3', documented: ['true'], value: true },
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
    // Node 8's display of `arguments`, without the tag every console shows today, is stale.
    expect(sameValueDisplay("{ '0': 'a' }", "[Arguments] { '0': 'a' }")).toBe(false)
    expect(sameValueDisplay("[Arguments] { '0': 'a' }", "[Arguments] { '0': 'a' }")).toBe(true)
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

describe('arrow comments on the line under a statement', () => {
  it('read `<-`, `→` and `=>` as values, under a print, a call or an expression', () => {
    expect(
      parts("console.log(bar)\n// <- 'pony'\ngreet();\n// → 'hi'\n[1].length\n// => 1"),
    ).toEqual([
      { lines: '1-1', documented: ["'pony'"] },
      { lines: '3-3', documented: ["'hi'"], value: true },
      { lines: '5-5', documented: ['1'], value: true },
    ])
  })

  it('read the value of the name an assignment binds, over several lines too', () => {
    const code =
      "const entries = Object.entries(o);\n// → [['x', 42]]\nconst r = f(\n  entries\n);\n// → { x: 42 }"
    expect(
      statementOutputs(code, 0, runner('js'))?.parts?.map((part) => [part.shows, part.lines]),
    ).toEqual([
      ['entries', ["[['x', 42]]"]],
      ['r', ['{ x: 42 }']],
    ])
  })

  it('leave an arrow pointing back at the code, `<--`, a remark', () => {
    const part = statementOutputs('console.log(x) // <-- look here', 0, runner('js'))?.parts?.[0]
    expect(part?.loose).toBe(true)
  })

  it('leave a remark after the value out', () => {
    expect(parts("'xyz'.replaceAll('y', '$$');\n// → 'x$z' (not 'x$$z')")).toEqual([
      { lines: '1-1', documented: ["'x$z'"], value: true },
    ])
  })

  it('read `<- Exception` and `<- TypeError` as errors the line raises', () => {
    expect(parts('null.x\n// <- TypeError\n1 + 1\n// <- 2')).toEqual([
      { lines: '1-1', documented: ['<- TypeError'], error: 'TypeError' },
      { lines: '3-3', documented: ['2'], value: true },
    ])
    const declared = documentedError(
      "var {foo:{bar}} = {baz: 'ouch'}\n// <- Exception",
      0,
      runner('js'),
    )
    expect(declared && { line: declared.line, comment: declared.comment }).toEqual({
      line: 1,
      comment: '<- Exception',
    })
    // Words about exceptions claim none.
    expect(documentedError('f()\n// exception handling is below', 0, runner('js'))).toBe(undefined)
  })
})

describe('a loop’s comment listing each iteration’s value', () => {
  it('is read whole, as a claim on every iteration', () => {
    expect(parts('for n in range(1, 10, 2):\n    print(n)  # 1, 3, 5, 7, 9', 'python')).toEqual([
      { lines: '1-2', documented: ['1, 3, 5, 7, 9'], iterations: true },
    ])
    expect(parts("for (const w of ws) {\n  console.log(w) // → 'a', [1, 2]\n}")).toEqual([
      { lines: '1-3', documented: ["'a', [1, 2]"], iterations: true },
    ])
  })

  it('are values, not words or a list cut short', () => {
    expect(valueSequence('1, 3, 5')).toEqual(['1', '3', '5'])
    expect(valueSequence("[1, 2], 'a, b'")).toEqual(['[1, 2]', "'a, b'"])
    expect(valueSequence('1, 3, ...')).toBe(undefined)
    expect(valueSequence('John, then 30')).toBe(undefined)
    expect(valueSequence('42')).toBe(undefined)
  })
})

describe('prints documented inside the function a call runs', () => {
  const printedBy = (code: string, language = 'js') =>
    statementOutputs(code, 0, runner(language))?.parts?.map((part) => [
      part.lines,
      part.printedBy?.lines,
    ])

  it('are what each call prints, in order, beside its own value', () => {
    const code =
      'function sum(a, b) {\n  console.log(a); // 1\n  console.log(b); // undefined\n  return a + b;\n}\n\nsum(1); // => NaN\nsum(2);'
    expect(printedBy(code)).toEqual([
      [['NaN'], ['1', 'undefined']],
      [
        ['1', 'undefined'],
        ['1', 'undefined'],
      ],
    ])
    expect(printedBy('class F {\n  m() {\n    print(1)  # 1\n}\n\nf.m()', 'python') ?? []).toEqual(
      [],
    )
    // The call's value on the line under it.
    const below = 'function f() {\n  console.log(1); // 1\n  return 2;\n}\nf();\n// <- 2'
    expect(printedBy(below)).toEqual([[['2'], ['1']]])
    const method = 'class F:\n    def m(self):\n        print(1)  # 1\n\nf = F()\nf.m()'
    expect(printedBy(method, 'python')).toEqual([[['1'], ['1']]])
  })

  it('are left alone where a print may run more or less than once a call', () => {
    const cases = [
      // In a branch.
      'function f(a) {\n  if (a) {\n    console.log(a); // 1\n  }\n}\nf(1);',
      // A print without a value comment.
      'function f(a) {\n  console.log(a); // 1\n  console.log(a);\n}\nf(1);',
      // Calling another function of the sample, or itself.
      'function g() {\n  console.log(2); // 2\n}\nfunction f() {\n  console.log(1); // 1\n  g();\n}\nf();',
      // Defined twice.
      'function f() {\n  console.log(1); // 1\n}\nfunction f() {\n  console.log(2); // 2\n}\nf();',
    ]
    for (const code of cases)
      expect((printedBy(code) ?? []).flatMap(([, by]) => by ?? [])).toEqual([])
  })
})

describe('comparing the new forms', () => {
  const options = { samplePath: '', tolerance: undefined, unordered: false }
  const compared = (code: string, shown: string, printed?: string, language = 'js') => {
    const [first] = statementOutputs(code, 0, runner(language))?.parts ?? []
    if (!first) throw new Error('no documented part')
    const comparison = comparePart(first, shown, printed, options)
    return comparison && (comparison.ok ? 'ok' : comparison.variesOnly ? 'varies' : 'differs')
  }

  it('compares a loop’s listed values with its lines, so a wrong number fails', () => {
    const loop = 'for n in range(1, 10, 2):\n    print(n)  # 1, 3, 5, 7, 9'
    expect(compared(loop, '1\n3\n5\n7\n9\n', undefined, 'python')).toBe('ok')
    expect(compared(loop, '1\n3\n5\n7\n8\n', undefined, 'python')).toBe('differs')
    expect(compared(loop, '1\n3\n5\n7\n', undefined, 'python')).toBe('differs')
    // Words about the iterations stay uncompared when they do not match.
    const words = "for (const w of ['a']) {\n  console.log(w) // each word in turn\n}"
    expect(compared(words, 'a\n')).toBe(undefined)
  })

  it('compares the lines a call printed with the comments inside its function', () => {
    const code =
      'function sum(a, b) {\n  console.log(a); // 1\n  console.log(b); // [5, 6]\n  return 3;\n}\nsum(1); // => 3'
    expect(compared(code, '1\n[ 5, 6 ]\n3\n', '1\n[ 5, 6 ]\n')).toBe('ok')
    expect(compared(code, '1\n[ 5, 7 ]\n3\n', '1\n[ 5, 7 ]\n')).toBe('differs')
    expect(compared(code, '1\n[ 5, 6 ]\n4\n', '1\n[ 5, 6 ]\n')).toBe('differs')
  })

  it('reads numbers the clock or a random draw gave the author as varying, and other text exactly', () => {
    const random =
      'function r() {\n  return Math.floor(Math.random() * 300)\n}\nconsole.log(r())\n// <- 174'
    expect(compared(random, '68\n')).toBe('varies')
    expect(compared(random, 'NaN\n')).toBe('differs')
    const clock =
      'var t = `at $' +
      "{new Date().toLocaleString()}`\nconsole.log(t)\n// <- 'at 8/26/2015, 3:15:20 PM'"
    expect(compared(clock, 'at 11/29/2026, 11:51:12 PM\n')).toBe('varies')
    expect(compared(clock, 'on 11/29/2026, 11:51:12 PM\n')).toBe('differs')
    // A date the program builds is exact.
    const built = 'const d = new Date(2020, 0, 1)\nconsole.log(d.getFullYear()) // 2021'
    expect(compared(built, '2020\n')).toBe('differs')
  })
})

describe('values drawn at random', () => {
  const options = { samplePath: '', tolerance: undefined, unordered: false }
  const part = (lines: string[]) => ({
    from: 1,
    to: 1,
    value: false,
    lines,
    lineNumbers: lines.map((_, index) => index + 2),
    random: true as const,
  })
  it('reads a random word of the same length and letters as varying, and another kind as differing', () => {
    expect(comparePart(part(['NdQKOr']), 'muLv_a', undefined, options)?.variesOnly).toBe(true)
    expect(comparePart(part(['NdQKOr']), 'short', undefined, options)?.variesOnly).toBeFalsy()
    expect(comparePart(part(['NdQKOr']), 'two words', undefined, options)?.variesOnly).toBeFalsy()
  })
  it('reads lines of random numbers, each in the form of its documented line, as varying', () => {
    const roll = part(['roll 1: 4', 'roll 2: 2'])
    expect(comparePart(roll, 'roll 1: 6\nroll 2: 1', undefined, options)?.variesOnly).toBe(true)
    expect(comparePart(roll, 'roll 1: 6\nrolled: 1', undefined, options)?.variesOnly).toBeFalsy()
  })
})

describe('dates a shell reads from the clock', () => {
  const options = { samplePath: '', tolerance: undefined, unordered: false }
  const part = (lines: string[]) => ({
    from: 1,
    to: 1,
    value: false,
    lines,
    lineNumbers: lines.map((_, index) => index + 2),
    clock: true as const,
  })
  const varies = (documented: string, real: string) =>
    comparePart(part([documented]), real, undefined, options)?.variesOnly === true
  it('reads the time zone of the author’s clock as varying, as its numbers and names do', () => {
    expect(varies('Thu Jan  1 08:19:23 PST 2009', 'Mon Nov 30 18:10:35 UTC 2026')).toBe(true)
    expect(varies('Wed Dec 31 08:27:13 CST 2008', 'Sun Nov 29 18:10:35 UTC 2026')).toBe(true)
    expect(varies('2009-01-01 08:19:23 +0800', '2026-11-30 18:10:35 +0000')).toBe(true)
    expect(varies('Thu Jan 1 08:19:23 GMT+8 2009', 'Mon Nov 30 18:10:35 UTC 2026')).toBe(true)
  })
  it('keeps other words, and a zone shown on one side only, as differences', () => {
    expect(varies('Thu Jan  1 08:19:23 PST 2009', 'Mon Nov 30 18:10:35 2026')).toBe(false)
    expect(varies('Today is PST 2009', 'Today is UTC 2026')).toBe(false)
    expect(varies('Thu Jan  1 08:19:23 PST 2009 done', 'Mon Nov 30 18:10:35 UTC 2026')).toBe(false)
  })
})

describe('value comments labelled as a result', () => {
  it('reads the value after `输出结果：` or `运行结果：` on the statement, not the label', () => {
    expect(
      parts("print(x.r, x.i)   # 输出结果：3.0 -4.5\nprint('ok')  # 运行结果: ok\n", 'python'),
    ).toEqual([
      { lines: '1-1', documented: ['3.0 -4.5'] },
      { lines: '2-2', documented: ['ok'] },
    ])
  })
})
