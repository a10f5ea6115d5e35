import { describe, expect, it } from 'vitest'
import { definitionsMayFail } from '../../src/verify/run/definition-check.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('python runner missing')
const mayFail = (code: string, taken: string[] = []) => definitionsMayFail(python, code, taken)

describe('definitionsMayFail', () => {
  it('leaves plain definitions to the parser', () => {
    const fetch =
      "from time import sleep\n\nasync def fetch_url(url):\n    await asyncio.sleep(1)\n    return 'url_content'\n"
    expect(mayFail(fetch)).toBe(false)
    expect(mayFail('import asyncio\n\nasync def main(n: int = 3) -> None:\n    pass\n')).toBe(false)
    // Names read in a body run later, not when the function is defined.
    expect(mayFail('def f(x=None, *args, **kw):\n    return typing.cast(int, x)\n')).toBe(false)
    expect(mayFail('print(undefined_name)\n')).toBe(false)
  })

  it('runs definitions whose annotations, defaults or decorators read a name bound nowhere', () => {
    expect(mayFail('def f(items: typing.List[str]):\n    pass\n')).toBe(true)
    expect(mayFail('def f() -> Optional[int]:\n    pass\n')).toBe(true)
    expect(mayFail('def f(when=datetime.now()):\n    pass\n')).toBe(true)
    expect(mayFail('@functools.cache\ndef f():\n    pass\n')).toBe(true)
    expect(
      mayFail('g = lambda: 1\ndef f(key=lambda item: item[0], other=sorted):\n    pass\n'),
    ).toBe(false)
    expect(mayFail('def f(key=lambda item, limit=top: item):\n    pass\n')).toBe(true)
  })

  it('runs a class whose bases, keywords or body read a name bound nowhere', () => {
    expect(mayFail('class A(Base):\n    pass\n')).toBe(true)
    expect(mayFail('class A(metaclass=abc.ABCMeta):\n    pass\n')).toBe(true)
    expect(mayFail('class A:\n    x: ClassVar[int] = 1\n')).toBe(true)
    expect(
      mayFail(
        'class A:\n    RED = 1\n    ALL = [RED]\n    def m(self, other: "A") -> str:\n        return str(zzz)\n',
      ),
    ).toBe(false)
    expect(mayFail('class A:\n    @staticmethod\n    def m(p: Point):\n        pass\n')).toBe(true)
  })

  it('takes names the sample binds, earlier samples give, or Python has built in', () => {
    expect(mayFail('import typing\ndef f(items: typing.List[str]):\n    pass\n')).toBe(false)
    expect(mayFail('def f(items: typing.List[str]):\n    pass\n', ['typing'])).toBe(false)
    expect(
      mayFail(
        'from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\n    y: float = 0.0\n',
      ),
    ).toBe(false)
    expect(mayFail('LIMIT = 3\ndef f(n=LIMIT, e: Exception = None):\n    pass\n')).toBe(false)
    // `from x import y` binds `y`, not `x`.
    expect(mayFail('from typing import List\ndef f(items: typing.Dict):\n    pass\n')).toBe(true)
  })

  it('runs a sample whose headers call into its own code, which may run any name', () => {
    expect(
      mayFail('def deco(f):\n    return typing.no_type_check(f)\n\n@deco\ndef g():\n    pass\n'),
    ).toBe(true)
    expect(mayFail('class Animal:\n    pass\n\nclass Dog(Animal):\n    pass\n')).toBe(true)
  })
})
