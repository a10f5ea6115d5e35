import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import type { SampleResult } from '../../src/verify/run/job.js'
import { updateOutputs } from '../../src/verify/update/update-outputs.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

/** Verify the samples of a post held in memory, running them for real. */
async function verifyText(markdown: string): Promise<SampleResult[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

/** The post with its real outputs written in, what was left alone, and the verdicts on the result. */
async function update(markdown: string) {
  const updated = updateOutputs(markdown, await verifyText(markdown))
  const after = await verifyText(updated.text)
  return {
    text: updated.text,
    updated: updated.updated.map((sample) => sample.line),
    leftAlone: updated.leftAlone.map(({ line, reason }) => `${line}: ${reason}`),
    statuses: after.map((result) => result.status),
    again: updateOutputs(updated.text, after).text,
  }
}

/** Expect `post` updated to `restored`, every sample then passing, and a second update changing nothing. */
async function expectRestored(post: string, restored: string) {
  const result = await update(post)
  expect(result.text).toBe(restored)
  expect(result.statuses.filter((status) => status !== 'passed')).toEqual([])
  expect(result.again).toBe(result.text)
  return result
}

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``

describe('updateOutputs', () => {
  it('rewrites output pasted into a shell sample under its marker, keeping the marker and the indentation', async () => {
    const post = [
      fence('bash', '    a="foo-bar-foobar" && echo "$' + '{a#*-}"\n    # 输出\n    foo'),
      '',
      fence('bash', 'echo one\necho two\n\n# Output:\n# ./demo.sh\none\n2'),
    ].join('\n')
    const restored = post.replace('    foo\n', '    bar-foobar\n').replace('one\n2', 'one\ntwo')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([1, 7])
  })

  it('rewrites a command of a session whose prose lines after its output are left as written', async () => {
    const post = fence('bash', '$ echo a\nb\n其他方法\n\n$ echo c\nc')
    await expectRestored(post, post.replace('$ echo a\nb', '$ echo a\na'))
  })

  it('rewrites an error a shell session shows as typed, in the form the shell prints when typed', async () => {
    const post = fence(
      'console',
      '$ readonly LIMIT=3\n$ LIMIT=4\nbash: LIMIT: read-only\n$ echo ok\nok',
    )
    await expectRestored(post, post.replace('LIMIT: read-only', 'LIMIT: readonly variable'))
  })

  it('rewrites an output comment written above its print call, and a labelled block after a blank line', async () => {
    const post = [
      fence('js', "const a = 'x'\n\n// 输出：y\nconsole.log(a)"),
      '',
      fence('js', "console.log([1, 2].join('-'))\n\n// 输出如下：\n// 1, 2"),
    ].join('\n')
    const restored = post.replace('输出：y', '输出：x').replace('// 1, 2', '// 1-2')
    await expectRestored(post, restored)
  })

  it('rewrites what each command of a shell session printed, under its prompt', async () => {
    const post = [
      fence('sh', 'join_words() {\n  local words=("$@")\n  printf \'%s\\n\' "$' + '{words[*]}"\n}'),
      '',
      fence('shell', '$ join_words a b\na c\n\n# One word works too.\n$ join_words 单\n双'),
      '',
      fence('bash', 'bash$ echo "one two"\none\n% printf \'%s\\n\' x y\nx'),
    ].join('\n')
    const restored = post
      .replace('a c', 'a b')
      .replace('单\n双', '单\n单')
      .replace('one\n%', 'one two\n%')
      .replace(/x\n```$/, 'x\ny\n```')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([8, 17])
  })

  it('rewrites the body of a trailing output comment, keeping its prefix and indentation', async () => {
    const post = [
      'Sum a list:',
      '',
      fence('python', 'total = sum([1, 2, 3])\nprint(total)\nprint("done")\n# Output:\n#   5'),
      '',
      'The end.',
    ].join('\n')
    const result = await expectRestored(post, post.replace('#   5', '#   6\n#   done'))
    expect(result.updated).toEqual([3])
  })

  it('keeps the first output line on the marker line when the post put it there', async () => {
    const post = fence(
      'js',
      'const doubled = [1, 2].map((n) => n * 2)\nconsole.log(doubled.length)\nconsole.log("好")\n// 输出：3\n// 坏',
    )
    await expectRestored(post, post.replace('// 输出：3\n// 坏', '// 输出：2\n// 好'))
  })

  it('moves the output off the marker line when it starts with a blank line', async () => {
    const post = fence('python', 'print()\nprint("空行之后")\n# output: 之前')
    await expectRestored(post, post.replace('# output: 之前', '# output:\n#\n# 空行之后'))
  })

  it('replaces the lines of the output fence after a lead-in, in a list item too', async () => {
    const post = [
      '1. 运行下面的代码：',
      '',
      '   ```python',
      '   for name in ["张三", "李四"]:',
      '       print(f"你好，{name}")',
      '   ```',
      '',
      '   运行结果：',
      '',
      '   ```text',
      '   你好，张三',
      '   ```',
      '',
      '2. 下一步。',
    ].join('\n')
    await expectRestored(post, post.replace('   你好，张三', '   你好，张三\n   你好，李四'))
  })

  it('rewrites an output block after a paragraph of explanation, and leaves one labelled as code to the author', async () => {
    const post = [
      fence('python', 'print("Printing from the parent function.")'),
      '',
      'You should get...',
      '',
      fence('sh', 'Printing from the parent function'),
      '',
      fence('bash', 'echo "There is no folder yet."'),
      '',
      'The path is made up, so nobody has it.',
      '',
      'Now if you run the script you will see the following output:',
      '',
      fence('', 'There is a folder.'),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post.replace('There is a folder.', 'There is no folder yet.'))
    expect(result.updated).toEqual([11])
    expect(result.leftAlone).toEqual([
      '8: its output fence is labelled `sh`, a language of code: update it by hand',
    ])
    expect(result.again).toBe(result.text)
  })

  it('rewrites a traceback’s exception line and keeps the stack as the author wrote it', async () => {
    const traceback = (message: string) =>
      [
        'Traceback (most recent call last):',
        '  File "/Users/ann/blog/sum.py", line 1, in <module>',
        '    print(sum(["1", 2]))',
        message,
      ].join('\n')
    const post = (message: string) =>
      [
        fence('python', 'print(sum(["1", 2]))'),
        '',
        'Output:',
        '',
        fence('', traceback(message)),
      ].join('\n')
    await expectRestored(
      post("TypeError: unsupported operand type(s) for +: 'int' and 'string'"),
      post("TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
    )
  })

  it('fills an empty output fence, and keeps a block quote’s marks', async () => {
    const post = [
      fence('python', 'print("one")\nprint()\nprint("two")'),
      '',
      'Output:',
      '',
      '```',
      '```',
      '',
      '> ```python',
      '> print("quoted")',
      '> ```',
      '>',
      '> ```text',
      '> wrong',
      '> ```',
    ].join('\n')
    await expectRestored(
      post,
      post.replace('```\n```', '```\none\n\ntwo\n```').replace('> wrong', '> quoted'),
    )
  })

  it('replaces only the value of a value comment, and only where it differs', async () => {
    const post = fence(
      'python',
      'x = [3, 1, 2]\nprint(sorted(x))  # [3, 2, 1]\nlen(x)  # => 4\nprint(max(x))  # 3',
    )
    await expectRestored(
      post,
      post.replace('# [3, 2, 1]', '# [1, 2, 3]').replace('# => 4', '# => 3'),
    )
  })

  it('rewrites per-statement output blocks like comment blocks', async () => {
    const post = fence(
      'python',
      'print("第一步")\n# 输出：\n# 第二步\n\nprint(1 + 1)\n# 输出：3\n\nprint("end")\n# 输出：\n# end',
    )
    await expectRestored(
      post,
      post.replace('# 第二步', '# 第一步').replace('# 输出：3', '# 输出：2'),
    )
  })

  it('rewrites output shown as comment lines under the statement printing it', async () => {
    const shell = fence('bash', `a=(x "y z")\nprintf "+ %s\\n" "\${a[@]}"\n# + x\n# + y`)
    await expectRestored(shell, shell.replace('# + y', '# + y z'))
    const js = fence(
      'js',
      `const show = (a, b) => console.log(\`\n  \${a}\n\n  \${b}\n\`)\nshow(1, 2);\n// 1\n// 3\n\nshow("上", "下");\n// 上\n// 中`,
    )
    await expectRestored(js, js.replace('// 3', '// 2').replace('// 中', '// 下'))
  })

  it('rewrites the output under `$ ./script` and keeps the prompt line', async () => {
    const post = [
      fence('bash', '#!/bin/bash -x\necho hi'),
      '',
      'Running it prints this.',
      '',
      fence('', '$ ./hi\n+ echo hi\nhello'),
    ].join('\n')
    await expectRestored(post, post.replace('hello', 'hi'))
  })

  it('rewrites a fence of REPL echoes keeping its prompts, and only the wrong value', async () => {
    const printed = [
      fence('py', "for word in ('tea', 'milk'):\n    print(word)"),
      '',
      fence('txt', '>>> tea\n... milky'),
    ].join('\n')
    await expectRestored(printed, printed.replace('milky', 'milk'))
    const values = [
      fence('py', "len('ab')\nsorted('ba')"),
      '',
      fence('txt', ">>> 3\n>>> ['a', 'b']"),
    ].join('\n')
    await expectRestored(values, values.replace('>>> 3', '>>> 2'))
  })

  it('leaves a value comment alone when the statement printed several lines', async () => {
    const post = fence('python', 'print("a\\nb")  # => a\nprint(2)  # => 3')
    const result = await update(post)
    expect(result.text).toBe(post.replace('# => 3', '# => 2'))
    expect(result.leftAlone).toEqual(['2: value comment not updated: it printed 2 lines'])
  })

  it('keeps the documented lines that match: a duration in tolerance, a wildcard', async () => {
    const post = fence(
      'python',
      'import time\nstart = time.perf_counter()\nprint("id:", id(start) > 0)\nprint(f"耗时：{time.perf_counter() - start + 1:.2f}秒")\nprint("完成")\n# 输出：\n# id: [..]\n# 耗时：1.04秒\n# 未完成',
    )
    await expectRestored(post, post.replace('# 未完成', '# 完成'))
  })

  it('leaves an output whose durations alone differ as it is', async () => {
    // The program sleeps, so its round documented timing is what it waits, not the machine's.
    const post = fence(
      'python',
      'import time\ntime.sleep(0.01)\nprint("Execution Time: 0.20")\n# output:\n# Execution Time: 1.20',
    )
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '6: only durations differ, and they change from run to run: update them by hand',
    ])
  })

  it('leaves an output that leaves lines out with `...` alone', async () => {
    const post = `${fence('python', 'for n in range(5):\n    print(n)')}\n\n\`\`\`text\n0\n...\n9\n\`\`\``
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '8: its documented output leaves lines out with `...`: update it by hand',
    ])
  })

  it('keeps the line endings of a CRLF post', async () => {
    const post = `${fence('python', 'print("new")\n# output:\n# old')}\n\nAfter.\n`.replaceAll(
      '\n',
      '\r\n',
    )
    await expectRestored(post, post.replace('# old', '# new'))
  })

  it('rewrites a session’s results written as comment lines in that form, leaving its errors and plain results', async () => {
    const post = [
      fence('python', '>>> s = {3, 1}\n>>> sorted(s)\n# [1, 2]\n>>> len(s)\n#   3'),
      '',
      fence('python', '>>> 1 + 1\n# 2\n>>> [0][1]\n# IndexError: list index out of range'),
    ].join('\n')
    await expectRestored(post, post.replace('# [1, 2]', '# [1, 3]').replace('#   3', '# 2'))
    const stale = fence('python', '>>> 2 * 2\n# 5\n>>> {1}[0]\n# TypeError: old message\n>>> 1\n2')
    const result = await update(stale)
    expect(result.text).toBe(stale.replace('# 5', '# 4'))
    // The stale error and the plain result, each at its own line.
    expect(result.leftAlone).toEqual([
      '5: an interactive session: its output is part of the code, update it by hand',
      '7: an interactive session: its output is part of the code, update it by hand',
    ])
  })

  it('leaves sessions, notes and other failures alone, and lists them', async () => {
    const post = [
      fence('python', '>>> 1 + 1\n3'),
      '',
      fence('python', 'import sys\nprint("x")\nsys.exit(2)\n# output: x'),
      '',
      fence('bash', 'sudo virsh autostart <你的虚拟机名称>\necho ok\n# output: ok'),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.updated).toEqual([])
    expect(result.leftAlone).toEqual([
      '3: an interactive session: its output is part of the code, update it by hand',
      '6: failed: exited with code 2, expected 0',
      '13: not checkable: placeholder `<你的虚拟机名称>` at line 14',
    ])
  })

  it('leaves alone what a sample printed when it did not run through, printed nothing, or whose value the author annotated', async () => {
    const post = [
      fence('bash', 'echo hi; exit 1\n# Output:\n# hello'),
      '',
      fence('python', 'print("DE")  # Output: DE (only 2 characters)\nprint("ab")  # => "ab"'),
      '',
      fence('js', 'const total = 1 + 2'),
      '',
      fence('text', 'This is not what it prints.'),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '4: its output differs, but it exited with code 1, expected 0: fix the code first',
      '8: value comment not updated: it quotes the value or adds words after it',
      '17: it printed nothing: remove or fix its documented output by hand',
    ])
  })

  it('leaves a fence of code that follows a lead-in as it is', async () => {
    const post = [
      fence('python', "print({'a': 1})"),
      '',
      'Output:',
      '',
      fence('python', "{'a': 2}"),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '8: its output fence is labelled `python`, a language of code: update it by hand',
    ])
  })

  it('does not take the command that runs a script for its output', async () => {
    const post = [
      fence('bash', 'for i in 1 2; do echo "hi $i"; done'),
      '',
      'The output for:',
      '',
      fence('bash', './greet.sh Bobby'),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post)
    // The command is a sample of its own, run now that samples with no output run: its note alone.
    expect(result.leftAlone).toEqual([
      '7: not checkable: needs the file greet.sh, which no sample provides',
    ])
  })

  it('writes the output of a sample that failed after one it needs, with that one’s', async () => {
    const post = [
      fence('python', 'greeting = "hello"\nprint(greeting)\n# output: hi'),
      '',
      fence('python', 'print(greeting.upper())\n# output: HI'),
    ].join('\n')
    const restored = post.replace('# output: hi', '# output: hello').replace('HI', 'HELLO')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([1, 7])
  })

  it('rewrites console lines and the answer in the fence after a quiz', async () => {
    const post = [
      fence('js', "[] + [] // -> 'x'\n[...'ab'] // -> [ 'a' ]\n{}{ a: 1 }; // -> 2"),
      '',
      fence('js', 'const [first = 1] = []\nfirst'),
      '',
      'The answer:',
      '',
      fence('js', '// -> 2'),
    ].join('\n')
    const restored = post
      .replace("// -> 'x'", "// -> ''")
      .replace("// -> [ 'a' ]", "// -> [ 'a', 'b' ]")
      .replace('// -> 2\n```\n', '// -> 1\n```\n')
      .replace(/\/\/ -> 2\n```$/, '// -> 1\n```')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([1, 7])
  })

  it('rewrites REPL-style values: after a bare expression, on the comment line under it, in the post’s quotes', async () => {
    const post = fence(
      'javascript',
      "[3, 1].sort()\n// [3, 1]\n\ntypeof 1 // \"string\"\n'a' && 'b' // \"a\"\n\nconsole.log('行')\n// Expected output: 列",
    )
    const restored = post
      .replace('// "string"', '// "number"')
      .replace('// "a"', '// "b"')
      .replace('// [3, 1]', '// [ 1, 3 ]')
      .replace('// Expected output: 列', '// Expected output: 行')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([1])
  })

  it('rewrites Python values after expressions and calls, and leaves documented errors and “prints nothing” to the author', async () => {
    const post = [
      fence('python', "words = ['a']\nlen(words)  # 2\nwords.pop()  # 'b'\nint('x')  # TypeError"),
      '',
      fence('js', "if (1) {\n  console.log('yes')\n} // 无输出"),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post.replace('# 2', '# 1').replace("# 'b'", "# 'a'"))
    expect(result.leftAlone).toEqual([
      '5: its comment says the error it raises: update it by hand',
      '11: its comment says that it prints nothing: update it by hand',
    ])
    expect(result.again).toBe(result.text)
  })

  it('rewrites a loop’s listed values, a value under an assignment and one under a `<-` arrow, in their forms', async () => {
    const post = [
      fence('python', 'for n in range(1, 10, 2):\n    print(n)  # 1, 3, 5, 7, 8'),
      '',
      fence('js', "for (const w of ['a', 'b']) {\n  console.log(w) // 'a', 'c'\n}"),
      '',
      fence(
        'js',
        "const e = Object.entries({ x: 1 });\n// → [['x', 2]]\nconsole.log(e.length)\n// <- 2",
      ),
    ].join('\n')
    const restored = post
      .replace('7, 8', '7, 9')
      .replace("'a', 'c'", "'a', 'b'")
      .replace("[['x', 2]]", "[ [ 'x', 1 ] ]")
      .replace('<- 2', '<- 1')
    await expectRestored(post, restored)
  })

  it('rewrites the value in a post that marks highlights with <mark> tags, keeping the tags', async () => {
    const post = fence('js', 'var a = 1\nconsole.log(<mark>a + 1</mark>)\n// <- 3')
    await expectRestored(post, post.replace('<- 3', '<- 2'))
  })

  it('leaves prints documented inside the function a call runs to the author', async () => {
    const post = fence('js', 'function f() {\n  console.log(1); // 2\n}\nf();')
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '3: its prints are documented inside the function it calls: update them by hand',
    ])
  })

  it('rewrites the printed lines listed under a loop or a printing callback, without the call’s value', async () => {
    const post = [
      fence('js', 'for (const n of [1, 2]) {\n  console.log(n * 2)\n}\n//> 2, 5'),
      '',
      fence(
        'js',
        '[0, 1, 2].some((n) => {\n  if (n === 2) return true\n  console.log(n)\n})\n//> 0, 7',
      ),
    ].join('\n')
    await expectRestored(post, post.replace('2, 5', '2, 4').replace('0, 7', '0, 1'))
  })

  it('rewrites the output under a comment announcing it, and leaves a block comment’s to the author', async () => {
    const post = [
      fence('js', "console.log('a')\nconsole.log('b')\n\n// Will print\n//a\n//c"),
      '',
      fence('js', 'console.log(1 + 1)\n\n/*\n3\n*/'),
    ].join('\n')
    const result = await update(post)
    expect(result.text).toBe(post.replace('//a\n//c', '//a\n//b'))
    expect(result.leftAlone).toEqual([
      '14: its output is written in a block comment: update it by hand',
    ])
    expect(result.again).toBe(result.text)
  })

  it('rewrites a value after a verb, keeping the verb and the quotes', async () => {
    const post = fence(
      'js',
      'const x = \'d\'\nconsole.log(x) // Outputs "c"\nconsole.log(x.length) // prints 2',
    )
    const result = await expectRestored(
      post,
      post.replace('Outputs "c"', 'Outputs "d"').replace('prints 2', 'prints 1'),
    )
    expect(result.updated).toHaveLength(1)
  })

  it('writes a date in the browser’s form the post uses, in its zone, and leaves one that holds', async () => {
    const post = fence(
      'js',
      [
        'console.log(new Date(Date.UTC(2000, 0, 1))) // Sat Jan 01 2000 08:00:00 GMT+0800 (China Standard Time)',
        'console.log(new Date(Date.UTC(2000, 0, 2))) // Sat Jan 01 2000 00:00:00 UTC',
        'console.log(new Date(Date.UTC(2000, 0, 3))) // -> Sat Jan 01 2000 08:00:00 GMT+0800 (中国标准时间)',
      ].join('\n'),
    )
    await expectRestored(
      post,
      post
        .replace('Sat Jan 01 2000 00:00:00 UTC', 'Sun Jan 02 2000 00:00:00 UTC')
        .replace('-> Sat Jan 01 2000 08:00:00', '-> Mon Jan 03 2000 08:00:00'),
    )
  })
})

