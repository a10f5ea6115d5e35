import { describe, expect, it } from 'vitest'
import { interpreterListing } from '../../src/verify/read/not-checkable/needs/interpreter-listings.js'
import { sessionNote } from '../../src/verify/read/not-checkable/needs/session-unrunnable.js'

describe('interpreterListing', () => {
  it('reads `dir()` names of another Python version as the author’s interpreter', () => {
    const want = "['__add__', 'count', 'join', 'zfill']\n"
    const got = "['__add__', 'count', 'join', 'removeprefix', 'zfill']\n"
    expect(interpreterListing('>>> dir(x)', want, got)).toMatch(/Python version/)
    expect(interpreterListing('>>> print(dir(x))', want, got)).toMatch(/Python version/)
  })

  it('keeps a `dir()` whose result is no list of names, or another object’s names', () => {
    const want = "['__add__', 'count', 'join', 'zfill']\n"
    const error = "Traceback (most recent call last):\nNameError: name 'x' is not defined\n"
    expect(interpreterListing('>>> dir(x)', want, error)).toBeUndefined()
    const other = "['__abs__', 'bit_length', 'real', 'to_bytes']\n"
    expect(interpreterListing('>>> dir(x)', want, other)).toBeUndefined()
    // Another call that lists names is compared.
    expect(interpreterListing('>>> sorted(d)', want, other)).toBeUndefined()
  })

  it('reads bytecode of another Python version as the author’s interpreter', () => {
    const want = '  1           0 LOAD_NAME                0 (y)\n              2 GET_ITER\n'
    const got =
      '  0           RESUME                   0\n\n  1           LOAD_NAME                0 (y)\n'
    expect(interpreterListing(">>> dis.dis('for x in y: pass')", want, got)).toMatch(/bytecode/)
    expect(
      interpreterListing('>>> f.__code__.co_code', "b'|\\x00S\\x00'\n", "b'\\x97\\x00'\n"),
    ).toMatch(/bytecode/)
    expect(interpreterListing('>>> frame.f_lasti', '10\n', '44\n')).toMatch(/bytecode/)
  })

  it('keeps a disassembly that raised, and code that shows no bytecode', () => {
    const want = '  1           0 LOAD_FAST                0 (n)\n'
    const error = 'Traceback (most recent call last):\nZeroDivisionError: division by zero\n'
    expect(interpreterListing('>>> dis.dis(1 / 0)', want, error)).toBeUndefined()
    expect(interpreterListing('>>> frame.f_lineno', '3\n', '4\n')).toBeUndefined()
  })

  it('reads the folders Python shows of itself as the author’s machine', () => {
    expect(interpreterListing('>>> os.getcwd()', "'/home/ann/code'\n", "'/tmp/x'\n")).toMatch(
      /os\.getcwd\(\)/,
    )
    expect(
      interpreterListing(">>> print('\\n'.join(sys.path))", '/usr/lib/python3.5\n', '/opt\n'),
    ).toMatch(/sys\.path/)
    // An error raised there is the code's own.
    const error = "Traceback (most recent call last):\nNameError: name 'sys' is not defined\n"
    expect(interpreterListing('>>> sys.path[0]', "''\n", error)).toBeUndefined()
  })

  it('notes a session only when every differing example shows the interpreter', () => {
    const source = ['>>> dir(s)', "['a', 'b']", '>>> len(s)', '3']
    const listing = { line: 0, want: "['a', 'b']\n", got: "['a', 'b', 'c']\n" }
    expect(sessionNote(source, [listing])?.check).toBe('pseudo-code')
    const wrong = { line: 2, want: '3\n', got: '4\n' }
    expect(sessionNote(source, [listing, wrong])).toBeUndefined()
  })
})
