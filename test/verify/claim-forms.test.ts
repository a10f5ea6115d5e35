import { describe, expect, it } from 'vitest'
import { contradictsMessage } from '../../src/verify/compare/errors/error-messages.js'
import {
  browserAndNodeDates,
  inDateFormOf,
  sameDateDisplay,
} from '../../src/verify/compare/values/date-display.js'
import {
  valueAfterVerb,
  wordsAfterVerb,
} from '../../src/verify/read/outputs/comments/verb-values.js'
import { pageScriptNames } from '../../src/verify/read/page-scripts.js'

describe('valueAfterVerb', () => {
  it('reads the value after a verb saying what a statement shows', () => {
    expect(valueAfterVerb('Outputs "c"')).toBe('"c"')
    expect(valueAfterVerb("prints 'abc'")).toBe("'abc'")
    expect(valueAfterVerb('returns 3')).toBe('3')
    expect(valueAfterVerb('输出 "c"')).toBe('"c"')
    expect(valueAfterVerb('返回 [1, 2]')).toBe('[1, 2]')
  })

  it('reads the value after the result it names, in English or Chinese', () => {
    expect(valueAfterVerb('the result is 8')).toBe('8')
    expect(valueAfterVerb('结果为 7')).toBe('7')
    expect(valueAfterVerb('结果为7')).toBe('7')
    expect(valueAfterVerb('结果是：[1, 2]')).toBe('[1, 2]')
    expect(valueAfterVerb('两数相除取余结果为2')).toBe('2')
  })

  it('leaves out a remark in Han words after a full-width comma, not a printed sentence’s comma', () => {
    expect(valueAfterVerb('输出结果为：42，(16进制的2a)')).toBe('42')
    expect(valueAfterVerb('输出 [1, 2]，即两个元素')).toBe('[1, 2]')
    expect(wordsAfterVerb('输出 你好，世界')).toBe('你好，世界')
    expect(valueAfterVerb('输出 "a"，"b"')).toBeUndefined()
  })

  it('reads no value where words follow the result', () => {
    expect(valueAfterVerb('结果为浮点数2.0')).toBeUndefined()
    expect(valueAfterVerb('the result is the quotient')).toBeUndefined()
    expect(valueAfterVerb('result = 3')).toBeUndefined()
  })

  it('reads no value where words follow the verb', () => {
    expect(valueAfterVerb('this prints the list of users')).toBeUndefined()
    expect(valueAfterVerb('返回多个用户')).toBeUndefined()
    expect(valueAfterVerb('returns the sum')).toBeUndefined()
    expect(valueAfterVerb("print('hello, world')")).toBeUndefined()
  })
})

describe('contradictsMessage', () => {
  const tdz = "ReferenceError: Cannot access 'b' before initialization\n    at f (sample.js:3:15)"
  it('tells another error of the same type by its message', () => {
    expect(contradictsMessage('b is not defined', tdz, 'ReferenceError')).toBe(true)
    expect(
      contradictsMessage("Cannot access 'b' before initialization", tdz, 'ReferenceError'),
    ).toBe(false)
  })

  it('accepts another engine’s words for the same error, and leaves a translated message alone', () => {
    const read = "TypeError: Cannot read properties of undefined (reading 'size')"
    expect(contradictsMessage("Cannot read property 'size' of undefined", read, 'TypeError')).toBe(
      false,
    )
    expect(contradictsMessage('在初始化之前不能访问 b', tdz, 'ReferenceError')).toBe(false)
    const firefox = "TypeError: Cannot read properties of null (reading 'message')"
    expect(contradictsMessage('greetObject(...) is null', firefox, 'TypeError')).toBe(false)
    expect(
      contradictsMessage(
        "can't access lexical declaration 'b' before initialization",
        tdz,
        'ReferenceError',
      ),
    ).toBe(false)
  })
})

describe('dates as a browser shows them', () => {
  it('are the moment Node shows in ISO form, in their zone', () => {
    expect(sameDateDisplay('Wed Nov 25 1903 17:31:44 UTC', '1903-11-25T17:31:44.000Z')).toBe(true)
    expect(
      sameDateDisplay(
        'Sun Jan 01 2040 08:00:00 GMT+0800 (中国标准时间)',
        '2040-01-01T00:00:00.000Z',
      ),
    ).toBe(true)
    expect(sameDateDisplay('Sun Jan 01 2040 08:00:00 UTC', '2040-01-01T00:00:00.000Z')).toBe(false)
    expect(browserAndNodeDates('Tue Mar 05 2024 10:00:00', '2026-11-29T10:00:00.000Z')).toBe(true)
  })

  it('are written back in the post’s form and zone', () => {
    expect(
      inDateFormOf('Sat Jan 01 2000 08:00:00 GMT+0800 (CST)', '2000-01-02T00:00:00.000Z'),
    ).toBe('Sun Jan 02 2000 08:00:00 GMT+0800 (CST)')
    expect(inDateFormOf('3', '2000-01-02T00:00:00.000Z')).toBe('2000-01-02T00:00:00.000Z')
  })
})

describe('pageScriptNames', () => {
  it('reads the names the inline scripts of an HTML fence define, not those of other scripts', () => {
    const html = [
      '<script src="lib.js"></script>',
      '<script>const frame = document.querySelector("iframe"); function show() {}</script>',
      '<script type="text/template">var template = 1</script>',
      '<script type="module">let mod = 1</script>',
    ].join('\n')
    expect([...pageScriptNames(html, 7)]).toEqual([
      ['frame', 7],
      ['show', 7],
      ['mod', 7],
    ])
  })
})
