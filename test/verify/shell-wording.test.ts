import { describe, expect, it } from 'vitest'
import { shellWordingNeed } from '../../src/verify/read/not-checkable/needs/shell-wording.js'
import { sampleOf } from './sample-of.js'

const sample = (language: string, code: string, documented: string) =>
  sampleOf(language, code, documented, 10)

describe('shellWordingNeed', () => {
  it("notes zsh's own error lines where bash reported an error too", () => {
    const run = sample('shell', '$ ./a.sh', 'zsh: ./a.sh: bad interpreter: /bin/ash: no such file')
    expect(
      shellWordingNeed(run, '<sample>: line 2: ./a.sh: cannot execute: required file not found\n'),
    ).toBe(
      "needs zsh, the author's shell: the output shows its message `zsh: ./a.sh: bad interpreter: /bin/ash: no such file` at line 19",
    )
  })

  it("notes zsh's and macOS's words for the error bash and GNU word their own way", () => {
    const cd = sample('shell', '$ cd notes.txt', 'cd: not a directory: notes.txt')
    expect(shellWordingNeed(cd, '<sample>: line 1: cd: notes.txt: Not a directory\n')).toMatch(
      /^needs zsh, the author's shell: .*`cd: not a directory: notes.txt` at line 19/,
    )
    const rm = sample('shell', '$ rm "*.txt"', 'rm: *.txt: No such file or directory')
    expect(shellWordingNeed(rm, "rm: cannot remove '*.txt': No such file or directory\n")).toMatch(
      /^needs macOS, the author's system: the output shows its `rm`'s message/,
    )
  })

  it('leaves other differences, other files, other shells and other languages to fail', () => {
    const rm = sample('shell', '$ rm "*.txt"', 'rm: *.txt: No such file or directory')
    expect(shellWordingNeed(rm, "rm: cannot remove 'a.txt': No such file or directory\n")).toBe(
      undefined,
    )
    const cat = sample('shell', '$ cat a.txt', 'cat: a.txt: No such file or directory')
    expect(shellWordingNeed(cat, 'hello\n')).toBeUndefined()
    const zsh = sample('zsh', 'echo hi', 'zsh: command not found: hi')
    expect(shellWordingNeed(zsh, '<sample>: line 1: x\n')).toBeUndefined()
    const quiet = sample('shell', 'echo hi', 'zsh: command not found: hi')
    expect(shellWordingNeed(quiet, 'hi\n')).toBeUndefined()
    const python = sample('python', 'print(1)', 'rm: x: No such file or directory')
    expect(shellWordingNeed(python, "rm: cannot remove 'x': No such file or directory")).toBe(
      undefined,
    )
  })
})
