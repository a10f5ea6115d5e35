import { describe, expect, it } from 'vitest'
import { pseudoCodeAt, readsInput } from '../../src/verify/read/not-checkable/shown/pseudo-code.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'
import { sampleOf } from './sample-of.js'

const bash = runnerFor('bash')
if (!bash) throw new Error('no bash runner')
const sample = (code: string): Sample => ({ code, runner: bash, files: {} }) as unknown as Sample

describe('readsInput', () => {
  it("finds a function's indented `read`", () => {
    expect(readsInput(sample('double() {\n    read -p "Enter a value: " value\n}\ndouble'))).toBe(2)
    expect(readsInput(sample('read name\necho "$name"'))).toBe(1)
  })

  it('leaves a word ending in read alone', () => {
    expect(readsInput(sample('echo "not read"\nthread=1'))).toBeUndefined()
  })
})

describe('readsInput in Python', () => {
  const python = runnerFor('python')
  if (!python) throw new Error('no python runner')
  const script = (code: string): Sample =>
    ({ code, runner: python, files: {} }) as unknown as Sample

  it('finds `input` handed to `iter()`, which reads lines until the one given', () => {
    expect(
      readsInput(script('endstr = "end"\nfor line in iter(input, endstr):\n    print(line)')),
    ).toBe(2)
    expect(readsInput(script('inputs = [1]\nprint(inputs)'))).toBeUndefined()
  })
})

describe('a sample reading what the reader types', () => {
  const path = '/tmp/postdeck-x/sample.py'

  it('is noted when it stops for want of input', () => {
    // English: a greeting that asks for a name.
    const greet = sampleOf('python', 'name = input("Your name: ")\nprint("Hello,", name)', '', 10)
    const eof = `Your name: Traceback (most recent call last):\n  File "${path}", line 1, in <module>\nEOFError: EOF when reading a line\n`
    expect(pseudoCodeAt(greet, eof, path)).toBe('it reads what the reader types, at line 11')
    // Chinese: 读入两个数相加.
    const sum = sampleOf(
      'python',
      'a = int(input("第一个数："))\nb = int(input("第二个数："))\nprint(a + b)',
      '',
      20,
    )
    expect(pseudoCodeAt(sum, eof, path)).toBe('it reads what the reader types, at line 21')
  })

  it('is not excused when its code does not parse: the missing colon is the post’s', () => {
    const english = sampleOf(
      'python',
      'age = int(input("Age: "))\nif age > 17\n    print("adult")',
      '',
      10,
    )
    const refused = `  File "${path}", line 2\n    if age > 17\n               ^\nSyntaxError: expected ':'\n`
    expect(pseudoCodeAt(english, refused, path)).toBeUndefined()
    const chinese = sampleOf(
      'python',
      'n = int(input("输入次数："))\nfor i in range(n)\n    print(i)',
      '',
      20,
    )
    expect(pseudoCodeAt(chinese, refused, path)).toBeUndefined()
    const shell = sampleOf(
      'bash',
      'read -p "名字: " name\nif [ -n "$name" ]; then\n  echo "$name"\n',
      '',
      30,
    )
    const unclosed = 'sample.sh: line 4: syntax error: unexpected end of file\n'
    expect(pseudoCodeAt(shell, unclosed, '/tmp/postdeck-x/sample.sh')).toBeUndefined()
  })
})
