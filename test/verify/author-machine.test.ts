import { describe, expect, it } from 'vitest'
import { authorMachineNeed } from '../../src/verify/read/not-checkable/needs/author-machine.js'
import {
  pastedOutput,
  pastedUnderMarker,
} from '../../src/verify/read/outputs/pasted/pasted-output.js'
import { runnerFor } from '../../src/verify/runners.js'
import { sampleOf } from './sample-of.js'

const folder = '/tmp/postdeck-sample-abc'

const sample = (language: string, code: string, documented = '') =>
  sampleOf(language, code, documented)

describe('authorMachineNeed', () => {
  it.each([
    [
      'a folder the code enters',
      'cd ~/projects/blog\nls',
      `bash: line 1: cd: ${folder}/projects/blog: No such file or directory`,
      'projects/blog',
    ],
    [
      'a file ls lists',
      'ls -l /tmp/tmp.4GcsWSG4vj',
      "ls: cannot access '/tmp/tmp.4GcsWSG4vj': No such file or directory",
      '/tmp/tmp.4GcsWSG4vj',
    ],
    [
      'the folder of a template',
      'mktemp -p /home/ann/',
      'mktemp: failed to create file via template ‘/home/ann/tmp.XXXXXXXXXX’: No such file or directory',
      '/home/ann',
    ],
    [
      'a folder find walks, which GNU find quotes',
      'find ./src -name "*.py"',
      'find: ‘./src’: No such file or directory',
      './src',
    ],
    [
      'a folder du sizes, quoted',
      'du -sh 项目目录',
      "du: cannot access '项目目录': No such file or directory",
      '项目目录',
    ],
  ])('names %s that is not there', (_name, code, output, named) => {
    expect(authorMachineNeed(sample('bash', code), output, `${folder}/sample.bash`)).toBe(
      `needs the author's machine: \`${named}\` is not there`,
    )
  })

  it('names a file a Python program opens', () => {
    const output = "FileNotFoundError: [Errno 2] No such file or directory: 'data/scores.csv'"
    expect(
      authorMachineNeed(sample('python', "open('data/scores.csv')"), output, `${folder}/sample.py`),
    ).toBe("needs the author's machine: `data/scores.csv` is not there")
  })

  it('names a module file a JavaScript sample imports, not a package nor a file it requires', () => {
    const code = "foo.doSomething()\nimport foo from './modules/foo'"
    const output = `Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${folder}/modules/foo' imported from ${folder}/sample.mjs`
    expect(authorMachineNeed(sample('js', code), output, `${folder}/sample.mjs`)).toBe(
      "needs the author's machine: `modules/foo` is not there",
    )
    const required = "Error: Cannot find module './me.js'\nRequire stack:"
    expect(
      authorMachineNeed(sample('js', "require('./me.js')()"), required, `${folder}/sample.cjs`),
    ).toBeUndefined()
    const packaged = "Error: Cannot find module 'lodash'"
    expect(
      authorMachineNeed(sample('js', "require('lodash')"), packaged, `${folder}/sample.cjs`),
    ).toBeUndefined()
  })

  it("tells the author's directory stack", () => {
    expect(authorMachineNeed(sample('bash', 'dirs'), '~', `${folder}/sample.bash`)).toBe(
      "needs the author's shell: its directory stack",
    )
    expect(
      authorMachineNeed(
        sample('bash', 'pushd +3'),
        'bash: pushd: directory stack empty',
        `${folder}/sample.bash`,
      ),
    ).toBe("needs the author's shell: its directory stack")
  })

  it('leaves alone a sample that makes its own stack, a path the code does not name, and an error the post shows', () => {
    const own = sample('bash', 'mkdir -p a/b\npushd a\npushd b\ndirs')
    expect(authorMachineNeed(own, '~/a/b ~/a ~', `${folder}/sample.bash`)).toBeUndefined()
    const other = sample('bash', 'cat notes.txt | sort | uniq -c')
    const message = 'bash: line 1: ./missing-tool: No such file or directory'
    expect(authorMachineNeed(other, message, `${folder}/sample.bash`)).toBeUndefined()
    const shown = sample('bash', 'cat nothing.txt', 'cat: nothing.txt: No such file or directory')
    expect(
      authorMachineNeed(
        shown,
        'cat: nothing.txt: No such file or directory',
        `${folder}/sample.bash`,
      ),
    ).toBeUndefined()
  })

  it("tells a listing of the author's folder, not one of files the sample made", () => {
    const listing = 'total 8\n-rwxr-xr-x 1 ann staff 58 1 22 16:20 demo1'
    expect(authorMachineNeed(sample('bash', 'ls -l', listing), 'total 0', '')).toBe(
      "needs the author's machine: the listing of the author's folder",
    )
    expect(authorMachineNeed(sample('bash', 'echo $(ls -al)', listing), '', '')).toBeDefined()
    expect(authorMachineNeed(sample('bash', 'touch a b\nls', 'a\nc'), 'a\nb', '')).toBeUndefined()
    expect(authorMachineNeed(sample('bash', 'ls /etc/hosts', listing), '', '')).toBeUndefined()
  })
})

