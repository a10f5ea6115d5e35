import { describe, expect, it } from 'vitest'
import { isSlideDrawing, isTextDiagram } from '../src/text-diagram.js'

describe('isTextDiagram', () => {
  it('knows boxes and arrows drawn with box-drawing characters, whatever the fence says', () => {
    const boxes = [
      '┌────────┐',
      '│ bucket │',
      '└───┬────┘',
      '    │',
      '    ▼',
      '┌────────┐',
      '│ slot 0 │',
      '└────────┘',
    ]
    expect(isTextDiagram(boxes.join('\n'))).toBe(true)
  })

  it('leaves a program with an arrow in a comment now and then', () => {
    const program = [
      'func get(key string) int {',
      '\t// hash → bucket → slot',
      '\th := hash(key)',
      '\treturn slots[h]',
      '}',
    ]
    expect(isTextDiagram(program.join('\n'))).toBe(false)
    expect(isTextDiagram('')).toBe(false)
  })
})

describe('a table drawn in ASCII', () => {
  it('is a diagram: borders of `+---+` and rows opening with `|`', () => {
    const table = [
      '        +---------+---------+',
      '        |  time   |  this   |',
      '+-------+---------+---------+',
      '| f()   |  now    |  now    |',
      '+-------+---------+---------+',
    ]
    expect(isTextDiagram(table.join('\n'))).toBe(true)
    // Code with a `|` operator and a `+` on a line is not one.
    expect(isTextDiagram(['const a = b', '  || c', '+x'].join('\n'))).toBe(false)
    expect(isTextDiagram(['+---+', 'let x = 1', '+---+'].join('\n'))).toBe(false)
  })
})

describe('isSlideDrawing', () => {
  it('takes three lines of boxes: a session writing each result as `// → value` is code', () => {
    const session = [
      "word.indexOf('(');   // → 2",
      '/(/.test(word);      // → SyntaxError',
      '/\\(/.test(word);     // → true',
    ]
    expect(isSlideDrawing(session.join('\n'))).toBe(false)
    expect(isSlideDrawing(['┌───┐', '│ a │', '└───┘'].join('\n'))).toBe(true)
  })
})
