import type { Code } from 'mdast'
import { describe, expect, it } from 'vitest'
import { isCodeNotOutput } from '../../src/verify/read/outputs/fences/code-not-output.js'
import { runnerFor } from '../../src/verify/runners.js'

const fence = (lang: string | null, value: string): Code => ({ type: 'code', lang, value })
const bash = runnerFor('bash')
const python = runnerFor('python')
if (!bash || !python) throw new Error('runners missing')

describe('isCodeNotOutput', () => {
  it('takes an unlabelled fence opening with a `#!` line for a script, unless the sample shows a file', () => {
    const script = fence(null, '#!/bin/bash\n\nmypath=`pwd`\necho $mypath')
    expect(isCodeNotOutput(script, bash, '示例：', 'echo "My directory is `pwd`"')).toBe(true)
    expect(isCodeNotOutput(script, bash, 'The output:', 'echo hi')).toBe(true)
    expect(isCodeNotOutput(script, bash, 'It prints:', 'cat hello.sh')).toBe(false)
  })

  it('takes a fence in the sample’s own language for the next step of the program', () => {
    const next = fence('bash', 'printf "+ %s\\n" "$fruits"\n# + Apple')
    expect(isCodeNotOutput(next, bash, 'so we try to use the printf builtin:')).toBe(true)
    expect(
      isCodeNotOutput(next, bash, '为了将数组中每个元素单独一行输出，我们用内建的printf命令：'),
    ).toBe(true)
    expect(isCodeNotOutput(next, bash, undefined)).toBe(true)
  })

  it('keeps a fence in the sample’s language that the lead-in names as output', () => {
    const next = fence('python', "{'a': 1}")
    expect(isCodeNotOutput(next, python, 'Output:')).toBe(false)
    expect(isCodeNotOutput(next, python, 'The result is:')).toBe(false)
    expect(isCodeNotOutput(next, python, '运行结果如下：')).toBe(false)
    expect(isCodeNotOutput(next, python, '输出：')).toBe(false)
    expect(
      isCodeNotOutput(next, python, 'You would see the following output on your screen:'),
    ).toBe(false)
    expect(isCodeNotOutput(next, python, 'To get the output, we call it:')).toBe(true)
  })

  it('takes an unlabelled fence of statements after a sample that prints for a program of its own', () => {
    const js = runnerFor('javascript')
    if (!js) throw new Error('runner missing')
    const next = fence(
      null,
      "const smb = Symbol('hello');\n\nconsole.log(smb);\nconsole.log(''+smb);",
    )
    expect(isCodeNotOutput(next, js, undefined, 'console.log(+obj);')).toBe(true)
    // Code that prints a function's source may print such lines.
    expect(isCodeNotOutput(next, js, undefined, 'console.log(f.toString());')).toBe(false)
    const printed = fence(null, 'string\ndefault\nconsole.log(smb);')
    expect(isCodeNotOutput(printed, js, undefined, 'console.log(+obj);')).toBe(false)
  })

  it('keeps output fenced in another language or in none', () => {
    expect(isCodeNotOutput(fence('sh', '3\n4'), python, 'Output:')).toBe(false)
    expect(isCodeNotOutput(fence(null, 'Hello, world!'), bash, 'It prints:')).toBe(false)
  })

  it('takes lines that only run a script for how to start it, not what it prints', () => {
    expect(
      isCodeNotOutput(fence(null, '/path/to/script.sh'), bash, 'run the script like this:'),
    ).toBe(true)
    expect(isCodeNotOutput(fence(null, './hello.sh'), bash, '就能这样来运行脚本了：')).toBe(true)
    expect(isCodeNotOutput(fence(null, '$ python3 app.py'), python, 'Run it:')).toBe(true)
    expect(isCodeNotOutput(fence(null, 'saved to out.py\ndone'), python, 'It prints:')).toBe(false)
  })
})
