import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { documentedError, errorClaim } from '../../src/verify/read/error-claims/error-comments.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'
import { replReading } from '../../src/verify/read/repl-lines.js'
import { sampleVariants, variantCode } from '../../src/verify/read/variants.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

/** Each version a fence shows: its lines, its claim, and the error's name and lines when it claims one. */
function versions(code: string, language = 'js') {
  return (sampleVariants(code, 10, runner(language)) ?? []).map((variant) => ({
    lines: `${variant.from}-${variant.to}`,
    claim: variant.claim,
    postLine: variant.postLine,
    ...(variant.error && {
      error: `${variant.error.name ?? '(unnamed)'} ${variant.error.line}-${variant.error.through}`,
    }),
  }))
}

describe('errors documented by comment', () => {
  it('reads an error on the comment line under its statement, its message over two lines', () => {
    expect(
      documentedError(
        'const foo;\n// SyntaxError: Missing initializer in\n// const declaration',
        10,
        runner('js'),
      ),
    ).toMatchObject({
      line: 1,
      postLine: 11,
      name: 'SyntaxError',
      message: 'Missing initializer in const declaration',
    })
  })

  it('gives a statement over several lines the error commented under it', () => {
    expect(
      documentedError('let total = [1, 2]\n  .map((x) => x.y.z);\n// TypeError', 0, runner('js')),
    ).toMatchObject({ line: 1, through: 2, name: 'TypeError' })
  })

  it('reads a heading comment as a claim on the lines under it, up to a blank line', () => {
    expect(
      documentedError('var a = 1;\n\n// 报错\nlet a = 2;\nlet b = 3;\n\nb', 0, runner('js')),
    ).toMatchObject({
      line: 4,
      through: 5,
      name: undefined,
    })
  })

  it('leaves alone comments inside a block and words that only mention errors', () => {
    expect(
      documentedError('function f() {\n  // throws TypeError\n  g();\n}', 0, runner('js')),
    ).toBeUndefined()
    expect(
      documentedError('// error handling follows\ntry { f() } catch {}', 0, runner('js')),
    ).toBeUndefined()
  })

  it('reads an error glued to the word for "throws" on a print call, not as printed text', () => {
    const parts = statementOutputs(
      'console.log(foo); // 输出undefined\nvar foo = 2;\nconsole.log(bar); // 报错ReferenceError\nlet bar = 2;',
      0,
      runner('js'),
    )?.parts
    expect(parts?.map((part) => part.error?.name ?? part.lines.join())).toEqual([
      'undefined',
      'ReferenceError',
    ])
    // An error's text after a print call is what it prints.
    expect(
      statementOutputs('console.log(error.message) // TypeError: bad', 0, runner('js'))?.parts?.[0],
    ).toMatchObject({ lines: ['TypeError: bad'] })
  })
})

describe('versions side by side', () => {
  it('splits a fence under verdict headings, each version with its claim', () => {
    expect(
      versions('// 不报错\nvar x = x;\n\n// 报错\nlet x = x;\n// ReferenceError: x is not defined'),
    ).toEqual([
      { lines: '1-2', claim: 'ok', postLine: 12 },
      { lines: '4-6', claim: 'error', postLine: 15, error: 'ReferenceError 5-6' },
    ])
    expect(versions('# Error\nprint(int("x"))\n\n# Good\nprint(int("1"))', 'python')).toEqual([
      { lines: '1-2', claim: 'error', postLine: 12, error: '(unnamed) 2-2' },
      { lines: '4-5', claim: 'ok', postLine: 15 },
    ])
    expect(
      versions(
        '// 第一种写法，报错\nif (true) let x = 1;\n\n// 第二种写法，不报错\nif (true) {\n  let x = 1;\n}',
      ),
    ).toMatchObject([
      { lines: '1-2', claim: 'error' },
      { lines: '4-7', claim: 'ok' },
    ])
  })

  it('keeps a setup above the versions in each, and blanks the other versions', () => {
    const code = 'const r = 1;\n\n// OK\nlet a = r;\n\n// Error\nr = 2;'
    const variants = sampleVariants(code, 0, runner('js')) ?? []
    expect(variants.map((variant) => variantCode(code, variants, variant))).toEqual([
      'const r = 1;\n\n// OK\nlet a = r;\n\n\n',
      'const r = 1;\n\n\n\n\n// Error\nr = 2;',
    ])
  })

  it('reads a heading decorated with a cross or a check mark as the words after it', () => {
    const code = '# ❌ 错误：文件名有空格会出问题\nrm $file\n\n# ✅ 正确\nrm "$file"'
    expect(versions(code, 'bash')).toEqual([
      { lines: '1-2', claim: 'bad', postLine: 12 },
      { lines: '4-5', claim: 'ok', postLine: 15 },
    ])
    // A marked heading that names the error still claims it.
    expect(versions('// ❌ TypeError\nnull.x;\n\n// ✅ OK\nlet y = 1;')).toEqual([
      { lines: '1-2', claim: 'error', postLine: 12, error: 'TypeError 2-2' },
      { lines: '4-5', claim: 'ok', postLine: 15 },
    ])
  })

  it('splits paragraphs that claim an error and a clean run on their own lines', () => {
    expect(
      versions(
        'function f(a) {\n  let a;\n}\nf() // 报错\n\nfunction g(a) {\n  { let a; }\n}\ng() // 不报错',
      ),
    ).toEqual([
      { lines: '1-4', claim: 'error', postLine: 11, error: '(unnamed) 1-4' },
      { lines: '6-9', claim: 'ok', postLine: 16 },
    ])
    // Only errors claimed, on one program (a REPL's lines): no versions.
    expect(versions('a // ReferenceError\n\nb // 报错')).toEqual([])
  })

  it('makes each line under "both lines below throw" a version, after the setup', () => {
    expect(
      versions('var m = 1;\nlet n = 2;\n\n// 以下两行都会报错\nconst m = 3;\nconst n = 4;'),
    ).toEqual([
      { lines: '5-5', claim: 'error', postLine: 15, error: '(unnamed) 5-5' },
      { lines: '6-6', claim: 'error', postLine: 16, error: '(unnamed) 6-6' },
    ])
    expect(
      versions('let a = 1;\n// both lines below throw\nlet a = 2;\nconst a = 3;'),
    ).toHaveLength(2)
  })

  it('finds none in one program with ordinary comments', () => {
    expect(
      versions('// var 的情况\nconsole.log(foo);\nvar foo = 2;\n\n// let 的情况\nlet bar = 2;'),
    ).toEqual([])
  })
})

