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

  it("reads an error's last line alone, as doctest does, the author's frames left out", () => {
    const frames = [
      '# Traceback (most recent call last):',
      '#   File "/usr/lib/python3.6/pathlib.py", line 1226, in mkdir',
      '#     self._accessor.mkdir(self, mode)',
      "# FileNotFoundError: [Errno 2] No such file or directory: '/home/ann/delicious/waffles'",
    ].join('\n')
    const raised = [
      'Traceback (most recent call last):',
      `FileNotFoundError: [Errno 2] No such file or directory: '${home}/delicious/waffles'`,
    ].join('\n')
    const error = { ok: false, want: `${frames}\n`, got: `${raised}\n` }
    expect(sessionVaryingKinds(error, new Date(), undefined, home)).toEqual(['machine path'])
    const other = {
      ok: false,
      want: `${frames}\n`,
      got: raised.replace('FileNotFound', 'FileExists'),
    }
    expect(sessionVaryingKinds(other, new Date(), undefined, home)).toBeUndefined()
  })

  it('reads the file a module repr names as where the Python is installed, its name compared', () => {
    const repr = (file: string) => `<module 'random' from '${file}'>\n`
    const moved = {
      ok: false,
      want: repr('/usr/lib/python3.7/random.py'),
      got: repr('/usr/lib/python3.11/random.py'),
    }
    expect(sessionVaryingKinds(moved, new Date())).toEqual(['machine path'])
    const windows = {
      ok: false,
      want: repr('C:\\Python37\\lib\\random.py'),
      got: repr('/usr/lib/python3.11/random.py'),
    }
    expect(sessionVaryingKinds(windows, new Date())).toEqual(['machine path'])
    const own = {
      ok: false,
      want: repr('/home/ann/random.py'),
      got: repr('/usr/lib/python3.11/random.pyc'),
    }
    expect(sessionVaryingKinds(own, new Date())).toBeUndefined()
  })
})
