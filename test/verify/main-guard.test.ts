import { describe, expect, it } from 'vitest'
import { topLevelStatements } from '../../src/verify/read/code/statements.js'
import { isDoctestSession } from '../../src/verify/read/transcripts/python-sessions.js'

const lines = (code: string) =>
  topLevelStatements({ id: 'python' }, code, { openBlocks: true })?.map((s) => [s.from, s.to])

describe('topLevelStatements of a Python main guard', () => {
  it('reads the statements of `if __name__ == "__main__":` as top-level ones', () => {
    const code =
      'def f():\n    return 1\n\nif __name__ == "__main__":\n    x = f()\n    print(x)  # 1\n'
    expect(lines(code)).toEqual([
      [1, 2],
      [5, 5],
      [6, 6],
    ])
    expect(lines("if '__main__' == __name__:\n    print(2)  # 2\n")).toEqual([[2, 2]])
  })

  it('keeps a guard with an else, another condition, or without openBlocks, whole', () => {
    expect(lines('if __name__ == "__main__":\n    print(1)\nelse:\n    print(2)\n')).toEqual([
      [1, 4],
    ])
    expect(lines('if name == "__main__":\n    print(1)\n')).toEqual([[1, 2]])
    const code = 'if __name__ == "__main__":\n    print(1)\n'
    expect(topLevelStatements({ id: 'python' }, code)?.map((s) => [s.from, s.to])).toEqual([[1, 2]])
  })
})

describe('topLevelStatements of a generator with a bare `yield`', () => {
  it('reads a `yield` alone on its line as a statement of the body', () => {
    const code =
      '@contextmanager\ndef tag(name):\n    print(name)\n    yield\n    print(name)\n\nx = 1\n'
    expect(lines(code)).toEqual([
      [1, 5],
      [7, 7],
    ])
    expect(lines('def f():\n    yield  # pause\n')).toEqual([[1, 2]])
  })
})

describe('isDoctestSession with a prompt that lost a `>`', () => {
  it('is a session when that line stands right above the first `>>>` prompt', () => {
    expect(isDoctestSession('>> import heapq\n>>> heapq.nsmallest(1, [2, 1])\n[1]\n')).toBe(true)
  })

  it('is none when `>>` lines are all there is, or stand apart from the prompts', () => {
    expect(isDoctestSession('>> import heapq\n>> heapq\n')).toBe(false)
    expect(isDoctestSession('>> a\nb = 1\n>>> b\n1\n')).toBe(false)
  })
})
