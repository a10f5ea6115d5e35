import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { nameSuggestions } from '../../src/verify/compare/errors/name-suggestions.js'
import { inExerciseBlock } from '../../src/verify/read/exercise-blocks.js'
import { pythonErrorDisplay } from '../../src/verify/read/outputs/fences/error-displays.js'
import { solutionOutputFence } from '../../src/verify/read/outputs/fences/solution-blocks.js'

const shown = (lines: string[]) => ({ lines, lineNumbers: lines.map((_, index) => 10 + index) })

describe('pythonErrorDisplay', () => {
  it('reads an IPython traceback as the traceback a script prints, frames elided', () => {
    const read = pythonErrorDisplay(
      shown([
        '-'.repeat(40),
        'TypeError                                 Traceback (most recent call last)',
        '<ipython-input-3-f769e8e8097d> in <module>()',
        '----> 1 print(len(52))',
        '',
        "TypeError: object of type 'int' has no len()",
      ]),
      false,
      'print(len(52))',
    )
    expect(read.lines).toEqual([
      'Traceback (most recent call last):',
      '  ...',
      '  ...',
      '  ...',
      '  ...',
      "TypeError: object of type 'int' has no len()",
    ])
    expect(read.lineNumbers).toEqual([10, 11, 12, 13, 14, 15])
  })

  it('takes the rule above a blank line, as the Markdown export of a notebook sets it, as the first line', () => {
    const read = pythonErrorDisplay(
      shown([
        '-'.repeat(40),
        '',
        'TypeError                                 Traceback (most recent call last)',
        '',
        '<ipython-input-2-cbaa9a1fe24d> in <module>()',
        '----> 3 func(20, a="G")',
        '',
        "TypeError: func() got multiple values for argument 'a'",
      ]),
      false,
      'func(20, a="G")',
    )
    expect(read.lines[0]).toBe('Traceback (most recent call last):')
    expect(read.lines.slice(1, -1).every((line) => line === '  ...')).toBe(true)
    expect(read.lines.at(-1)).toBe("TypeError: func() got multiple values for argument 'a'")
  })

  it('puts the header above a bare error line in an `error` fence, on its post line', () => {
    const read = pythonErrorDisplay(
      shown(["TypeError: 'int' object is not subscriptable"]),
      true,
      'a[1]',
    )
    expect(read.lines).toEqual([
      'Traceback (most recent call last):',
      "TypeError: 'int' object is not subscriptable",
    ])
    expect(read.lineNumbers).toEqual([10, 10])
  })

  it('reads an output fence of one error line so, unless the code catches errors', () => {
    const line = ['IndexError: string index out of range']
    expect(pythonErrorDisplay(shown(line), false, "print('abc'[9])").lines).toHaveLength(2)
    const caught = "try:\n    print('abc'[9])\nexcept IndexError as e:\n    print('IndexError:', e)"
    expect(pythonErrorDisplay(shown(line), false, caught).lines).toEqual(line)
  })

  it('reads an IPython traceback a fence sets indented as a block, without its opening blank line', () => {
    const read = pythonErrorDisplay(
      shown([
        '',
        `    ${'-'.repeat(40)}`,
        '',
        '    KeyError                                  Traceback (most recent call last)',
        '',
        "    ----> 1 ratios['b']",
        '',
        "    KeyError: 'b'",
      ]),
      false,
      "ratios['b']",
    )
    expect(read.lines).toEqual([
      'Traceback (most recent call last):',
      '  ...',
      '  ...',
      '  ...',
      '  ...',
      '  ...',
      "KeyError: 'b'",
    ])
    expect(read.lineNumbers).toEqual([11, 12, 13, 14, 15, 16, 17])
  })

  it('leaves an indented block that shows no traceback as it is', () => {
    const lines = ['    ValueError: not raised here, only printed']
    expect(pythonErrorDisplay(shown(lines), false, 'print(1)').lines).toEqual(lines)
  })

  it('leaves printed lines, a script traceback and a syntax error report as they are', () => {
    const printed = shown(['first', 'second'])
    expect(pythonErrorDisplay(printed, true, 'print(1)')).toBe(printed)
    const syntax = shown([
      '  File "x.py", line 2',
      '    y = 2',
      'IndentationError: unexpected indent',
    ])
    expect(pythonErrorDisplay(syntax, true, 'y = 2')).toBe(syntax)
    const several = shown(['first', 'ValueError: bad'])
    expect(pythonErrorDisplay(several, false, 'print(1)')).toBe(several)
  })
})

describe('nameSuggestions', () => {
  it("takes Python 3.10's `Did you mean` off the real error line only", () => {
    const step = nameSuggestions(["NameError: name 'aege' is not defined"])
    expect(step?.("NameError: name 'aege' is not defined. Did you mean: 'age'?", 'actual')).toBe(
      "NameError: name 'aege' is not defined",
    )
    expect(step?.("ValueError: bad value. Did you mean: 'x'?", 'actual')).toBe(
      "ValueError: bad value. Did you mean: 'x'?",
    )
    expect(nameSuggestions(["NameError: name 'aege' is not defined. Did you mean: 'age'?"])).toBe(
      undefined,
    )
  })
})

describe('solutionOutputFence', () => {
  const tree = (markdown: string) =>
    unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root

  it('finds the output fence a `::: solution` block opens with, past its heading', () => {
    const root = tree(
      "```python\nprint('a')\n```\n\n:::::::::::::::  solution\n\n## Solution\n\n```output\na\n```\n\n:::::::::::::::\n",
    )
    expect(solutionOutputFence("print('a')", root, 1)?.value).toBe('a')
    const directive = tree(
      "```python\nprint('a')\n```\n\n:::solution\n## 答案\n\n```text\na\n```\n:::\n",
    )
    expect(solutionOutputFence("print('a')", directive, 1)?.value).toBe('a')
  })

  it('pairs no answer that opens with prose, and none with a sample that prints nothing', () => {
    const prose = tree(
      "```python\nprint('a')\n```\n\n:::::::::::::::  solution\n\nProgram A prints\n\n```output\nb\n```\n",
    )
    expect(solutionOutputFence("print('a')", prose, 1)).toBeUndefined()
    const silent = tree(
      '```python\nx = 1\n```\n\n:::::::::::::::  solution\n\n```output\nx = 1  # 1\n```\n',
    )
    expect(solutionOutputFence('x = 1', silent, 1)).toBeUndefined()
  })
})

describe('inExerciseBlock', () => {
  const tree = (markdown: string) =>
    unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root
  const fenceIndexes = (root: Root) =>
    root.children.flatMap((node, index) => (node.type === 'code' ? [index] : []))

  it('holds for the puzzle of a Carpentries challenge, not for the code of its solution', () => {
    const root = tree(
      [
        '::::::::::::::::::::::::::: challenge',
        '```python\nprint(x[4])\n```',
        ':::::::::::::::  solution',
        '```python\nprint(x[3])\n```',
        ':::::::::::::::::::::::::',
        ':::::::::::::::::::::::::::::::::::',
        '```python\nprint(x[5])\n```',
      ].join('\n\n'),
    )
    expect(fenceIndexes(root).map((index) => inExerciseBlock(root, index))).toEqual([
      true,
      false,
      false,
    ])
  })

  it('holds inside a `::: exercise` directive too', () => {
    const root = tree(':::exercise\n```python\nprint(1)\n```\n:::\n')
    const directive = root.children[0]
    if (directive?.type !== 'containerDirective') throw new Error('no directive')
    expect(inExerciseBlock(directive, 0)).toBe(true)
  })
})
