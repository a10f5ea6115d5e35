import { describe, expect, it } from 'vitest'
import { matchesPathWords } from '../../src/verify/compare/path-words.js'
import { versionShown } from '../../src/verify/read/not-checkable/needs/version-commands.js'
import { hanPlaceholderAt } from '../../src/verify/read/not-checkable/shown/han-placeholders.js'
import { isCodeAfterArrow } from '../../src/verify/read/outputs/comments/code-after-arrow.js'
import { isOutputHeading } from '../../src/verify/read/outputs/comments/output-headings.js'
import { withoutNote } from '../../src/verify/read/outputs/comments/output-notes.js'
import { uncomment } from '../../src/verify/read/outputs/documented-output.js'
import { markedRawOutput } from '../../src/verify/read/outputs/pasted/marked-raw-output.js'
import type { Sample } from '../../src/verify/read/remark-extract-samples.js'
import { withoutRuleLines } from '../../src/verify/read/rule-lines.js'
import { commentedValues } from '../../src/verify/read/transcripts/commented-values.js'
import { listedFile, listedLines } from '../../src/verify/read/transcripts/editor-listings.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const js = runnerFor('js')
if (!python || !js) throw new Error('no runner')

describe('comment markers written as headings', () => {
  it('reads `## x` and `### x` as the comment `x`, and a rule of `#` as no text', () => {
    expect(uncomment('## 输出结果', ['#'])).toBe('输出结果')
    expect(uncomment('### Output:', ['#'])).toBe('Output:')
    expect(uncomment('## [3, 4, 5]', ['#'])).toBe('[3, 4, 5]')
    expect(uncomment('#!/bin/bash', ['#'])).toBe('!/bin/bash')
    expect(uncomment('# a # b', ['#'])).toBe('a # b')
  })
  it('takes `Output` and `输出结果` alone as headings, not a remark going on', () => {
    expect(isOutputHeading('Output')).toBe(true)
    expect(isOutputHeading('输出结果:')).toBe(true)
    expect(isOutputHeading('output the sum of the list')).toBe(false)
  })
  it('drops a note set off after a line of output, not a `#` of the output', () => {
    expect(withoutNote("([1, 2],) <class 'tuple'>\t\t# 返回元组", ['#'])).toBe(
      "([1, 2],) <class 'tuple'>",
    )
    expect(withoutNote('3   // the sum', ['//'])).toBe('3')
    expect(withoutNote('a # b', ['#'])).toBe('a # b')
  })
})

describe('output pasted under a marker, and rules', () => {
  it('reads the lines under `# output` as output when they are no code', () => {
    const code = 'a = [1, 2]\nprint("Original list:", a)\n# output\nOriginal list: [1, 2]\n'
    const read = markedRawOutput(code, 10, python)
    expect(read?.expected.lines).toEqual(['Original list: [1, 2]'])
    expect(read?.expected.lineNumbers).toEqual([14])
    expect(read?.code.split('\n')[3]).toBe('')
  })
  it('leaves code under a heading comment alone', () => {
    expect(markedRawOutput('x = 1\n# output\nprint(x)\n', 1, python)).toBeUndefined()
  })
  it('blanks a rule of dashes only when that makes the sample parse', () => {
    expect(withoutRuleLines('print(8)\n# 8\n----------\n# note\n', python)).toBe(
      'print(8)\n# 8\n\n# note\n',
    )
    expect(withoutRuleLines('print(8)\n', python)).toBeUndefined()
    expect(withoutRuleLines('x = """\n-----\n"""\n', python)).toBeUndefined()
  })
})