describe("what of the author's machine a failed sample read", () => {
  it('notes a home path the code does not name, a listing of files it made none of, an unset variable', () => {
    const cwd = sample(
      'python',
      'from pathlib import Path\nprint(Path.cwd())',
      '/home/ann/code/demo',
    )
    expect(authorMachineNeed(cwd, `${folder}\n`, '')).toBe(
      "needs the author's machine: its path `/home/ann/code/demo`",
    )
    const glob = sample('python', 'from glob import glob\nprint(glob("src/*.py"))', "['src/a.py']")
    expect(authorMachineNeed(glob, '[]\n', '')).toBe(
      'needs the author\'s machine: the files that `glob("src/*.py")` finds',
    )
    const host = sample('bash', 'echo "$HOST"', 'xps')
    expect(authorMachineNeed(host, '\n', '')).toBe(
      "needs the author's machine: its environment variable `$HOST`",
    )
  })

  it('still fails a sample whose own files and variables make its output', () => {
    const made = 'open("src/a.py", "w").close()\nfrom glob import glob\nprint(glob("src/*.py"))'
    expect(authorMachineNeed(sample('python', made, "['src/b.py']"), "['src/a.py']\n", '')).toBe(
      undefined,
    )
    const frame =
      '  File "/Users/ann/x.py", line 4\n    if x\n       ^\nSyntaxError: expected \':\''
    expect(authorMachineNeed(sample('python', 'if x\n  pass', frame), 'SyntaxError\n', '')).toBe(
      undefined,
    )
    // Naming the home folder, the run prints the reader's: a difference left is the sample's own.
    const home = sample('bash', 'dirname ~/notes/drafts/', '/home/ann/notes/')
    expect(authorMachineNeed(home, `${folder}/notes\n`, '')).toBeUndefined()
    const named = sample('python', 'print("/home/ann/x")', '/home/ann/y')
    expect(authorMachineNeed(named, '/home/ann/x\n', '')).toBeUndefined()
    const withDefault = 'echo "$' + '{HOST:-none}"'
    for (const code of ['HOST=xps\necho "$HOST"', withDefault, "echo '$HOST' $HOME"]) {
      expect(authorMachineNeed(sample('bash', code, 'xps'), 'none\n', '')).toBeUndefined()
    }
  })
})

describe('pastedOutput', () => {
  const python = runnerFor('python')
  if (!python) throw new Error('no python runner')

  it('reads value lines under a print as its output', () => {
    const output = pastedOutput(
      "import string\nprint(list(string.digits[:2]))\n['0', '1']\n",
      20,
      python,
    )
    expect(output).toMatchObject({
      kind: 'statements',
      lines: ["['0', '1']"],
      lineNumbers: [23],
      parts: [{ from: 2, to: 2, lines: ["['0', '1']"] }],
    })
  })

  it('leaves alone a value line that is not under a print, and other languages', () => {
    expect(pastedOutput("x = 1\n['0', '1']", 20, python)).toBeUndefined()
    const javascript = runnerFor('js')
    if (!javascript) throw new Error('no js runner')
    expect(pastedOutput('console.log([0, 1])\n[0, 1]', 20, javascript)).toBeUndefined()
  })

  it('reads value lines under an output marker as what the code above prints, in English and in Chinese', () => {
    const printed = pastedUnderMarker('print(add(-5, 6, abs))\n\n#输出\n11\n', 20, python)
    expect(printed).toMatchObject({
      lines: ['11'],
      lineNumbers: [24],
      parts: [{ from: 1, to: 2, value: false }],
    })
    const shown = pastedUnderMarker(
      '[x * x for x in range(1, 4)]\n# Output:\n[1, 4, 9]\n',
      20,
      python,
    )
    expect(shown).toMatchObject({
      lines: ['[1, 4, 9]'],
      lineNumbers: [23],
      parts: [{ from: 1, to: 1, value: true }],
    })
  })

  it('leaves value lines under a marker alone when nothing above it prints or shows a value', () => {
    expect(pastedUnderMarker('x = [1, 4, 9]\n# Output:\n[1, 4, 9]\n', 20, python)).toBeUndefined()
    expect(pastedUnderMarker('# 输出\n[1, 4, 9]\n', 20, python)).toBeUndefined()
    expect(pastedUnderMarker('print(1)\n# compute\n[1, 4, 9]\n', 20, python)).toBeUndefined()
  })

  it('reads a value line right under the expression ending the sample as its REPL value', () => {
    const code = "d = {'x': 'A', 'y': 'B'}\n[k + '=' + v for k, v in d.items()]\n['x=A', 'y=B']\n"
    expect(pastedUnderMarker(code, 20, python)).toMatchObject({
      lines: ["['x=A', 'y=B']"],
      lineNumbers: [23],
      parts: [{ from: 2, to: 2, value: true }],
    })
  })

  it('leaves a value line alone under a call, a name, a print or an assignment', () => {
    for (const code of [
      'L = [1, 2]\nL.append(3)\n[1, 2, 3]\n',
      'L = [1, 2]\nL\n[1, 2]\n',
      'print(1)\n[x for x in range(2)]\n[0, 1]\n',
      'L = [x for x in range(2)]\n[0, 1]\n',
    ]) {
      expect(pastedUnderMarker(code, 20, python)).toBeUndefined()
    }
  })
})
