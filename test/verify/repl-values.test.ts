import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  blankKeepsNames,
  sessionBlank,
} from '../../src/verify/read/not-checkable/shown/session-blanks.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { sessionForDoctest } from '../../src/verify/read/transcripts/python-sessions.js'
import { type Runner, runnerFor } from '../../src/verify/runners.js'
import { runCli } from '../cli/run-cli.js'

function runner(language: string): Runner {
  const found = runnerFor(language)
  if (!found) throw new Error(`no runner for ${language}`)
  return found
}

/** Each documented part of a sample: its lines, what it documents, and the name or error it shows. */
function parts(code: string, language = 'python') {
  return (statementOutputs(code, 0, runner(language))?.parts ?? []).map((part) => ({
    lines: `${part.from}-${part.to}`,
    documented: part.lines,
    ...(part.value && { value: true }),
    ...(part.shows !== undefined && { shows: part.shows }),
    ...(part.error && { error: part.error.name ?? '(unnamed)' }),
  }))
}

describe('value comments on assignments', () => {
  it('reads a value, `name = value` and a value with a remark, never prose', () => {
    expect(
      parts(
        "b = a[0]  # 'H'\nc = x  # c = 'ñ'\nd = a[-1]  # 'd' (end of string)\nx = 5  # x is five\ny = 1  # one, as a remark\n数量 = 3  # 3（三个）",
      ),
    ).toEqual([
      { lines: '1-1', documented: ["'H'"], value: true, shows: 'b' },
      { lines: '2-2', documented: ["'ñ'"], value: true, shows: 'c' },
      { lines: '3-3', documented: ["'d'"], value: true, shows: 'd' },
      { lines: '6-6', documented: ['3'], value: true, shows: '数量' },
    ])
  })

  it('reads JavaScript declarations, their last line carrying the comment', () => {
    expect(
      parts(
        'const a = new Array(2).fill(null); // [null, null]\nconst b =\n  [1].map((n) => n); // [1]\nlet c = 2 // two of them',
        'js',
      ),
    ).toEqual([
      { lines: '1-1', documented: ['[null, null]'], value: true, shows: 'a' },
      { lines: '2-3', documented: ['[1]'], value: true, shows: 'b' },
    ])
  })

  it('reads a value then words in brackets after an expression', () => {
    expect(parts("data[0]   # 72 (ASCII code for 'H')")).toEqual([
      { lines: '1-1', documented: ['72'], value: true },
    ])
  })
})

describe('# Output: blocks as a REPL shows them', () => {
  it('echoes a bare call, or the name assigned last, under code that prints nothing', () => {
    expect(parts('f(1)\n# Output: [1]\n\nx = g()\n\n# Output: 24\nprint(x)\n# Output: 24')).toEqual(
      [
        { lines: '1-1', documented: ['[1]'], value: true },
        { lines: '3-5', documented: ['24'], value: true, shows: 'x' },
        { lines: '7-7', documented: ['24'] },
      ],
    )
  })

  it('reads a traceback in comments as the error it names', () => {
    expect(
      parts(
        'print(next(g))\n# Output: Traceback (most recent call last):\n#    File "<stdin>", line 1, in <module>\n#  StopIteration',
      ),
    ).toEqual([
      {
        lines: '1-1',
        documented: [
          'Traceback (most recent call last):',
          '   File "<stdin>", line 1, in <module>',
          ' StopIteration',
        ],
        error: 'StopIteration',
      },
    ])
  })
})

describe('sessions as readers paste them', () => {
  it('gives a pasted block body its `... ` prompts and indents a flush-left File line, line for line', () => {
    const session = [
      '>>> def f(name):',
      "        'Doc'",
      '        print(name)',
      '',
      ">>> f('x')",
      'x',
      ">>> 'a'[0] = 'b'",
      'Traceback (most recent call last):',
      'File "<stdin>", line 1, in <module>',
      'TypeError: no',
      '>>> quit()',
    ]
    expect(sessionForDoctest(session.join('\n')).split('\n')).toEqual([
      '>>> def f(name):',
      "...         'Doc'",
      '...         print(name)',
      '',
      ">>> f('x')",
      'x',
      ">>> 'a'[0] = 'b'",
      'Traceback (most recent call last):',
      '  File "<stdin>", line 1, in <module>',
      'TypeError: no',
      '',
    ])
  })

  it('tells exercise blanks, key presses and rewrapped elisions from wrong outputs', () => {
    const source = ['>>> s = ?', '>>> s.<tab key>', '>>> s[0]', '?', '>>> dir(s)', '>>> s[1]']
    expect(sessionBlank(source, 0, undefined)).toMatch(/exercise blank/)
    expect(sessionBlank(source, 1, undefined)).toMatch(/key press `<tab key>`/)
    expect(sessionBlank(source, 2, '?\n')).toMatch(/exercise blank `\?` for an output/)
    expect(blankKeepsNames(sessionBlank(source, 2, '?\n') ?? '')).toBe(true)
    expect(blankKeepsNames(sessionBlank(source, 0, undefined) ?? '')).toBe(false)
    expect(sessionBlank(source, 4, "['a', ..., 'b',\n'c']\n")).toMatch(/left out/)
    expect(sessionBlank(source, 5, "'x'\n")).toBeUndefined()
    expect(sessionBlank(['>>> a if b else c'], 0, '1\n')).toBeUndefined()
  })
})

describe('verify --update on value comments of assignments', () => {
  it('writes the real value back, and a second run changes nothing', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-repl-update-'))
    const post = path.join(folder, 'post.md')
    const fence = (first: string, second: string) =>
      `---\ntitle: 'Update'\npublished: 2026-11-20\n---\n\n\`\`\`python\nword = 'deck'\nfirst = word[0]  # ${first}\nsize = len(word)  # ${second}\n\`\`\`\n`
    await writeFile(post, fence("'x'", '9'))
    const first = await runCli(['verify', 'post.md', '--update', '--no-cache'], folder)
    expect(first.code).toBe(0)
    expect(await readFile(post, 'utf8')).toBe(fence("'d'", '4'))
    await copyFile(post, path.join(folder, 'after.md'))
    const second = await runCli(['verify', 'post.md', '--update', '--no-cache'], folder)
    expect(second.code).toBe(0)
    expect(await readFile(post, 'utf8')).toBe(await readFile(path.join(folder, 'after.md'), 'utf8'))
  })
})
