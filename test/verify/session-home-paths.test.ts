import { describe, expect, it } from 'vitest'
import { sessionVaryingKinds } from '../../src/verify/compare/varying/session-varying.js'

describe("a `>>>` session's result naming a path in the author's home folder", () => {
  const home = '/tmp/postdeck-sample-a1b2c3'

  it('varies where the session printed the same path in the folder it ran in', () => {
    const file = { ok: false, want: '/home/maria/recipes.txt\n', got: `${home}/recipes.txt\n` }
    expect(sessionVaryingKinds(file, new Date(), undefined, home)).toEqual(['machine path'])
    const folder = { ok: false, want: '# /Users/xiaoming\n', got: `${home}\n` }
    expect(sessionVaryingKinds(folder, new Date(), undefined, home)).toEqual(['machine path'])
  })

  it('still differs in another name, in the words around the path, or without the folder', () => {
    const name = { ok: false, want: '/home/maria/recipe.txt\n', got: `${home}/recipes.txt\n` }
    expect(sessionVaryingKinds(name, new Date(), undefined, home)).toBeUndefined()
    const words = {
      ok: false,
      want: 'saved to /home/maria/recipes.txt\n',
      got: `saving to ${home}/recipes.txt\n`,
    }
    expect(sessionVaryingKinds(words, new Date(), undefined, home)).toBeUndefined()
    const elsewhere = { ok: false, want: '/home/maria/a.txt\n', got: '/srv/data/a.txt\n' }
    expect(sessionVaryingKinds(elsewhere, new Date(), undefined, home)).toBeUndefined()
  })
})
