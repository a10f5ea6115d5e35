import { describe, expect, it } from 'vitest'
import { filesUsed } from '../../src/verify/read/named-files.js'

const profile = { content: "export var firstName = 'Michael'", order: 1 }

describe('filesUsed, a module shown again under no name', () => {
  it('takes a later unnamed module holding the names imported as the file', () => {
    const again = { content: "var firstName = 'M'\nexport { firstName }", order: 2 }
    const code = "import { firstName } from './profile.js'"
    expect(filesUsed(code, new Map([['profile.js', profile]]), undefined, again)).toEqual({
      'profile.js': again.content,
    })
  })

  it('keeps the named file when the later module holds none of the names imported (另一个模块)', () => {
    const other = { content: 'function v1() { ... }\nexport { v1 as streamV1 }', order: 2 }
    const code = "import { firstName as 名 } from './profile.js'"
    expect(filesUsed(code, new Map([['profile.js', profile]]), undefined, other)).toEqual({
      'profile.js': profile.content,
    })
  })
})
