import { describe, expect, it } from 'vitest'
import {
  clockReadExamples,
  datedNames,
  readsTheClock,
  readsTheDate,
} from '../../src/verify/read/varying/clock-reads.js'

const session = [
  '>>> from datetime import datetime',
  '>>> tr1 = (1, datetime.now())',
  '>>> sorted([tr1])',
  '[(1, datetime.datetime(2022, 9, 9, 8, 17, 10, 393997))]',
  '>>> len("now")',
  '3',
  '>>> import timeit',
  '>>> timeit.timeit("pass")',
  '0.0123',
].join('\n')

describe('clock readings in a session', () => {
  it('finds the examples that read the clock or a timer, and those using what they set', () => {
    expect([...clockReadExamples(session)]).toEqual([1, 2, 7])
  })

  it('lets such an example differ only in its numbers', () => {
    const timed = readsTheClock(session)
    expect(timed({ ok: false, line: 7, want: '0.0123\n', got: '5.4e-05\n' })).toBe(true)
    expect(
      timed({
        ok: false,
        line: 2,
        want: '[(1, datetime.datetime(2022, 9, 9, 8, 17, 10, 393997))]\n',
        got: '[(1, datetime.datetime(2026, 11, 30, 2, 12, 32, 349280))]\n',
      }),
    ).toBe(true)
    // At second 0 the repr leaves the zero fields out.
    expect(
      timed({
        ok: false,
        line: 2,
        want: '[(1, datetime.datetime(2022, 9, 9, 8, 17, 10))]\n',
        got: '[(1, datetime.datetime(2026, 12, 1, 12, 40))]\n',
      }),
    ).toBe(true)
    expect(timed({ ok: false, line: 2, want: '[(1, None)]\n', got: '[(1, 2)]\n' })).toBe(false)
    expect(timed({ ok: false, line: 4, want: '4\n', got: '3\n' })).toBe(false)
  })

  it('reads the clock through its module, and lets a date differ in its names of days and months', () => {
    const ages = [
      ">>> name, birth_year = 'Tushar', 2000",
      '>>> import datetime; now = datetime.datetime.now()',
      ">>> print(f'I am {now.year - birth_year} years old')",
      'I am 21 years old',
      ">>> print(f'{datetime.datetime.now():%A, %B %d %Y}')",
      'Tuesday, July 06 2021',
      ">>> print(f'{datetime.datetime(2021, 7, 6):%A}')",
      'Monday',
    ].join('\n')
    expect([...clockReadExamples(ages)]).toEqual([1, 2, 4])
    const timed = readsTheClock(ages)
    expect(
      timed({ ok: false, line: 2, want: 'I am 21 years old\n', got: 'I am 26 years old\n' }),
    ).toBe(true)
    expect(
      timed({
        ok: false,
        line: 4,
        want: 'Tuesday, July 06 2021\n',
        got: 'Monday, November 30 2026\n',
      }),
    ).toBe(true)
    expect(timed({ ok: false, line: 4, want: 'Tuesday, July 06\n', got: 'Monday 30\n' })).toBe(
      false,
    )
    // A date the code gives is no clock reading: its day's name stays compared.
    expect(timed({ ok: false, line: 6, want: 'Monday\n', got: 'Tuesday\n' })).toBe(false)
  })

  it('reads the clock through a name an earlier sample bound, results written as comments', () => {
    const later = [
      '>>> now.year',
      '# 2022',
      ">>> now.strftime('%Y year')",
      "# '2022 years'",
      '>>> len([1, 2])',
      '# 3',
    ].join('\n')
    expect([...clockReadExamples(later)]).toEqual([])
    expect([...clockReadExamples(later, ['now'])]).toEqual([0, 2])
    const timed = readsTheClock(later, ['now'])
    expect(timed({ ok: false, line: 0, want: '# 2022\n', got: '2026\n' })).toBe(true)
    expect(timed({ ok: false, line: 2, want: "# '2022 years'\n", got: "'2026 year'\n" })).toBe(
      false,
    )
    expect(timed({ ok: false, line: 4, want: '# 3\n', got: '2\n' })).toBe(false)
  })
})

describe('names holding the date', () => {
  it('are those bound from a read of the date, or computed from one', () => {
    const code = [
      'from datetime import date, timedelta',
      'today = date.today(); born = 1990',
      'tomorrow = today + timedelta(days=1)',
      'total = born + 1',
    ].join('\n')
    expect(datedNames(code, [])).toEqual(['today', 'tomorrow'])
    expect(datedNames('later = now.replace(day=1)\nother = 2', ['now'])).toEqual(['later'])
    expect(readsTheDate('print(later.month)', ['later'])).toBe(true)
    expect(readsTheDate('print(total)', ['later'])).toBe(false)
  })
})
