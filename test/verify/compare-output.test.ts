import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { firstDifference } from '../../src/verify/judge/compare-run.js'
import type { DocumentedOutput } from '../../src/verify/read/outputs/documented-output.js'

function documented(text: string, kind: DocumentedOutput['kind'] = 'block'): DocumentedOutput {
  const lines = text.split('\n')
  return { kind, lines, lineNumbers: lines.map((_, index) => 100 + index), reason: 'test' }
}

const options = { samplePath: '/tmp/postdeck-sample-abc/sample.py' }

describe('compareOutput', () => {
  it('compares a traceback by its header and exception, not its stack, as doctest does', () => {
    const post = [
      'before',
      'Traceback (most recent call last):',
      '  File "C:\\Users\\ann\\demo.py", line 9, in <module>',
      '    for k,v in d.items():',
      'RuntimeError: dictionary changed size during iteration',
    ].join('\n')
    const real = [
      'before',
      'Traceback (most recent call last):',
      '  File "/tmp/postdeck-sample-abc/sample.py", line 6, in <module>',
      '    for k, v in d.items():',
      '                ^^^^^^^^^',
      'RuntimeError: dictionary changed size during iteration',
    ].join('\n')
    const result = compareOutput(documented(post), real, options)
    expect(result.ok).toBe(true)
    expect(result.leftOut).toEqual({ expected: [2, 3], actual: [2, 3, 4] })
    const stale = compareOutput(documented(post.replace('changed size', 'grew')), real, options)
    expect(stale.ok).toBe(false)
    expect(stale.diff.filter((line) => line.kind !== 'same').map((line) => line.line)).toEqual([
      104,
      undefined,
    ])
    // Without a traceback in the post, the real one is shown whole.
    expect(compareOutput(documented('before'), real, options).diff).toHaveLength(6)
  })

  it('compares a Node error by its type and message, not its frames, excerpt or version line', () => {
    const real = [
      '/tmp/postdeck-sample-abc/sample.cjs:2',
      'console.log(settings.theme)',
      '                     ^',
      '',
      "TypeError: Cannot read properties of null (reading 'theme')",
      '    at Object.<anonymous> (/tmp/postdeck-sample-abc/sample.cjs:2:22)',
      '    at Module._compile (node:internal/modules/cjs/loader:1521:14)',
      '',
      'Node.js v20.20.2',
    ].join('\n')
    const js = { samplePath: '/tmp/postdeck-sample-abc/sample.cjs' }
    const post = "TypeError: Cannot read properties of null (reading 'theme')\n    at repl:1:22"
    expect(compareOutput(documented(post), real, js).ok).toBe(true)
    expect(compareOutput(documented(post.replace('null', 'undefined')), real, js).ok).toBe(false)
    const trace =
      'Trace: here\n    at Object.<anonymous> (/Users/ann/trace.js:1:9)\n    at node.js:445:3'
    expect(compareOutput(documented('Trace: here'), trace, js).ok).toBe(true)
  })

  it('matches decimals on duration lines within run-to-run noise', () => {
    expect(
      compareOutput(documented('Execution Time: 1.02'), 'Execution Time: 1.00\n', options).ok,
    ).toBe(true)
    expect(compareOutput(documented('耗时：1.02秒'), '耗时：1.09秒\n', options).ok).toBe(true)
  })

  it('fails a timing off by a second, and reports it as a timing miss', () => {
    const result = compareOutput(
      documented('Execution Time: 1.02'),
      'Execution Time: 2.00\n',
      options,
    )
    expect(result.ok).toBe(false)
    expect(result.timingOnly).toBe(true)
    expect(result.diff).toEqual([
      { kind: 'expected', text: 'Execution Time: 1.02', line: 100 },
      { kind: 'actual', text: 'Execution Time: 2.00' },
    ])
  })

  it('fails a second off on longer timings too', () => {
    expect(
      compareOutput(documented('Execution Time: 5.02'), 'Execution Time: 6.02', options).ok,
    ).toBe(false)
    expect(compareOutput(documented('took 10.00 s'), 'took 12.00 s', options).ok).toBe(false)
    expect(compareOutput(documented('took 10.00 s'), 'took 10.30 s', options).ok).toBe(true)
  })

  it('masks memory addresses, not hex numbers a sample computes', () => {
    expect(compareOutput(documented('0xdead'), '0xbeef', options).ok).toBe(false)
    expect(
      compareOutput(documented('<Box object at 0x10a>'), '<Box object at 0x7f3c>', options).ok,
    ).toBe(true)
  })

  it("masks Python 2's address written without `0x`, not a word or a number after `at`", () => {
    expect(
      compareOutput(
        documented('<function fib at 10042ed0>'),
        '<function fib at 0x7f3c2a1b0e50>',
        options,
      ).ok,
    ).toBe(true)
    expect(
      compareOutput(documented('<meeting at 123456>'), '<meeting at 654321>', options).ok,
    ).toBe(false)
  })

  it('leaves alone a path both sides show, and reads Windows paths with spaces', () => {
    const library = '/usr/lib/python3.11/asyncio/runners.py:118: in run'
    expect(compareOutput(documented(library), library, options).ok).toBe(true)
    const spaced = documented('C:\\Users\\John Doe\\code\\test.py:3: UserWarning: careful')
    expect(
      compareOutput(spaced, '/tmp/postdeck-sample-abc/sample.py:3: UserWarning: careful', options)
        .ok,
    ).toBe(true)
  })

  it('never gives integers or lines without a duration cue a tolerance', () => {
    expect(compareOutput(documented('took 3 ms'), 'took 4 ms', options).ok).toBe(false)
    expect(compareOutput(documented('ratio 1.02'), 'ratio 1.00', options).ok).toBe(false)
  })

  it('honours an explicit tolerance', () => {
    expect(
      compareOutput(documented('elapsed 1.00'), 'elapsed 1.30', { ...options, tolerance: 0.5 }).ok,
    ).toBe(true)
    expect(
      compareOutput(documented('elapsed 1.00'), 'elapsed 1.30', { ...options, tolerance: 0.1 }).ok,
    ).toBe(false)
  })

  it("matches the author's Windows path of the sample to the path it ran from, keeping the line", () => {
    const want = documented('C:\\Users\\li\\code\\test.py:6: RuntimeWarning: never awaited')
    const got = '/tmp/postdeck-sample-abc/sample.py:6: RuntimeWarning: never awaited\n'
    const result = compareOutput(want, got, options)
    expect(result.ok).toBe(true)
    expect(result.normalisers).toContain('sample path')
    expect(compareOutput(want, got.replace(':6:', ':7:'), options).ok).toBe(false)
  })

  it('masks memory addresses and line endings, and ignores indentation only for comment outputs', () => {
    expect(
      compareOutput(
        documented('<object at 0x000001EDFFB15430>'),
        '<object at 0x7f0c1d2e3f40>\r\n',
        options,
      ),
    ).toMatchObject({
      ok: true,
      normalisers: expect.arrayContaining(['line endings', 'memory addresses']),
    })
    expect(compareOutput(documented('print(x)', 'comment'), '  print(x)', options).ok).toBe(true)
    expect(compareOutput(documented('print(x)', 'block'), '  print(x)', options).ok).toBe(false)
  })

  it('keeps line order unless told otherwise', () => {
    expect(compareOutput(documented('a\nb'), 'b\na', options).ok).toBe(false)
    expect(compareOutput(documented('a\nb'), 'b\na', { ...options, unordered: true }).ok).toBe(true)
  })

  it('reads lines of threads started side by side in another order as varying, never a missing line', () => {
    const threads = { ...options, sideBySide: true }
    const reordered = compareOutput(
      documented('start\nthread 1\nthread 2\nend'),
      'start\nthread 2\nthread 1\nend',
      threads,
    )
    expect(reordered).toMatchObject({ ok: false, variesOnly: true })
    expect(reordered.varies?.flatMap((pair) => pair.kinds)).toEqual([
      'thread order',
      'thread order',
    ])
    const missing = compareOutput(
      documented('start\nthread 1\nthread 2\nend'),
      'start\nthread 2\nend',
      threads,
    )
    expect(missing).toMatchObject({ ok: false, variesOnly: false })
    const changed = compareOutput(documented('thread 1\nthread 2'), 'thread 2\nthread 3', threads)
    expect(changed.variesOnly).toBe(false)
    // Two prints written into one line, their newlines after: the same prints, side by side.
    const runTogether = compareOutput(
      documented('thread 1 gotthread 2 got\n\nend'),
      'thread 1 got\nthread 2 got\nend',
      threads,
    )
    expect(runTogether).toMatchObject({ ok: false, variesOnly: true })
    const otherPrint = compareOutput(
      documented('thread 1 gotthread 3 got\n\nend'),
      'thread 1 got\nthread 2 got\nend',
      threads,
    )
    expect(otherPrint.variesOnly).toBe(false)
    const lineLess = compareOutput(
      documented('thread 1 gotthread 2 got\nend'),
      'thread 1 got\nthread 2 got\nend',
      threads,
    )
    expect(lineLess.variesOnly).toBe(false)
    // Without threads, another order is a failure like any other.
    expect(compareOutput(documented('a\nb'), 'b\na', options).variesOnly).toBe(false)
  })

  it('supports `...` for any lines and `[..]` for any text', () => {
    expect(compareOutput(documented('start\n...\nend'), 'start\nx\ny\nend', options).ok).toBe(true)
    expect(compareOutput(documented('start\n...\nend'), 'start\nend', options).ok).toBe(true)
    expect(compareOutput(documented('took [..] seconds'), 'took 12 seconds', options).ok).toBe(true)
    expect(compareOutput(documented('start\n...\nend'), 'start\nx\nfinish', options).ok).toBe(false)
  })

  it('reports a missing line with its line number in the post', () => {
    const result = compareOutput(documented('one\ntwo\nthree'), 'one\nthree', options)
    expect(result.diff).toEqual([
      { kind: 'same', text: 'one', line: 100 },
      { kind: 'expected', text: 'two', line: 101 },
      { kind: 'same', text: 'three', line: 102 },
    ])
  })
})

