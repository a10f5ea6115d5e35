import { describe, expect, it } from 'vitest'
import { noAnnotations } from '../../src/verify/read/annotations.js'
import { inOtherLanguage } from '../../src/verify/read/named-files.js'
import {
  absentFileNeed,
  authorMachineNeed,
} from '../../src/verify/read/not-checkable/needs/author-machine.js'
import { sessionNote } from '../../src/verify/read/not-checkable/needs/session-unrunnable.js'
import { markerAboveOutputs } from '../../src/verify/read/outputs/comments/marker-above.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'

function sample(language: string, code: string, files: Record<string, string> = {}): Sample {
  const runner = runnerFor(language)
  if (!runner) throw new Error(`no runner for ${language}`)
  return {
    id: 'post.md:1',
    path: 'post.md',
    line: 1,
    language,
    runner,
    code,
    mode: 'compare',
    expected: undefined,
    files,
    expectedError: undefined,
    annotations: noAnnotations,
    needs: [],
    chain: 'post.md:1',
  }
}

describe('absentFileNeed', () => {
  it.each([
    ['python3.13 triple_quotes.py', 'triple_quotes.py'],
    ['python3 -m pdb num_funcs.py', 'num_funcs.py'],
    ['./functions.py', 'functions.py'],
    ['NODE_DEBUG=foo node debuglog.js', 'debuglog.js'],
    ['cd demo && pytest -v test_calc.py', 'test_calc.py'],
  ])('names the file `%s` runs when no sample provides it', (code, file) => {
    expect(absentFileNeed(sample('bash', code))).toBe(
      `needs the file ${file}, which no sample provides`,
    )
  })

  it('leaves alone a file a sample provides, one the commands make, and code run inline', () => {
    expect(absentFileNeed(sample('bash', 'python3 hello.py', { 'hello.py': 'print(1)' }))).toBe(
      undefined,
    )
    expect(absentFileNeed(sample('bash', "echo 'print(1)' > hi.py\npython3 hi.py"))).toBe(undefined)
    expect(absentFileNeed(sample('bash', "python3 -c 'print(1)'\nnode -e 1"))).toBe(undefined)
    expect(absentFileNeed(sample('bash', 'python3 -m json.tool data.txt'))).toBe(undefined)
    expect(absentFileNeed(sample('python', 'open("x.py")'))).toBe(undefined)
  })

  it('tells a package install needs the network', () => {
    expect(absentFileNeed(sample('bash', 'python3 -m pip install regex'))).toBe(
      'needs the network (`-m pip install`)',
    )
    expect(absentFileNeed(sample('bash', 'npm install lodash'))).toBe(
      'needs the network (`npm install`)',
    )
  })
})

describe('authorMachineNeed of a shell session', () => {
  it('tells a module no sample provides, and a debugger session', () => {
    expect(
      authorMachineNeed(sample('bash', 'python3 -m demo'), 'python3: No module named demo', ''),
    ).toBe('needs the module demo, which no sample provides')
    expect(authorMachineNeed(sample('bash', '(Pdb) s\n(Pdb) n'), '', '')).toBe(
      'needs typed input (a debugger session)',
    )
  })
})

describe('sessionNote', () => {
  const source = [">>> b = input('Name: ')", 'Name: Ann', '>>> b', "'Ann'", '>>> id(b)', '10105952']
  it('tells typed input by the EOFError of an input() call', () => {
    const failed = [{ line: 0, want: 'Name: Ann\n', got: 'EOFError: EOF when reading a line\n' }]
    expect(sessionNote(source, failed)).toEqual({
      line: 0,
      check: 'pseudo-code',
      reason: 'needs typed input',
    })
  })

  it('tells id() values vary, and nothing else', () => {
    const ids = [{ line: 4, want: '10105952\n', got: '139939162679592\n' }]
    expect(sessionNote(source, ids)).toEqual({ line: 4, check: 'varies', reason: 'object id' })
    const other = [...ids, { line: 2, want: "'Ann'\n", got: "'Bob'\n" }]
    expect(sessionNote(source, other)).toBe(undefined)
    expect(sessionNote(source, [{ line: 2, want: '1\n', got: '2\n' }])).toBe(undefined)
  })
})

describe('markerAboveOutputs', () => {
  const js = runnerFor('js')
  if (!js) throw new Error('no js runner')
  it('pairs a one-line output comment with the print call under it', () => {
    const code = 'const a = 1\n\n// 输出：1\nconsole.log(a)\n\n// Output: 2\nconsole.log(a + 1)'
    const read = markerAboveOutputs(code, 10, js)
    expect(read?.parts?.map((part) => [part.from, part.lines, part.lineNumbers])).toEqual([
      [4, ['1'], [13]],
      [7, ['2'], [16]],
    ])
  })

  it('leaves alone an output block under the code it documents', () => {
    expect(markerAboveOutputs('console.log(1)\n// Output: 1', 1, js)).toBe(undefined)
    expect(markerAboveOutputs('const a = 1\n// 输出：1\nconsole.log(a)', 1, js)).toBe(undefined)
  })
})

describe('inOtherLanguage', () => {
  it('tells a script kept in a fence of another program', () => {
    expect(inOtherLanguage('triple_quotes.py', 'ruby')).toBe(true)
    expect(inOtherLanguage('hello.sh', 'python')).toBe(true)
  })

  it('leaves alone a fitting fence, a plain one and a data file', () => {
    expect(inOtherLanguage('hello.py', 'python')).toBe(false)
    expect(inOtherLanguage('hello.py', 'text')).toBe(false)
    expect(inOtherLanguage('hello.py', null)).toBe(false)
    expect(inOtherLanguage('data.json', 'js')).toBe(false)
  })
})
