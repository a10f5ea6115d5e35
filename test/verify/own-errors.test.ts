import { describe, expect, it } from 'vitest'
import { stopCause } from '../../src/verify/judge/own-errors.js'
import { sampleOf } from './sample-of.js'

const file = '/tmp/postdeck-x/sample.py'
const traceback = (line: number, error: string, path = file) =>
  `Traceback (most recent call last):\n  File "${path}", line ${line}, in <module>\n    x\n${error}\n`

describe('stopCause of a sample with no documented output', () => {
  it.each([
    [
      'a call missing its argument',
      'def f(a):\n    return a\n\nf()',
      4,
      "TypeError: f() missing 1 required positional argument: 'a'",
    ],
    [
      'a float index',
      'xs = [1]\nprint(xs[0.5])',
      2,
      'TypeError: list indices must be integers or slices, not float',
    ],
    ['a misspelt name', 'total = 1\nprint(totl)', 2, "NameError: name 'totl' is not defined"],
    [
      'a Python 2 built-in',
      'reduce(lambda a, b: a + b, [1, 2])',
      1,
      "NameError: name 'reduce' is not defined",
    ],
    [
      'a name bound later in the sample',
      'class A:\n    URI = URI\n',
      2,
      "NameError: name 'URI' is not defined",
    ],
  ])('fails on %s', (_, code, line, error) => {
    expect(stopCause(sampleOf('python', code), traceback(line, error), file)).toEqual({
      own: true,
      line,
      error,
    })
  })

  it.each([
    [
      'a file of the author',
      'open("/home/a/x.csv")',
      "FileNotFoundError: [Errno 2] No such file or directory: '/home/a/x.csv'",
      'a file or folder',
    ],
    ['typed input', 'input()', 'EOFError: EOF when reading a line', 'typed input'],
    [
      'a package to install',
      'import numpy',
      "ModuleNotFoundError: No module named 'numpy'",
      'not installed',
    ],
    [
      'the network',
      'import socket',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      'the network',
    ],
    [
      'setup the post does not show',
      'result = process(data)',
      "NameError: name 'process' is not defined",
      'setup the post does not show',
    ],
    [
      'placeholders numbered like each other',
      'd = {key1: value1, key2: value2}',
      "NameError: name 'key1' is not defined",
      'setup the post does not show',
    ],
    [
      'command-line arguments',
      'import sys\nn = sys.argv[1]',
      'IndexError: list index out of range',
      'command-line arguments',
    ],
  ])('notes %s', (_, code, error, why) => {
    const line = code.split('\n').length
    const cause = stopCause(sampleOf('python', code), traceback(line, error), file)
    expect(cause?.own).toBe(false)
    expect(cause && !cause.own && cause.why).toContain(why)
  })

  it('notes an error raised inside a library, not at a line of the sample', () => {
    const output = traceback(1, 'TypeError: bad', '/usr/lib/python3/json/__init__.py')
    expect(stopCause(sampleOf('python', 'import json'), output, file)).toMatchObject({ own: false })
  })

  it('fails on a JavaScript name misspelt, notes a browser global or setup', () => {
    const js = '/tmp/postdeck-x/sample.cjs'
    const thrown = (line: number, error: string) =>
      `${js}:${line}\nx\n^\n\n${error}\n    at Object.<anonymous> (${js}:${line}:1)\n`
    expect(
      stopCause(
        sampleOf('js', 'const n = 1\ncosole.log(n)'),
        thrown(2, 'ReferenceError: cosole is not defined'),
        js,
      ),
    ).toMatchObject({ own: true, line: 2 })
    expect(
      stopCause(
        sampleOf('js', 'document.title'),
        thrown(1, 'ReferenceError: document is not defined'),
        js,
      ),
    ).toMatchObject({ own: false })
    expect(
      stopCause(
        sampleOf('js', 'render(app)'),
        thrown(1, 'ReferenceError: render is not defined'),
        js,
      ),
    ).toMatchObject({ own: false })
    expect(
      stopCause(
        sampleOf('js', 'fs.readFileSync("x")'),
        thrown(1, "Error: ENOENT: no such file or directory, open 'x'"),
        js,
      ),
    ).toMatchObject({ own: false })
  })

  it('fails on what bash says of the code, not on a missing command or file', () => {
    const sh = '/tmp/postdeck-x/.sample.bash'
    expect(
      stopCause(
        sampleOf('bash', ['echo $', '{x[0]"0"}'].join('')),
        `${sh}: line 1: \${x[0]"0"}: bad substitution\n`,
        sh,
      ),
    ).toMatchObject({ own: true, line: 1 })
    expect(
      stopCause(
        sampleOf('bash', 'echo $((1/0))'),
        `${sh}: line 1: 1/0: division by 0 (error token is "0")\n`,
        sh,
      ),
    ).toMatchObject({ own: true })
    expect(
      stopCause(sampleOf('bash', 'mysql -u root'), `${sh}: line 1: mysql: command not found\n`, sh),
    ).toBeUndefined()
  })
})