describe('console lines read as the REPL reads them', () => {
  it('wraps a line opening with `{` in parentheses when the code does not parse as written', () => {
    expect(
      replReading(
        '[1] === [1]; // false\n{ a: 42 } === { a: 42 } // false\n(x => x) === (x => x) // false',
        runner('js'),
      ),
    ).toBe(
      // Console lines, each ending one input.
      '[1] === [1]; // false\n({ a: 42 } === { a: 42 }); // false\n(x => x) === (x => x); // false',
    )
  })

  it('leaves blocks and code that parses as they are', () => {
    expect(replReading('{ let a = 1; }\n{ b: 1 }', runner('js'))).toBe('{ let a = 1; }\n{ b: 1 }')
    expect(replReading('{ a: 1 } === 1 +', runner('js'))).toBe('{ a: 1 } === 1 +')
  })
})

describe('claims that are not checked', () => {
  it('does not read a comment over a definition as a claim on it', () => {
    expect(
      documentedError(
        '# raises ValueError when n < 0\ndef fact(n):\n    return 1',
        0,
        runner('python'),
      ),
    ).toBeUndefined()
  })

  it('does not run a version only called bad, which may be bad style', () => {
    expect(versions('// Bad\nvar a = new Array(3);\n\n// Good\nconst a = [];')).toEqual([
      { lines: '1-2', claim: 'bad', postLine: 12 },
      { lines: '4-5', claim: 'ok', postLine: 15 },
    ])
    expect(versions('// Bad\nvar a = 1;\n\n// Bad\nvar b = 2;')).toEqual([])
    // A bad version that names the error it raises claims it.
    expect(
      versions(
        '// 错误的写法\nif (v) {}\n// ReferenceError: v is not defined\n\n// 正确的写法\ntypeof v',
      ),
    ).toEqual([
      { lines: '1-3', claim: 'error', postLine: 12, error: 'ReferenceError 2-3' },
      { lines: '5-6', claim: 'ok', postLine: 16 },
    ])
  })
})

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const js = (code: string) => `\`\`\`js\n${code}\n\`\`\`\n`