describe('compareOutput on values that vary between runs', () => {
  // 12:35 in Shanghai, where the sample runs, is 04:35 UTC.
  const now = new Date('2024-05-02T04:35:00Z')
  const at = { ...options, now }
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  const varies = (want: string, got: string) => {
    const result = compareOutput(documented(want), got, at)
    expect(result.ok).toBe(false)
    return result.variesOnly ? result.varies?.flatMap((pair) => pair.kinds) : undefined
  }

  it('pairs each varying documented line with its real line, and still fails the comparison', () => {
    const result = compareOutput(
      documented('start\nToday is 2024-05-01\nid 3f2504e0-4f89-41d3-9a0c-0305e82c3301\nend'),
      'start\nToday is 2024-05-02\nid 7c9e6679-7425-40de-944b-e07fc1f90ae7\nend\n',
      at,
    )
    expect(result).toMatchObject({ ok: false, timingOnly: false, variesOnly: true })
    expect(result.varies).toEqual([
      {
        expected: { kind: 'expected', text: 'Today is 2024-05-01', line: 101 },
        actual: { kind: 'actual', text: 'Today is 2024-05-02' },
        kinds: ['date'],
      },
      {
        expected: {
          kind: 'expected',
          text: 'id 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
          line: 102,
        },
        actual: { kind: 'actual', text: 'id 7c9e6679-7425-40de-944b-e07fc1f90ae7' },
        kinds: ['uuid'],
      },
    ])
    expect(result.diff.filter((line) => line.kind !== 'same')).toHaveLength(4)
  })

  it('sets no varies when the output matches', () => {
    expect(compareOutput(documented('2024-05-01'), '2024-05-01', at)).toMatchObject({
      ok: true,
      variesOnly: false,
      varies: [],
    })
  })

  it('fails outright when any other line differs, is missing or is extra', () => {
    for (const got of [
      'Today is 2024-05-02\nTotal: 4',
      'Today is 2024-05-02',
      'Today is 2024-05-02\nTotal: 3\nmore',
      'Total: 3\nToday is 2024-05-02',
    ]) {
      const result = compareOutput(documented('Today is 2024-05-01\nTotal: 3'), got, at)
      expect(result).toMatchObject({ ok: false, variesOnly: false, varies: [] })
    }
  })

  it('reads `...` lines and unordered outputs as the exact comparison does', () => {
    expect(
      compareOutput(documented('start\n...\ntook 0.52s'), 'start\nx\ny\ntook 3.1s', at).variesOnly,
    ).toBe(true)
    const unordered = compareOutput(documented('b 2024-05-01\na'), 'a\nb 2024-05-02', {
      ...at,
      unordered: true,
    })
    expect(unordered.varies?.map((pair) => pair.actual.text)).toEqual(['b 2024-05-02'])
  })

  it('reads hash orders in Python and shell samples only, as JavaScript prints in insertion order', () => {
    const python = compareOutput(documented("{'b', 'a'}"), "{'a', 'b'}", at)
    expect(python.variesOnly).toBe(true)
    // A dict keeps the order its keys were added in (Python 3.7+): another order is another dict.
    const dict = compareOutput(documented("{'b': 1, 'a': 2}"), "{'a': 2, 'b': 1}", at)
    expect(dict).toMatchObject({ ok: false, variesOnly: false })
    for (const samplePath of ['/tmp/postdeck-sample-abc/sample.mjs', '/tmp/p/sample.ts']) {
      const javascript = compareOutput(documented('{ b: 1, a: 2 }'), '{ a: 2, b: 1 }', {
        ...at,
        samplePath,
      })
      expect(javascript).toMatchObject({ ok: false, variesOnly: false })
    }
    const shell = { ...at, samplePath: '/tmp/postdeck-sample-abc/sample.sh' }
    expect(compareOutput(documented('{2, 1}'), '{1, 2}', shell).variesOnly).toBe(true)
  })

  it('takes the date of the run from the clock by default', () => {
    const today = new Date().toISOString().slice(0, 10)
    const result = compareOutput(documented('2001-01-01'), today, options)
    expect(result.variesOnly).toBe(true)
  })

  it('reports a timing miss as both a timing miss and a varying duration', () => {
    expect(
      compareOutput(documented('Execution Time: 0.37'), 'Execution Time: 2.61', at),
    ).toMatchObject({ ok: false, timingOnly: true, variesOnly: true })
  })

  it('keeps comparing timings of whole seconds, as a program that sleeps prints them', () => {
    expect(
      compareOutput(documented('Execution Time: 2.02'), 'Execution Time: 1.00', at),
    ).toMatchObject({ ok: false, timingOnly: true, variesOnly: false })
  })

  it.each([
    ['a date alone', '2024-05-01', '2024-05-02', 'date'],
    ['a date and time', 'at 2024-05-01 12:34:56.789', 'at 2024-05-02 12:34:12.123456', 'date'],
    [
      'a logging time',
      '2024-05-01 12:34:56,789 INFO go',
      '2024-05-02 04:34:12,001 INFO go',
      'date',
    ],
    [
      'an ISO time with its offset',
      '2024-05-01T12:34:56+08:00',
      '2024-05-02T12:34:10+08:00',
      'date',
    ],
    ['a UTC ISO time', '2024-05-01T04:34:56.789Z', '2024-05-02T04:30:01.002Z', 'date'],
    ['a time alone, local', 'now 12:34:56', 'now 12:31:07', 'time'],
    ['a time alone, UTC', 'now 12:34:56.123456', 'now 04:38:07.654321', 'time'],
    ['a 12-hour time', 'at 3:04:05 PM', 'at 12:33:00 PM', 'time'],
    ['ctime', 'Wed May  1 12:34:56 2024', 'Thu May  2 12:34:50 2024', 'date'],
    [
      'a JavaScript date',
      'Wed May 01 2024 12:34:56 GMT+0800 (China Standard Time)',
      'Thu May 02 2024 04:34:50 GMT+0000 (Coordinated Universal Time)',
      'date',
    ],
    [
      'an HTTP date',
      'Date: Wed, 01 May 2024 04:34:56 GMT',
      'Date: Thu, 02 May 2024 04:36:56 GMT',
      'date',
    ],
    ['a locale date', '5/1/2024, 9:15:00 AM', '5/2/2024, 12:35:10 PM', 'date'],
    ['a zh-CN locale date', '2024/5/1 09:15:00', '2024/5/2 12:35:10', 'date'],
    [
      'a datetime repr',
      'datetime.datetime(2024, 5, 1, 12, 34, 56, 789)',
      'datetime.datetime(2024, 5, 2, 12, 34)',
      'date',
    ],
    ['a date repr', 'datetime.date(2024, 5, 1)', 'datetime.date(2024, 5, 2)', 'date'],
    [
      'a struct_time',
      'time.struct_time(tm_year=2024, tm_mon=5, tm_mday=1, tm_hour=9, tm_min=15, tm_sec=0, tm_wday=2, tm_yday=122, tm_isdst=0)',
      'time.struct_time(tm_year=2024, tm_mon=5, tm_mday=2, tm_hour=12, tm_min=35, tm_sec=10, tm_wday=3, tm_yday=123, tm_isdst=0)',
      'date',
    ],
    [
      'a US date from strftime',
      'time one: 06/28/2022, 18:21:40',
      'time one: 05/02/2024, 12:36:40',
      'date',
    ],
    ['a Chinese date', '今天是2024年5月1日', '今天是2024年5月2日', 'date'],
    [
      'a Chinese date and time',
      '2024年5月1日 星期三 09:15:00',
      '2024年5月2日 星期四 12:35:10',
      'date',
    ],
    [
      '`date` in the en_US locale, against the C locale',
      'Mon 15 Nov 2021 08:30:54 PM CST',
      'Thu May  2 04:35:10 UTC 2024',
      'date',
    ],
    [
      '`date` in the en_GB locale, against the C locale',
      'Mon 15 Nov 20:30:54 GMT 2021',
      'Thu May  2 12:35:10 CST 2024',
      'date',
    ],
    [
      '`date` in the zh_CN locale, against the C locale',
      '2021年 11月 15日 星期一 20:30:54 CST',
      'Thu May  2 04:35:10 UTC 2024',
      'date',
    ],
    ['a timestamp in seconds', 'time: 1714538096.789', 'time: 1714624500.12', 'timestamp'],
    ['a timestamp in milliseconds', '1714538096789', '1714624500120', 'timestamp'],
    ['a duration with a unit', 'took 0.52s', 'took 3.1s', 'duration'],
    ['a test run', 'Ran 3 tests in 0.001s', 'Ran 3 tests in 0.012s', 'duration'],
    ['a timing of a loop in Chinese', '0.565 秒', '3.522 秒', 'duration'],
    ['a duration in another unit', 'took 0.52s', 'took 520ms', 'duration'],
    ['whole milliseconds on a timing line', 'took 3 ms', 'took 14 ms', 'duration'],
    ['a Chinese duration', '耗时：1.37秒', '耗时：3.47秒', 'duration'],
    ['a decimal on a timing line', 'Elapsed: 0.123', 'Elapsed: 1.5e-05', 'duration'],
    ['a timing near whole seconds in the real output only', 'Time: 1.42', 'Time: 1.01', 'duration'],
    [
      'timeit',
      '10 loops, best of 5: 20.6 msec per loop',
      '20 loops, best of 5: 12.1 msec per loop',
      'duration',
    ],
    [
      '%timeit',
      '52.3 µs ± 1.2 µs per loop (mean ± std. dev. of 7 runs, 10,000 loops each)',
      '61 µs ± 910 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)',
      'duration',
    ],
    ['a speed-up', 'numpy is 2.3x faster', 'numpy is 31.5x faster', 'benchmark ratio'],
    ['a speed-up in Chinese', '快了 3.4 倍', '快了 12 倍', 'benchmark ratio'],
    [
      'an improvement in percent',
      'Improvement:   56.36%',
      'Improvement:   49.58%',
      'benchmark ratio',
    ],
    [
      'an improvement turned negative',
      'Improvement:   56.36%',
      'Improvement:   -6.20%',
      'benchmark ratio',
    ],
    ['a Chinese improvement in percent', '性能提升了 35%', '性能提升了 41%', 'benchmark ratio'],
    ['a warning’s Node process id', '(node:6608) Warning: x', '(node:2) Warning: x', 'process id'],
    [
      'a uuid',
      "UUID('3f2504e0-4f89-41d3-9a0c-0305e82c3301')",
      "UUID('7c9e6679-7425-40de-944b-e07fc1f90ae7')",
      'uuid',
    ],
    ['a hex token', 'token: 9f86d081884c7d65', 'token: 2cf24dba5fb0a30e', 'hex digest'],
    ['an id()', '140234567890128', '94412345678848', 'object id'],
    [
      'a string hash',
      "hash('abc') = -4089343125385224212",
      "hash('abc') = 7723486207116282839",
      'hash value',
    ],
    ['a set', '{1, 2, 3}', '{3, 1, 2}', 'hash order'],
    ['a set of strings', "{'apple', 'banana'}", "{'banana', 'apple'}", 'hash order'],
    ['a Python 2 set', "set(['x', 'y'])", "set(['y', 'x'])", 'hash order'],
    ['a frozenset', "frozenset({'x', 'y'})", "frozenset({'y', 'x'})", 'hash order'],
    ['a set in a list', "[{'a', 'b'}, 2]", "[{'b', 'a'}, 2]", 'hash order'],
    ['a string with a comma in a set', "{'a,b', 'c'}", "{'c', 'a,b'}", 'hash order'],
    ['a name mktemp made up', '/tmp/tmp.4GcsWSG4vj', '/tmp/tmp.L1FlJRrhxM', 'temporary name'],
    ['a templated temporary name', '/tmp/notes.yZ1HgZV', '/tmp/notes.pzmRXQ8', 'temporary name'],
    [
      'a name tempfile made up',
      'saved to /tmp/tmpk3j_2x9a',
      'saved to /tmp/tmpab12cd9e',
      'temporary name',
    ],
    [
      'a temporary name in the folder the sample ran in',
      '/tmp/tmp.4GcsWSG4vj',
      '/tmp/postdeck-sample-abc/tmp.L1FlJRrhxM',
      'temporary name',
    ],
    [
      'the owner, size and date of an ls -l line',
      '-rw-r--r-- 1 ruanyf ruanyf 0 12月 28 17:12 /tmp/info.txt',
      '-rw-r--r-- 1 1000001 1000001 0 May  2 12:35 /tmp/info.txt',
      'file listing',
    ],
    ['the home folder', '/home/ann', '/tmp/postdeck-sample-abc', 'machine path'],
    [
      'a file in the home folder',
      "open('/Users/ann/data.txt')",
      "open('/tmp/postdeck-sample-abc/data.txt')",
      'machine path',
    ],
    ['a Windows home folder', 'C:\\Users\\ann\\notes.txt', '/home/bob/notes.txt', 'machine path'],
    ['the user and host of a prompt', 'ann@laptop:~$ ls', 'bob@box:~$ ls', 'user and host'],
    ['a process id', 'started with PID 4242', 'started with PID 977', 'process id'],
    ["bash's background job", '[1] 4242', '[1] 977', 'process id'],
    ['this year after its label', 'Current year: 2019', 'Current year: 2024', 'date'],
    ['this month after its label', '当前月份: 12', '当前月份: 5', 'date'],
    ['the day of the month after its label', 'Current day: 5', 'Current day: 2', 'date'],
  ])('recognises %s', (_name, want, got, kind) => {
    expect(varies(want, got)).toEqual([kind])
  })

  it.each([
    ['English', 'Mon 15 Nov 2021 08:30:54 PM CST', 'He says "Hello!"', 'He says: "Hello!"'],
    ['Chinese', '2021年 11月 15日 星期一 20:30:54 CST', '他说“你好”', '他说：“你好”'],
  ])('places a failure past a line that only varies (%s)', (_language, date, want, got) => {
    const comparison = compareOutput(
      { kind: 'block', lines: [date, want], lineNumbers: [11, 12], reason: '' },
      `Thu May  2 04:35:10 UTC 2024\n${got}\n`,
      at,
    )
    expect(comparison).toMatchObject({ ok: false, variesOnly: false })
    expect(firstDifference(comparison)).toBe(12)
  })

  it('keeps comparing what `date` prints for a day it was given, or a day that is none', () => {
    expect(
      varies('Mon 15 Nov 2021 08:30:54 PM CST', 'Mon Nov 15 20:30:54 UTC 2021'),
    ).toBeUndefined()
    expect(
      varies('Mon 45 Nov 2021 08:30:54 PM CST', 'Thu May  2 04:35:10 UTC 2024'),
    ).toBeUndefined()
  })

  it('keeps comparing timings of tenths of a second, as a program that sleeps prints them', () => {
    expect(varies('Execution Time: 1.20', 'Execution Time: 0.20')).toBeUndefined()
    expect(varies('Execution Time: 0.565', 'Execution Time: 3.522')).toEqual(['duration'])
  })

  it('reads a timing as round as a sleep’s as the machine’s where the code never waits', () => {
    const line = 'Time taken by del method: 0.312709417 seconds'
    const real = 'Time taken by del method: 0.5691366200044286 seconds'
    expect(varies(line, real)).toBeUndefined()
    const never = compareOutput(documented(line), real, { ...at, waitsNever: true })
    expect(never).toMatchObject({ ok: false, variesOnly: true })
    const whole = compareOutput(documented('Execution Time: 2.02'), 'Execution Time: 1.00', {
      ...at,
      waitsNever: true,
    })
    expect(whole).toMatchObject({ ok: false, variesOnly: true })
    // Other words still differ.
    expect(
      compareOutput(documented(line), 'Time taken by slice method: 0.5 seconds', {
        ...at,
        waitsNever: true,
      }),
    ).toMatchObject({ ok: false, variesOnly: false })
  })

  it('names every kind that differs in a line', () => {
    expect(varies("{'a', 'b'} took 0.53s", "{'b', 'a'} took 0.91s")).toEqual([
      'duration',
      'hash order',
    ])
    expect(
      varies(
        '2024-05-01 job 3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        '2024-05-02 job 7c9e6679-7425-40de-944b-e07fc1f90ae7',
      ),
    ).toEqual(['date', 'uuid'])
  })

  it.each([
    ['a different count', 'Total: 3', 'Total: 4'],
    ['a different word', 'status: ok', 'status: failed'],
    ['a list in another order', '[1, 2, 3]', '[3, 2, 1]'],
    ['a tuple in another order', '(1, 2)', '(2, 1)'],
    ['a list of sets in another order', "[{'a'}, {'b'}]", "[{'b'}, {'a'}]"],
    ['a dict with another value', "{'a': 1}", "{'a': 2}"],
    ['a dict in another key order', "{'a': 1, 'b': 2}", "{'b': 2, 'a': 1}"],
    ['a list in a dict in another order', "{'a': [1, 2], 'b': 3}", "{'b': 3, 'a': [2, 1]}"],
    ['a set with another element', '{1, 2, 3}', '{1, 2, 4}'],
    ['a set with a repeated element', '{1, 2, 2}', '{1, 2}'],
    ['a set spaced otherwise', '{1,2}', '{2, 1}'],
    ['lines in another order of text', 'b a', 'a b'],
    ['a date the code computes, not today', 'due 2024-05-31', 'due 2024-06-30'],
    ['a date a week away', '2024-05-01', '2024-05-09'],
    ['a date and midnight the code computes', '2020-01-01 00:00:00', '2020-01-02 00:00:00'],
    ['a time the code computes', 'b = 10:30:50', 'b = 10:30:51'],
    ['a test count', 'Ran 3 tests in 0.001s', 'Ran 4 tests in 0.012s'],
    ['an impossible date', '2024-02-30', '2024-05-02'],
    ['a date in another form', '2024-05-01', '2024/5/2'],
    ['a date with and without a time', '2024-05-01', '2024-05-02 12:35:00'],
    ['a time far from now', 'now 12:34:56', 'now 18:02:33'],
    ['a time with another offset', '2024-05-02T12:34:56+08:00', '2024-05-02T12:34:56+00:00'],
    ['a time without seconds', 'at 12:30', 'at 12:35'],
    ['a computed time span', 'lasts 5:00:00', 'lasts 6:00:00'],
    ['a timestamp far from now', '1714538096', '1600000000'],
    ['a decimal with no timing cue', 'ratio 1.02', 'ratio 1.00'],
    ['whole seconds with no timing cue', 'waited 3 s', 'waited 4 s'],
    ['a whole number on a timing line', 'Time: 3', 'Time: 4'],
    ['whole seconds of sleep', 'took 1.02s', 'took 2.01s'],
    ['whole seconds of sleep in milliseconds', 'took 1003 ms', 'took 2001 ms'],
    ['whole seconds of sleep in Chinese', '耗时：2.02秒', '耗时：1.00秒'],
    ['a duration in another spelling of units', 'took 0.52s', 'took 520 msec'],
    ['a duration with and without a space', 'took 0.52s', 'took 0.9 s'],
    ['a count of times', 'printed 3 times', 'printed 4 times'],
    ['a ratio with no speed cue', 'area is 2.5 倍', 'area is 3.5 倍'],
    ['a big number off by one', '12345678901', '12345678902'],
    ['a big number off by a little', '140234567890128', '140234567890136'],
    [
      'a uuid in another case',
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      '7C9E6679-7425-40DE-944B-E07FC1F90AE7',
    ],
    [
      'a uuid of another version',
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    ],
    ['a digest of another length', 'sha 9f86d081884c7d65', 'sha 2cf24dba5fb0a30e9'],
    ['a short hex number', 'crc 9f86d081', 'crc 2cf24dba'],
    ['a date beside a differing word', 'ok 2024-05-01', 'error 2024-05-02'],
    ['a temporary name the program chose', '/tmp/tmp.report', '/tmp/tmp.summary'],
    ['another file in the temporary folder', '/tmp/a.txt', '/tmp/b.txt'],
    ['a random name of another length', '/tmp/tmp.4GcsWSG4vj', '/tmp/tmp.L1FlJRrh'],
    [
      'the mode of an ls -l line',
      '-rw-r--r-- 1 ann ann 0 Dec 28 17:12 /tmp/info.txt',
      '-r-------- 1 bob bob 0 May  2 12:35 /tmp/info.txt',
    ],
    [
      'the name of an ls -l line',
      '-rw-r--r-- 1 ann ann 0 Dec 28 17:12 /tmp/info.txt',
      '-rw-r--r-- 1 bob bob 0 May  2 12:35 /tmp/other.txt',
    ],
    ['another file in the home folder', '/home/ann/notes.txt', '/tmp/postdeck-sample-abc/todo.txt'],
    [
      'a home folder with a slash the run does not print',
      '/home/ann/notes/',
      '/tmp/postdeck-sample-abc/notes',
    ],
    [
      'a temporary name with a slash the run does not print',
      '/tmp/tmp.4GcsWSG4vj/',
      '/tmp/tmp.L1FlJRrhxM',
    ],
    ['a day that is not today', 'Current day: 5', 'Current day: 7'],
    ['a year without its label', 'in 2019', 'in 2024'],
  ])('keeps exact %s', (_name, want, got) => {
    expect(varies(want, got)).toBeUndefined()
  })
})