describe('stopCause: lines that are not code in earnest', () => {
  const js = '/tmp/postdeck-x/sample.cjs'
  const thrown = (line: number, error: string) =>
    `${js}:${line}\nx\n^\n\n${error}\n    at Object.<anonymous> (${js}:${line}:1)\n`

  it('notes an error on a line whose comment says it fails', () => {
    const code = 'const a = 3.14; // fixed\na = 6.28;       // Impossible!'
    const output = thrown(2, 'TypeError: Assignment to constant variable.')
    expect(stopCause(sampleOf('js', code), output, js)).toMatchObject({ own: false })
  })

  it('notes a type written where a value goes, and a result written after `=`', () => {
    expect(
      stopCause(
        sampleOf('python', 'int(str)'),
        traceback(
          1,
          "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'type'",
        ),
        file,
      ),
    ).toMatchObject({ own: false })
    expect(
      stopCause(
        sampleOf('js', '0.1.toPrecision(21) = 0.1000'),
        thrown(1, 'ReferenceError: Invalid left-hand side in assignment'),
        js,
      ),
    ).toMatchObject({ own: false })
  })

  it('reads a name differing by case alone as a placeholder, not a typo', () => {
    const code = 'str.match(regexp)'
    expect(
      stopCause(sampleOf('js', code), thrown(1, 'ReferenceError: regexp is not defined'), js),
    ).toMatchObject({ own: false })
  })

  it('reads a plural beside the loop variable as a list the page does not show, not a typo', () => {
    const code = 'words = {}\nfor item in items:\n    words[len(item)] = item'
    const error = "NameError: name 'items' is not defined. Did you mean: 'iter'?"
    expect(stopCause(sampleOf('python', code), traceback(2, error), file)).toMatchObject({
      own: false,
    })
    const typo = 'item = 1\nprint(iten)'
    expect(
      stopCause(
        sampleOf('python', typo),
        traceback(2, "NameError: name 'iten' is not defined"),
        file,
      ),
    ).toMatchObject({ own: true })
  })

  it('notes a shell synopsis naming its placeholder in another script', () => {
    const sh = '/tmp/postdeck-x/.sample.bash'
    const output = `${sh}: line 1: \`变量': not a valid identifier\n`
    expect(
      stopCause(sampleOf('bash', 'for 变量 in 列表\ndo\n  :\ndone'), output, sh),
    ).toBeUndefined()
  })
})

describe('stopCause of a standard module used with no import', () => {
  const nameError = "NameError: name 're' is not defined"

  it('is setup the page leaves out when the call is a signature of undefined names', () => {
    const cause = stopCause(
      sampleOf('python', 're.split(pattern, string)'),
      traceback(1, nameError),
      file,
    )
    expect(cause).toMatchObject({ own: false, line: 1 })
  })

  it('is the sample’s own slip when the call has a literal or bound names', () => {
    expect(
      stopCause(sampleOf('python', "re.split(r'\\W+', 'a, b')"), traceback(1, nameError), file),
    ).toEqual({ own: true, line: 1, error: nameError })
    expect(
      stopCause(
        sampleOf('python', "text = 'a1'\nprint(re.findall(pattern, text))\npattern = 'x'"),
        traceback(2, nameError),
        file,
      ),
    ).toEqual({ own: true, line: 2, error: nameError })
  })
})