describe('versions run one at a time', () => {
  it('passes when each version does what its comment says, and fails at the first that does not', async () => {
    const samples = await samplesOf(
      `${js('// OK\nvar a = a;\n\n// error\nlet b = b;')}\n${js('// OK\nconst c = 1;\nc = 2;\n\n// error\nlet d = d;')}`,
    )
    const [good, bad] = await verifySamples(samples)
    expect(good).toMatchObject({ status: 'passed', check: 'compared' })
    expect(bad).toMatchObject({ status: 'failed', line: 12 })
    expect(bad?.summary).toMatch(/^the version at line 11 \(`OK`: runs\) exited with code 1/)
  })

  it("notes a version said to run that stops on the reader's machine, and fails one whose own code fails", async () => {
    const bash = (code: string) => `\`\`\`bash\n${code}\n\`\`\`\n`
    const samples = await samplesOf(
      `${bash('# 错误：空格会拆开文件名\nf="my notes.txt"\ncat $f\n\n# 正确\ncat "$f"')}\n${bash('# 错误：不加引号\necho $n\n\n# 正确\necho "$((1 +))"')}`,
    )
    const [reader, own] = await verifySamples(samples)
    expect(reader).toMatchObject({ status: 'noted' })
    expect(reader?.summary).toMatch(/^the version at line 7 \(`正确`: runs\) not check/)
    expect(own).toMatchObject({ status: 'failed' })
  })

  it('runs versions alone, unless they take a name from an earlier sample', async () => {
    const samples = await samplesOf(
      `${js('let x = 1;\nconst data = [1];')}\n${js('// 不报错\nvar x = x;\n\n// 报错\nlet x = x;')}\n${js('// OK\ndata.push(2);\n\n// error\ndata.size.toFixed();')}`,
    )
    const [, own, taking] = samples
    expect(own?.variants).toHaveLength(2)
    expect(own?.needs).toEqual([])
    expect(taking?.variants).toBeUndefined()
    expect(taking?.needs).toEqual([samples[0]?.id])
    expect(taking?.expectedError).toMatchObject({ line: 5 })
  })
})

describe('errors claimed in words', () => {
  it('reads the error after a label in words, and after the subject of the claim', () => {
    expect(
      errorClaim('执行函数后，控制台报错：Uncaught ReferenceError: a is not defined')?.name,
    ).toBe('ReferenceError')
    expect(errorClaim('This will raise a TypeError:')?.name).toBe('TypeError')
    expect(errorClaim('The next call throws a RangeError')?.name).toBe('RangeError')
  })

  it('claims nothing for a labelled value or a subject saying something else', () => {
    expect(errorClaim('打印结果：2')).toBeUndefined()
    expect(errorClaim('This will print the error count')).toBeUndefined()
    expect(errorClaim('note: throws if empty')).toBeUndefined()
  })
})

describe('errors told in words', () => {
  it('reads `Error!`, `Error due to ...` and `Error:` with prose as a claim that the line fails, with no message', () => {
    const js = runner('js')
    expect(documentedError('console.log(n); // Error! n is not visible here', 0, js)).toMatchObject(
      { line: 1, name: undefined },
    )
    expect(
      documentedError('log(i); // Error: the i variable is not visible here', 0, js),
    ).not.toHaveProperty('message')
    expect(
      documentedError('f(ages)    # Error due to incompatible types', 0, runner('python')),
    ).toMatchObject({ line: 1 })
    expect(
      statementOutputs('console.log(String(e)); // Error: boom', 0, js)?.parts?.[0]?.error,
    ).toBeUndefined()
  })

  it('reads an error comment on a closing brace as the claim of the block it closes', () => {
    const code = 'function f(x) {\n  let x = 1;\n}//error\nfunction g(x) {\n  var x = 1;\n}//fine'
    expect(documentedError(code, 10, runner('js'))).toMatchObject({
      line: 1,
      through: 3,
      postLine: 11,
    })
  })
})

describe('errors documented under or beside a print call', () => {
  it('reads the error on the comment line under a print as what the call raises', () => {
    const parts = statementOutputs(
      'console.log(+1n);\n// TypeError: Cannot convert a BigInt value to a number\nconsole.log(Number(1n));\n// 1',
      0,
      runner('js'),
    )?.parts
    expect(parts?.map((part) => part.error?.name ?? part.lines.join())).toEqual(['TypeError', '1'])
    // An error's text a print can show stays what it prints.
    expect(
      statementOutputs('console.log(String(e));\n// TypeError: bad', 0, runner('js'))?.parts?.[0],
    ).toMatchObject({ lines: ['TypeError: bad'] })
  })

  it('reads a cross before the error name, and a remark in brackets after it', () => {
    const parts = statementOutputs(
      'console.log(a); // undefined\nvar a = 1;\nconsole.log(b); // ❌ ReferenceError (TDZ)\nlet b = 2;',
      0,
      runner('js'),
    )?.parts
    expect(parts?.map((part) => part.error?.name ?? part.lines.join())).toEqual([
      'undefined',
      'ReferenceError',
    ])
  })

  it("reads V8's stack overflow message alone as a RangeError", () => {
    expect(
      documentedError('f(); // Maximum call stack size exceeded', 0, runner('js')),
    ).toMatchObject({ line: 1, name: 'RangeError' })
  })

  it('reads a claim on the line closing a call inside a function as that call', () => {
    const code =
      'function f() {\n  g(a, {\n    value: 0,\n  }); // TypeError: Cannot redefine property: a1\n}\nf();'
    expect(documentedError(code, 0, runner('js'))).toMatchObject({ line: 2, through: 4 })
  })
})
