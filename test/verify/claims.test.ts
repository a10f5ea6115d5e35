import type { Code } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { noAnnotations } from '../../src/verify/read/annotations.js'
import {
  browserCallClaimed,
  browserNeed,
  isBrowserOnly,
} from '../../src/verify/read/not-checkable/needs/browser-only.js'
import {
  alternativeDefinitions,
  declaresOnly,
  expressionFragment,
} from '../../src/verify/read/not-checkable/shown/code-shapes.js'
import {
  equationLine,
  specOperationCalled,
} from '../../src/verify/read/not-checkable/shown/spec-notation.js'
import {
  describesOutput,
  readsAsProse,
} from '../../src/verify/read/outputs/comments/value-claims.js'
import { isCodeNotOutput } from '../../src/verify/read/outputs/fences/code-not-output.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

const samplePath = '/tmp/postdeck-sample-abc/sample.cjs'

function sample(language: string, code: string): Sample {
  const runner = runnerFor(language)
  if (!runner) throw new Error(`no runner for ${language}`)
  return {
    id: 'post.md:10',
    path: 'post.md',
    line: 10,
    language,
    runner,
    code,
    mode: 'compare',
    expected: undefined,
    files: {},
    expectedError: undefined,
    annotations: noAnnotations,
    needs: [],
    chain: 'post.md:10',
  }
}

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

describe('readsAsProse', () => {
  it.each([
    'Promise 实例对象',
    'a Promise instance',
    'No return value, output: 2, 4, 6, 8, 10',
    'Check if string ends with suffix',
  ])('reads %j as a description', (comment) => {
    expect(readsAsProse(comment)).toBe(true)
  })

  it.each([
    '[1, 2, 3]',
    "'hello world'",
    'Promise { <pending> }',
    "Map(1) { 'a' => 1 }",
    '[Function: greet]',
    '72',
    'NaN',
  ])('reads %j as a value', (comment) => {
    expect(readsAsProse(comment)).toBe(false)
  })
})

describe('describesOutput', () => {
  it('takes words the output lacks for a description', () => {
    expect(describesOutput('No return value, output: 2, 4, 6, 8, 10', '2\n4\n6\n8\n10\n')).toBe(
      true,
    )
    expect(describesOutput('返回 Promise 实例', 'Promise { 7 }\n')).toBe(true)
  })

  it('keeps a misspelt printed line and a placeholder as differences', () => {
    expect(describesOutput('Hello Wrold', 'Hello world\n')).toBe(false)
    expect(describesOutput('Your home: /Users/<username>', 'Your home: nowhere land\n')).toBe(false)
  })
})

describe('browser-only names', () => {
  it('knows a browser’s globals from Node’s, leaving out those used by mistake', () => {
    expect(isBrowserOnly('document')).toBe(true)
    expect(isBrowserOnly('alert')).toBe(true)
    expect(isBrowserOnly('HTMLElement')).toBe(true)
    expect(isBrowserOnly('setTimeout')).toBe(false)
    expect(isBrowserOnly('console')).toBe(false)
    expect(isBrowserOnly('event')).toBe(false)
    expect(isBrowserOnly('name')).toBe(false)
  })

  it('notes a failure caused by a browser-only name, at the line of the stack', () => {
    const output = `${samplePath}:2\nReferenceError: document is not defined\n    at Object.<anonymous> (${samplePath}:2:1)\n`
    expect(browserNeed(sample('js', 'let a\ndocument.title'), output, samplePath)).toBe(
      'it needs a browser (`document` at line 12)',
    )
  })

  it('notes a timer given code as a string', () => {
    const output = `TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received type string\n    at setTimeout (node:timers:140:3)\n    at Object.<anonymous> (${samplePath}:1:1)\n`
    expect(browserNeed(sample('js', "setTimeout('f()', 1)"), output, samplePath)).toBe(
      'it needs a browser (`setTimeout` with code that is not a function at line 11)',
    )
  })

  it('leaves other failures, and a forgotten name, to fail', () => {
    const forgot = 'ReferenceError: event is not defined\n'
    expect(browserNeed(sample('js', 'event.type'), forgot, samplePath)).toBeUndefined()
    const python = "NameError: name 'document' is not defined\n"
    expect(browserNeed(sample('python', 'document'), python, samplePath)).toBeUndefined()
  })

  it('reads a comment calling a browser function as a browser’s effect', () => {
    expect(browserCallClaimed(sample('js', 'f()'), ['alert(666)'])).toBe('alert')
    expect(browserCallClaimed(sample('js', 'f()'), ['f(666)'])).toBeUndefined()
    expect(browserCallClaimed(sample('python', 'f()'), ['alert(666)'])).toBeUndefined()
  })

  it('takes a browser’s global object in the value claimed for the browser’s', () => {
    const hello = sample('js', 'hello("world")')
    expect(browserCallClaimed(hello, ['"[object DOMWindow]world"'])).toBe('window')
    expect(browserCallClaimed(hello, ['Window {parent: Window, …}'])).toBe('window')
    expect(browserCallClaimed(hello, ['[object Object] says hello'])).toBeUndefined()
  })
})

