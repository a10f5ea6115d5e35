import { describe, expect, it } from 'vitest'
import { orderMarkedPrints } from '../../src/verify/read/outputs/comments/order-markers.js'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js')
const read = (code: string) => {
  if (!js) throw new Error('no runner')
  return orderMarkedPrints(code, 10, js)
}

describe('prints numbered in the order they run', () => {
  it('are read as the order of their lines', () => {
    const code = [
      "setTimeout(() => console.log('later'), 0) // 3",
      'console.log(`now ${1}`) // 1',
      'console.log(value) //2',
    ].join('\n')
    expect(read(code)).toMatchObject({
      kind: 'comment',
      lines: ['now [..]', '...', 'later'],
      lineNumbers: [12, 13, 11],
    })
  })

  it('are values when a print has none, numbers repeat, or each literal is its number', () => {
    expect(read("console.log('a') // 1\nconsole.log('b')")).toBeUndefined()
    expect(read("console.log('a') // 1\nconsole.log('b') // 1")).toBeUndefined()
    expect(read("console.log('1') // 1\nconsole.log(n) // 2")).toBeUndefined()
    expect(read('console.log(a.length) // 3\nconsole.log(a.indexOf(2)) // 1')).toBeUndefined()
  })
})
