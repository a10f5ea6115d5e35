import { describe, expect, it } from 'vitest'
import { consoleReading } from '../../src/verify/read/console-lines.js'
import { replReading } from '../../src/verify/read/repl-lines.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

const js = runner('js')

describe('consoleReading', () => {
  it('ends each console line that carries a value with a semicolon, so the next cannot join it', () => {
    expect(consoleReading("+[]     // -> 0\n[] + [] // -> ''\n(1, 2)  // -> 2", js)).toBe(
      "+[];     // -> 0\n[] + []; // -> ''\n(1, 2);  // -> 2",
    )
  })

  it('runs a statement whose value is a completion value through eval, on its last line', () => {
    expect(consoleReading("if (true) {\n  'yes';\n} // -> 'yes'", js)).toBe(
      `\n\neval("if (true) {\\n  'yes';\\n}"); // -> 'yes'`,
    )
    expect(consoleReading('a: b: 1, 2; // -> 2', js)).toBe('eval("a: b: 1, 2;"); // -> 2')
    expect(consoleReading('{} + [] // -> 0\n{} + {} // -> NaN', js)).toBe(
      'eval("{} + []"); // -> 0\n({} + {}); // -> NaN',
    )
  })

  it("wraps a line opening with `{` that does not parse alone, as Node's REPL does", () => {
    expect(consoleReading('{} instanceof Object // true\n[] instanceof Array // true', js)).toBe(
      '({} instanceof Object); // true\n[] instanceof Array; // true',
    )
    expect(consoleReading('{a: 1}.a // 1\n[1][0] // 1', js)).toBe('({a: 1}.a); // 1\n[1][0]; // 1')
    // One that parses as a block keeps the block's reading; one documented as an error is run as written.
    expect(consoleReading('{} + [] // -> 0\n[] // []', js)).toBe(
      'eval("{} + []"); // -> 0\n[]; // []',
    )
    expect(consoleReading('{} instanceof Object // SyntaxError\n[] // []', js)).toBe(
      'eval("{} instanceof Object"); // SyntaxError\n[]; // []',
    )
  })

  it('runs a line documented as a syntax error through eval, where it throws', () => {
    expect(consoleReading("{a: 1, b: 2}{}; // -> SyntaxError: Unexpected token ':'", js)).toBe(
      `eval("{a: 1, b: 2}{};"); // -> SyntaxError: Unexpected token ':'`,
    )
  })

  it('leaves code that runs as written alone', () => {
    for (const code of [
      "const c = 'constructor';\nc; // -> 'constructor'\nc[c]; // -> [Function: String]",
      "if (ok) {\n  console.log('yes')\n} // yes",
      'const total = [1, 2] // the list\n  .reduce((a, b) => a + b)',
      'let x = 1 // one\nx++ // 1',
      'f(1) // 2\n\nfunction f(n) {\n  return n + 1\n}',
      'x // the answer',
      // It parses: the call of line 2's value by line 3 is the author's, and fails as written.
      'function F(a) {\n  return { a }\n}\nF(1).a // 1\n(new F(1)).a // 1',
    ]) {
      expect(consoleReading(code, js)).toBe(code)
    }
  })

  it('leaves code alone when a line neither parses alone nor documents its error', () => {
    const code = "[] + [] // -> ''\n[1, 2 // -> oops\n[] // -> []"
    expect(consoleReading(code, js)).toBe(code)
  })

  it('reads JavaScript only, and is what replReading does first', () => {
    expect(consoleReading('1 // 1\n[1] // [1]', runner('ts'))).toBe('1 // 1\n[1] // [1]')
    expect(replReading("[...'ab'] // -> [ 'a', 'b' ]\n[...'cd'] // -> [ 'c', 'd' ]", js)).toBe(
      "[...'ab']; // -> [ 'a', 'b' ]\n[...'cd']; // -> [ 'c', 'd' ]",
    )
  })
})
