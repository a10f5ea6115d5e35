import { describe, expect, it } from 'vitest'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'
import {
  drawnAtRandom,
  programDrawsAtRandom,
  randomDrawExamples,
} from '../../src/verify/read/varying/random-draws.js'

const lines = (session: string) => [...randomDrawExamples(session)].sort((a, b) => a - b)

describe('examples of a `>>>` session showing values drawn at random', () => {
  it('finds draws and what a draw set or reordered, not what stays the same', () => {
    const session = [
      '>>> import random',
      '>>> a = [4, 5, 2, 76]',
      '>>> random.choice(a)',
      '76',
      '>>> random.shuffle(a)',
      '>>> a',
      '[5, 2, 76, 4]',
      '>>> len(a), sorted(a)',
      '(4, [2, 4, 5, 76])',
      '>>> it = iter(a)',
      '>>> next(it)',
      '5',
      '>>> a.sort()',
      '>>> a',
      '[2, 4, 5, 76]',
    ].join('\n')
    expect(lines(session)).toEqual([2, 4, 5, 9, 10])
  })

  it('reads aliases, imported functions, names in any script and loops', () => {
    const session = [
      '>>> import random as rnd',
      '>>> from random import sample as pick',
      '>>> 分数 = [rnd.randint(1, 9) for _ in range(3)]',
      '>>> for n in pick(range(9), k=2):',
      '...     print(n)',
      '...',
      '3',
      '1',
      '>>> 分数',
      '[1, 2, 3]',
      '>>> "random.choice(x)"',
      "'random.choice(x)'",
    ].join('\n')
    expect(lines(session)).toEqual([2, 3, 8])
  })

  it('finds none in a seeded session', () => {
    expect(lines('>>> import random\n>>> random.seed(7)\n>>> random.randint(1, 10)\n6')).toEqual([])
  })

  it('keeps an example failing when one side raised and the other did not', () => {
    const drawn = drawnAtRandom('>>> import random\n>>> random.choice([])\n3')
    expect(drawn({ ok: false, line: 1, want: '3\n', got: '4\n' })).toBe(true)
    const raised =
      'Traceback (most recent call last):\nIndexError: Cannot choose from an empty sequence\n'
    expect(drawn({ ok: false, line: 1, want: '3\n', got: raised })).toBe(false)
    expect(drawn({ ok: false, line: 0, want: '3\n', got: '4\n' })).toBe(false)
  })
})

describe('programDrawsAtRandom', () => {
  it('finds a draw of a function imported from random, one import a line', () => {
    const code =
      'from random import randrange\nlst = [randrange(1, 100) for _ in range(10)]\nprint(lst)'
    expect(programDrawsAtRandom(code)).toBe(true)
  })

  it('finds a call through the module', () => {
    expect(programDrawsAtRandom('import random\nprint(random.randint(1, 6))')).toBe(true)
  })

  it('is false for a seeded generator and for code drawing nothing', () => {
    expect(programDrawsAtRandom('import random\nrandom.seed(1)\nprint(random.random())')).toBe(
      false,
    )
    expect(programDrawsAtRandom('lst = [3, 1, 2]\nprint(sorted(lst))')).toBe(false)
  })
})

describe('numbers drawn at random in a line', () => {
  const differs = varyingDifferences({ now: new Date(), hashOrders: true, randomNumbers: true })

  it('vary in value and in the order they sort the items in', () => {
    expect(differs('[57, 81, 32]', '[2, 39, 6]')).toEqual(['random number'])
    expect(
      differs(
        "[('hello', 3), ('world', 3), ('hail', 9)]",
        "[('hail', 1), ('hello', 3), ('world', 5)]",
      ),
    ).toEqual(['random number'])
  })

  it('leave words exact', () => {
    expect(differs('total: 10', 'count: 10')).toBeUndefined()
    expect(differs("[('hello', 3)]", "[('world', 3)]")).toBeUndefined()
  })

  it('are exact where the program draws nothing', () => {
    const exact = varyingDifferences({ now: new Date(), hashOrders: true })
    expect(exact('[57, 81, 32]', '[2, 39, 6]')).toBeUndefined()
  })
})

describe('words drawn letter by letter', () => {
  const differs = varyingDifferences({ now: new Date(), hashOrders: false, randomNumbers: true })

  it('vary where the program draws at random, as long as the one documented', () => {
    expect(differs('59tZ', '0TPH')).toEqual(['random number'])
    expect(differs('验证码: IBBb', '验证码: jIfX')).toEqual(['random number'])
    expect(differs('password = x7fohf!', 'password = RqzKme!')).toEqual(['random number'])
  })

  it('stay exact when the documented word reads as a word, or the length or the rest differs', () => {
    expect(differs('Hello Wrold', 'Hello World')).toBeUndefined()
    expect(differs('NASA', 'NAZA')).toBeUndefined()
    expect(differs('59tZ', '0TPHa')).toBeUndefined()
    expect(differs('code: 59tZ', 'kode: 0TPH')).toBeUndefined()
    expect(differs('有效期 5 分钟', '有效期 5 分鐘')).toBeUndefined()
    const exact = varyingDifferences({ now: new Date(), hashOrders: false })
    expect(exact('59tZ', '0TPH')).toBeUndefined()
  })
})

describe('a negative number drawn where the author drew a positive one', () => {
  it('varies as the draw does', () => {
    const differs = varyingDifferences({ now: new Date(), hashOrders: true, randomNumbers: true })
    expect(differs('[0, 7, -10, 3, -9]', '[-5, -5, -3, -6, -7]')).toEqual(['random number'])
  })
})