describe('updateOutputs on the forms written in other notes', () => {
  it('rewrites a value comment written against its statement, keeping the author’s spacing', async () => {
    const post = fence(
      'js',
      'function f(x) {\n  console.log(x + 1);\n}\nf(-3);// 0\n[1].includes(1)// false',
    )
    await expectRestored(
      post,
      post.replace('f(-3);// 0', 'f(-3);// -2').replace('// false', '// true'),
    )
  })

  it('leaves an IPython session with continuation lines and a lone `Out[n]:` line to the author', async () => {
    const post = fence(
      'python',
      "In [1]: s = '''a\n   ...: b'''\nIn [2]: s.split()\nOut[2]:\n['a',\n 'c']",
    )
    const result = await update(post)
    expect(result.text).toBe(post)
    expect(result.leftAlone).toEqual([
      '7: an interactive session: its output is part of the code, update it by hand',
    ])
  })
})

describe('updateOutputs on another console’s transcript', () => {
  it('writes the new value after the `=> ` mark and after a prompt line’s value comment', async () => {
    const post = [
      fence('js', "const seen = new Set(['a']);"),
      '',
      fence('js', "$ seen.has('a')\n=> false\n$ seen.size\n=> 1"),
      '',
      fence('js', "let more = new Set();\n> more.add('b');\n> more.size; // 2"),
    ].join('\n')
    const restored = post
      .replace('=> false', '=> true')
      .replace('more.size; // 2', 'more.size; // 1')
    const result = await expectRestored(post, restored)
    expect(result.updated).toEqual([5, 12])
  })
})
