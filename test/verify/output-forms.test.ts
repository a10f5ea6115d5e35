import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { isProseElision } from '../../src/verify/compare/prose-elision.js'
import { sameValueDisplay } from '../../src/verify/compare/values/value-display.js'
import { commentBlockOutputs } from '../../src/verify/read/outputs/comments/comment-blocks.js'
import { leadInKind } from '../../src/verify/read/outputs/fences/lead-ins.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { shebangShellOptions } from '../../src/verify/read/sample-code.js'
import { underVersion } from '../../src/verify/read/versions/version-needs.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

/** Each output a sample shows as comment lines: its statement's lines and the lines it documents. */
function blocks(code: string, language: string) {
  return (commentBlockOutputs(code, 0, runner(language))?.parts ?? []).map((part) => ({
    lines: `${part.from}-${part.to}`,
    documented: part.lines,
    ...(part.loose && { loose: true }),
  }))
}

/** The samples of a post held in memory: line, mode and what their output was paired with. */
function samplesOf(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  processor.runSync(processor.parse(file), file)
  return file.data.samples ?? []
}

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``

describe('output shown as comment lines under the statement printing it', () => {
  it("reads an array's display after a blank line under the last print, ending the sample", () => {
    const code = 'const a = [1, 2]\n\nconsole.log(a.concat([3]))\n\n// [\n//   1, 2, 3\n// ]'
    expect(blocks(code, 'js')).toEqual([{ lines: '3-3', documented: ['[', '  1, 2, 3', ']'] }])
    // Words after the blank line, or a display some code follows, are no output.
    expect(blocks('console.log(a)\n\n// the array\n// as it is', 'js')).toEqual([])
    expect(blocks('console.log(a)\n\n// [\n//   1\n// ]\nconsole.log(b)', 'js')).toEqual([])
  })

  it('reads the lines under a shell print and under a loop that logs', () => {
    expect(blocks(`printf "+ %s\\n" "\${a[@]}"\n# + Apple\n# + Desert fig`, 'bash')).toEqual([
      { lines: '1-1', documented: ['+ Apple', '+ Desert fig'] },
    ])
    expect(blocks("for (const c of 'ab') {\n  console.log(c)\n}\n// a\n// b", 'js')).toEqual([
      { lines: '1-3', documented: ['a', 'b'] },
    ])
  })

  it('reads several blocks, each ended by a blank line, and a call’s as loose', () => {
    const code = 'book.print();\n// Title: A\n// By: B\n\nother.print();\n// Title: C\n// By: D\n'
    expect(blocks(code, 'js')).toEqual([
      { lines: '1-1', documented: ['Title: A', 'By: B'], loose: true },
      { lines: '5-5', documented: ['Title: C', 'By: D'], loose: true },
    ])
  })

  it('leaves alone headings of the code below, errors, commented-out code and remarks', () => {
    expect(
      blocks('console.log(1)\n// now the second part\n// of the program\nrun()', 'js'),
    ).toEqual([])
    expect(blocks('console.log(x)\n// 报错\n// ReferenceError', 'js')).toEqual([])
    expect(blocks('console.log(1)\n// console.log(2)\n// 2', 'js')).toEqual([])
    expect(blocks('echo "$HOME"\n# prints your home folder', 'bash')).toEqual([])
    expect(blocks('import { f } from "lib.js"\nf()\n// a\n// b', 'js')).toEqual([])
  })

  it('leaves alone a caret diagram of the line above and a shell line of words no command holds', () => {
    const diagram = "echo 'It'\\''s'\n#    ^^^ ^^ ^^\n#    end escaped quote\n"
    expect(blocks(diagram, 'bash')).toEqual([])
    const note = 'if [ "$n" = "x" ]; then\n  echo "yes"\nfi\n# 正常执行，条件为假\n'
    expect(blocks(note, 'bash')).toEqual([])
    // Words a command of the sample holds may be its output, and are compared.
    const held = 'if [ "$n" = "x" ]; then\n  echo "条件为假"\nfi\n# 条件为假\n'
    expect(blocks(held, 'bash')).toEqual([{ lines: '1-3', documented: ['条件为假'] }])
    // So are words under a statement printing Han text, a stale line of its output.
    const stale = 'if [ -z "$n" ]; then\n  echo "尚未回答"\nfi\n# 还没有回答\n'
    expect(blocks(stale, 'bash')).toEqual([{ lines: '1-3', documented: ['还没有回答'] }])
    // So are carets the command prints.
    expect(blocks("echo '^^ ^^'\n# ^^ ^^\n", 'bash')).toEqual([
      { lines: '1-1', documented: ['^^ ^^'] },
    ])
  })
})