describe('specification notation', () => {
  it('knows the specification’s abstract operations, in camel case too', () => {
    const output = 'ReferenceError: toNumber is not defined\n'
    expect(specOperationCalled(sample('js', 'toNumber([]) // -> 0'), output)).toBe('toNumber')
    const own = 'ReferenceError: get is not defined\n'
    expect(specOperationCalled(sample('js', 'get(1)'), own)).toBeUndefined()
    const forgot = 'ReferenceError: toCelsius is not defined\n'
    expect(specOperationCalled(sample('js', 'toCelsius(1)'), forgot)).toBeUndefined()
  })

  it('finds an evaluation step written as an equation, not a wrong reference', () => {
    const invalid = 'SyntaxError: Invalid left-hand side in assignment\n'
    expect(equationLine(sample('js', 'null > 0\n+null = +0\nfalse'), invalid, 1)).toEqual({
      line: 2,
      text: '+null = +0',
    })
    expect(equationLine(sample('js', 'const c = {}\nc?.port = 80'), invalid, 2)).toBeUndefined()
  })
})

describe('reference tables', () => {
  const python = runnerFor('python')
  if (!python) throw new Error('runners missing')
  const fence = (value: string): Code => ({ type: 'code', lang: null, value })

  it('does not take a table of code and meanings for output', () => {
    const table = fence('a + b      Add\na // b     Floor divide\nabs(a)     Absolute value')
    expect(isCodeNotOutput(table, python, 'Common operations:')).toBe(true)
    expect(isCodeNotOutput(fence('x + y      加\nx // y     地板除'), python, '常用操作：')).toBe(
      true,
    )
  })

  it('keeps a printed table, and one the lead-in calls output', () => {
    expect(isCodeNotOutput(fence('Alice      30\nBob        25'), python, 'Ages:')).toBe(false)
    const table = fence('a + b      Add\na // b     Floor divide')
    expect(isCodeNotOutput(table, python, 'The output:')).toBe(false)
  })
})

describe('wrong expectations', () => {
  const code = '```python\nprint([1] + [2])\n# Output: [1]\n```\n'
  it.each([
    'What you might have expected instead:',
    '我们期望看到是这样的：',
    '你可能以为会是这样：',
  ])('marks the sample after %j', async (leadIn) => {
    const [found] = await samplesOf(`${leadIn}\n\n${code}`)
    expect(found?.wrongExpectation).toBe(1)
  })

  it.each(['It prints:', 'We expect to see the following output:', '期望输出：'])(
    'leaves the sample after %j',
    async (leadIn) => {
      const [found] = await samplesOf(`${leadIn}\n\n${code}`)
      expect(found?.wrongExpectation).toBeUndefined()
    },
  )
})

describe('code shapes', () => {
  const redeclared = (name: string) =>
    `SyntaxError: Identifier '${name}' has already been declared\n`

  it('takes a name defined twice, unused between, for two ways to write it', () => {
    const code =
      'const square = (a) => a * a\n// Equivalent\nfunction square(a) {\n  return a * a\n}'
    expect(alternativeDefinitions(sample('js', code), redeclared('square'))).toEqual({
      name: 'square',
      lines: [1, 3],
    })
  })

  it('keeps a name declared again after a use as a mistake', () => {
    const code = 'let total = 1\nconsole.log(total)\nlet total = 2'
    expect(alternativeDefinitions(sample('js', code), redeclared('total'))).toBeUndefined()
  })

  it('finds an anonymous class or function left from an expression', () => {
    expect(expressionFragment(sample('js', 'class {\n  m() {}\n}'), 1)).toBe(1)
    expect(expressionFragment(sample('js', 'function () {}'), 1)).toBe(1)
    expect(expressionFragment(sample('js', 'class A {\n}'), 1)).toBeUndefined()
  })

  it('tells declarations only from code that runs', () => {
    expect(declaresOnly(sample('js', 'class A extends Object {\n  constructor() {}\n}'))).toBe(true)
    expect(declaresOnly(sample('js', 'class A {}\nnew A()'))).toBe(false)
    expect(declaresOnly(sample('python', 'def f():\n    raise ValueError'))).toBe(true)
  })
})