describe('files written in an editor in a transcript', () => {
  it('writes the lines under `vim x.sh` and under `cat x.sh` for a script', () => {
    const edited = listedFile('vim count.sh', ['#!/bin/bash', "echo 'hi'"], [])
    expect(edited).toEqual({
      code: `> count.sh printf '%s\\n' '#!/bin/bash' 'echo '\\''hi'\\'''`,
      output: false,
    })
    expect(listedFile('cat menu.sh', ['#!/bin/bash', 'echo a'], [])?.output).toBe(true)
  })
  it('keeps `cat` of a file the session wrote, and of a file that is no script, a claim', () => {
    expect(listedFile('cat notes.txt', ['hello'], [])).toBeUndefined()
    expect(listedFile('cat run.sh', ['#!/bin/sh'], ['echo x > run.sh'])).toBeUndefined()
  })
  it('writes a listed file with no `#!` that a later command names, and keeps the note under it out', () => {
    const later = { commands: ['join employee.txt bonus.txt'], shown: [] }
    expect(listedFile('cat employee.txt', ['100 Ann', '', '# join them'], [], later)).toEqual({
      code: `> employee.txt printf '%s\\n' '100 Ann'; cat employee.txt`,
      output: true,
    })
    expect(listedFile('cat /etc/hosts', ['127.0.0.1 localhost'], [], later)).toBeUndefined()
  })
  it('makes a listed script executable when the transcript runs it by its path, unless refused', () => {
    const runs = { commands: ['./count.sh'], shown: ['1'] }
    expect(listedFile('cat count.sh', ['echo 1'], [], runs)?.code).toBe(
      `> count.sh printf '%s\\n' 'echo 1'; chmod +x count.sh; cat count.sh`,
    )
    const refused = { commands: ['./count.sh'], shown: ['bash: ./count.sh: Permission denied'] }
    expect(listedFile('cat count.sh', ['#!/bin/sh', 'echo 1'], [], refused)?.code).not.toContain(
      'chmod',
    )
  })
  it('reads back the lines of the files a transcript lists', () => {
    expect(
      listedLines(`> a.sh printf '%s\\n' 'echo "it'\\''s"' 'for (( ; ; ))'; cat a.sh`),
    ).toEqual([`echo "it's"`, 'for (( ; ; ))'])
  })
})

describe("the author's machine", () => {
  it('names the program a command asks for its version', () => {
    expect(versionShown('python3 --version 2> /dev/null')).toBe('python3')
    expect(versionShown('node -v')).toBe('node')
    expect(versionShown('bash tool.sh --version')).toBeUndefined()
    expect(versionShown('echo --version is an option')).toBeUndefined()
  })
  it('matches a word standing for a path with the path and the brackets it took along', () => {
    expect(matchesPathWords('cb=[f() at path> <x>', 'cb=[f() at /usr/lib/a.py:3]> <x>')).toBe(true)
    expect(
      matchesPathWords(
        'coro=<foo() running at task_file_path>',
        'coro=<foo() running at <sample>:4>>',
      ),
    ).toBe(true)
    expect(matchesPathWords('at path>', 'at pathos>')).toBe(false)
  })
})

describe('comments that are code or name the output', () => {
  it('takes a lambda or a comprehension after an arrow for code, a value for a value', () => {
    expect(isCodeAfterArrow('map(lambda x: x * x, [1, 2])')).toBe(true)
    expect(isCodeAfterArrow('[i for i in li if i > 2]')).toBe(true)
    expect(isCodeAfterArrow('<function <lambda> at 0x10>')).toBe(false)
    expect(isCodeAfterArrow('[3, 4, 5]')).toBe(false)
  })
  it("reads a transcript's `# Print: x` lines as the values, and nothing else", () => {
    expect(commentedValues(['# Print: a+b '])).toEqual(['a+b'])
    expect(commentedValues(['# 输出：8', '', '# => 9'])).toEqual(['8', '9'])
    expect(commentedValues(['# a note'])).toBeUndefined()
    expect(commentedValues(['8'])).toBeUndefined()
  })
})

describe('synopses naming their slots in Chinese', () => {
  const bash = runnerFor('bash')
  const sample = (code: string) => ({ code, runner: bash, line: 10 }) as unknown as Sample
  it('notes a bracketed Chinese slot or an arithmetic of Chinese words, outside quotes', () => {
    expect(hanPlaceholderAt(sample('echo [选项] [字符串]'))).toContain('`[选项]`')
    expect(hanPlaceholderAt(sample('for ((变量;条件;自增减运算));do\n  commands\ndone'))).toContain(
      'at line 11',
    )
    expect(hanPlaceholderAt(sample('echo "[错误] 没有这个文件"'))).toBeUndefined()
    expect(hanPlaceholderAt(sample('ls [abc]*'))).toBeUndefined()
  })
})