describe('lead-ins without a colon', () => {
  it('reads a sentence about the output or result as introducing plain output', () => {
    expect(leadInKind('This prints the following.')).toBe('named')
    expect(leadInKind('The result is the same as before.')).toBe('named')
    expect(leadInKind('打印出来的结果是一样的。')).toBe('named')
    expect(leadInKind('可是运算结果，对于初学者来说，可能会接受不了。')).toBe('named')
  })

  it('leaves a sentence about something else, or a question, alone', () => {
    expect(leadInKind('Lists can hold anything.')).toBeUndefined()
    expect(leadInKind('这句话说的是别的事情。')).toBeUndefined()
    expect(leadInKind('What is the result?')).toBeUndefined()
    expect(leadInKind('The output goes to a file. Then we read the file.')).toBeUndefined()
  })

  it('pairs a `named` lead-in with a plain fence only, never with code', () => {
    const post = [
      fence('python', 'print(1)'),
      '',
      'The result is below.',
      '',
      fence('python', 'print(2)'),
    ].join('\n')
    expect(samplesOf(post).map((sample) => sample.mode)).toEqual(['parse', 'parse'])
  })
})

describe('a session that runs the script shown above it', () => {
  it('takes the lines under `$ ./script` as the script’s output, and keeps `-x` from its `#!` line', () => {
    const post = [
      fence('bash', '#!/bin/bash -x\necho hi'),
      '',
      'Running it prints this.',
      '',
      fence('', '$ ./hi\n+ echo hi\nhi'),
    ].join('\n')
    const [sample] = samplesOf(post)
    expect(sample?.expected?.lines).toEqual(['+ echo hi', 'hi'])
    expect(sample?.expected?.lineNumbers).toEqual([10, 11])
    expect(shebangShellOptions('#!/bin/bash -x -e\necho')).toEqual(['-x', '-e'])
    expect(shebangShellOptions('#!/usr/bin/env bash\necho')).toEqual([])
  })

  it('leaves a session of several commands, or one with arguments, alone', () => {
    const several = [
      fence('bash', '#!/bin/bash\necho hi'),
      '',
      'Run it:',
      '',
      fence('', '$ ./hi\nhi\n$ ./hi\nhi'),
    ].join('\n')
    const args = several.replace('$ ./hi\nhi\n$ ./hi\nhi', '$ ./hi Bobby\nhi')
    expect(samplesOf(several)[0]?.expected).toBeUndefined()
    expect(samplesOf(args)[0]?.expected).toBeUndefined()
  })
})

describe('what a console cannot show, and output elided in words', () => {
  it('matches a lone surrogate Node escapes with the nothing or `�` a browser shows', () => {
    expect(sameValueDisplay("''", "'\\ud842'")).toBe(true)
    expect(sameValueDisplay("'\uFFFD'", "'\\udfb7'")).toBe(true)
    expect(sameValueDisplay("'a'", "'\\ud842'")).toBe(false)
    expect(sameValueDisplay("''", "'x'")).toBe(false)
  })

  it('reads a line of words between ellipses as output left out, not `...` alone or data', () => {
    expect(isProseElision(" ...many other things we don't need to care about...")).toBe(true)
    expect(isProseElision('…中间省略…')).toBe(true)
    expect(isProseElision('...')).toBe(false)
    expect(isProseElision('...more')).toBe(false)
    expect(isProseElision('Hello ... world')).toBe(false)
  })
})

describe('a post that says which interpreter a sample needs', () => {
  it('reads the claim from the sample’s comments, the lead-in or the heading', () => {
    const post = [
      '## Python 3.12+: nested quotes',
      '',
      fence('python', 'print(1)'),
      '',
      'This needs Python 3.13.',
      '',
      fence('python', 'print(2)'),
      '',
      fence('python', '# Python 3.99 及以上才允许\nprint(3)'),
    ].join('\n')
    expect(samplesOf(post).map((sample) => sample.needsVersion)).toEqual(['3.12', '3.13', '3.99'])
    expect(underVersion('Python 3.11.7', '3.12')).toBe(true)
    expect(underVersion('Python 3.12.0', '3.12')).toBe(false)
    expect(underVersion('v20.19.0', '22')).toBe(true)
  })

  it('notes a failure under an older interpreter, and still fails it under a new enough one', async () => {
    const post = (version: string) =>
      `Python ${version}+ is needed here:\n\n${fence('python', 'print(1)')}\n\n\`\`\`\n2\n\`\`\``
    const [old] = await verifySamples(samplesOf(post('3.99')))
    const [current] = await verifySamples(samplesOf(post('3.0')))
    expect(old?.status).toBe('noted')
    expect(old?.summary).toMatch(/^not checked: the post says it needs Python 3\.99/)
    expect(current?.status).toBe('failed')
  })
})

describe('browser globals', () => {
  it('leaves statements using `window` uncompared, and still fails the others', async () => {
    const results = await verifySamples(
      samplesOf(
        [
          fence('js', 'typeof window // "object"\ntypeof {} // "object"'),
          '',
          fence('js', 'typeof document // "object"'),
          '',
          fence('js', 'typeof window // "object"\ntypeof 1 // "string"'),
          '',
          fence('js', 'const window = {}\ntypeof window // "string"'),
        ].join('\n'),
      ),
    )
    expect(results.map((result) => `${result.status} ${result.check ?? ''}`)).toEqual([
      'passed compared',
      'noted skipped',
      'failed ',
      'failed ',
    ])
  })
})
