import { describe, expect, it } from 'vitest'
import { sampleNames } from '../../src/verify/read/code/sample-names.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
const bash = runnerFor('bash')
const javascript = runnerFor('javascript')
if (!python || !bash || !javascript) throw new Error('runners missing')

describe('sampleNames', () => {
  it('does not take an annotation without a value for a binding', () => {
    expect([...sampleNames(python, 'x: int\ny: int = 3\n').defines]).toEqual(['y'])
    // A pasted traceback's last line reads like an annotation.
    const console = "Enter a number: lol\nValueError: invalid literal for int() with base 10: 'lol'"
    expect(sampleNames(python, console).defines.has('ValueError')).toBe(false)
  })

  it('takes a name an `import` below binds for the module’s own, not a use', () => {
    const code = "foo.doSomething();\n\nimport foo from './modules/foo';\n"
    expect(sampleNames(javascript, code).uses.has('foo')).toBe(false)
    expect(sampleNames(javascript, 'foo.doSomething();\n').uses.has('foo')).toBe(true)
  })

  it("takes `globals()['x']` for a use of the global `x`", () => {
    expect(sampleNames(python, ">>> globals()['x']\n").uses.has('x')).toBe(true)
    expect(sampleNames(python, 'vars()["total"] + 1\n').uses.has('total')).toBe(true)
    // Any other subscript with a string is a key, not a name.
    expect(sampleNames(python, "d = {}\nd['x']\n").uses.has('x')).toBe(false)
  })

  it("takes a name a function declares `global` for the module's, used even where the body assigns it", () => {
    const code = "def func():\n    global x\n    print('x is', x)\n    x = 2\n"
    expect(sampleNames(python, code).uses.has('x')).toBe(true)
    // Without `global`, `x = 2` makes `x` the function's own.
    expect(sampleNames(python, 'def g():\n    x = 2\n    print(x)\n').uses.has('x')).toBe(false)
  })

  it('takes the files a shell sample writes for names a later one naming them uses', () => {
    const writer = sampleNames(bash, 'echo PORT=80 > .env\nmkdir -p build && touch build/app.log\n')
    expect([...writer.defines].filter((name) => name.startsWith('file:')).sort()).toEqual([
      'file:.env',
      'file:build',
      'file:build/app.log',
    ])
    const reader = sampleNames(bash, 'source .env\nls ./build\ncat "$out" > /dev/null 2>&1\n')
    // Any word may name a file; only one an earlier sample writes links the two.
    expect(reader.uses).toContain('file:.env')
    expect(reader.uses).toContain('file:build')
    expect([...reader.uses].some((name) => name.includes('$') || name.includes('/dev'))).toBe(false)
  })

  it('takes the bare names of shell arithmetic for uses', () => {
    const names = sampleNames(bash, 'echo $[a+2]\necho $(( b * 3 ))\nlet c+=1\n')
    for (const name of ['a', 'b', 'c']) expect(names.uses).toContain(name)
  })

  it('takes an assignment to an element of a shell array for defining the array', () => {
    const names = sampleNames(bash, 'fruits[0]=Apple\nfruits[1]="Desert fig"\nlist+=(a)\n')
    expect([...names.defines].sort()).toEqual(['fruits', 'list'])
  })

  it("takes a shell array's length, keys and appends for uses of the array", () => {
    const code = [
      'echo "$',
      '{#servers[@]}"\nfor k in "$',
      '{!ips[@]}"; do :; done\nlist+=(web04)\n',
    ]
    const names = sampleNames(bash, code.join(''))
    for (const name of ['servers', 'ips', 'list']) expect(names.uses).toContain(name)
    expect([...names.defines]).toEqual(['list'])
  })

  it('takes no use of a name from a statement that does not parse', () => {
    // The grammar recovers from `{a: 'b', c: 'd'}` as the label `a` and the expression `'b', c`.
    const console = "{a: 'b'}{c: 'd'}{}; // -> 'd'\n{a: 'b', c: 'd'}{}; // > SyntaxError\nlog(x);\n"
    const names = sampleNames(javascript, console)
    expect([...names.uses].sort()).toEqual(['log', 'x'])
    const pseudo = sampleNames(python, 'total = price *\nprint(total, tax)\n')
    expect([...pseudo.uses].sort()).toEqual(['print', 'tax'])
    expect(pseudo.uses.has('price')).toBe(false)
  })

  it('reads which names a sample changes in place, outside any function', () => {
    const code = [
      "chain_map['d'] = 5",
      "del chain_map['a']",
      'config.debug = True',
      'count += 1',
      'items.append(4)',
      'for n in range(3):',
      '    seen.add(n)',
      'def f():',
      '    hidden.append(1)',
      'print(len(items))',
      'fresh = {}',
      "fresh['k'] = 1",
    ].join('\n')
    const names = sampleNames(python, code)
    expect([...names.changes].sort()).toEqual([
      'chain_map',
      'config',
      'count',
      'fresh',
      'items',
      'seen',
    ])
    expect(names.uses.has('chain_map')).toBe(true)
    const script =
      'o.a = 1\nm[k] = 2\ndelete o.b\narr.push(3)\nx += 1\nn++\n--p\nconsole.log(arr)\nlet y = [arr].map(String)\nfunction f() { q.push(1) }\n'
    const js = sampleNames(javascript, script)
    expect([...js.changes].sort()).toEqual(['arr', 'console', 'm', 'n', 'o', 'p', 'x'])
  })

  it('reads the object a built-in changes as its first argument, not the built-in', () => {
    const script =
      "Object.setPrototypeOf(child, parent)\nObject.defineProperty(person, 'age', { value: 3 })\nReflect.set(box.inner, 'k', 1)\nObject.keys(other)\n"
    const js = sampleNames(javascript, script)
    expect([...js.changes].sort()).toEqual(['Object', 'box', 'child', 'person'])
  })
})

describe('sampleNames of a Python parameter list', () => {
  it('reads a default and an annotation in the scope around the function', () => {
    const code = [
      'class Machine:',
      '    def __init__(self, q0: str = "q0", delta: Callable = delta, *args, **kw):',
      '        self.delta = delta',
    ].join('\n')
    const names = sampleNames(python, code)
    expect(names.uses.has('delta')).toBe(true)
    expect(names.uses.has('Callable')).toBe(true)
    expect(names.uses.has('q0')).toBe(false)
    expect(names.uses.has('args')).toBe(false)
  })

  it('keeps a parameter used in the body its own', () => {
    expect(sampleNames(python, 'def f(x):\n    return x + 1\n').uses.has('x')).toBe(false)
  })
})
