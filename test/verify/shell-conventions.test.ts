import { describe, expect, it } from 'vitest'
import { needsBashFunctionNames, shebangRunner } from '../../src/verify/read/sample-code.js'
import {
  isShellTranscript,
  readShellTranscript,
} from '../../src/verify/read/transcripts/shell-transcript.js'
import { runnerFor } from '../../src/verify/runners.js'

describe('shell runners', () => {
  it('runs `sh` fences in bash --posix, and dash only when a shebang names it', () => {
    expect(runnerFor('sh')?.run('x.sh')).toEqual({ command: 'bash', args: ['--posix', 'x.sh'] })
    expect(runnerFor('sh')?.check('x.sh')).toEqual({
      command: 'bash',
      args: ['--posix', '-n', 'x.sh'],
    })
    expect(shebangRunner('#!/bin/sh\necho hi')?.id).toBe('sh')
    expect(shebangRunner('#!/bin/dash\necho hi')?.run('x')).toEqual({
      command: 'dash',
      args: ['x'],
    })
  })

  it('tells function names only bash and zsh allow, which every POSIX sh refuses', () => {
    expect(needsBashFunctionNames('打招呼() {\n  echo hi\n}')).toBe(true)
    expect(needsBashFunctionNames('function say-twice {\n  :\n}')).toBe(true)
    expect(needsBashFunctionNames('function say-twice() { :; }')).toBe(true)
    expect(needsBashFunctionNames('greet() { echo "$1"; }\nf()(printf x)')).toBe(false)
    expect(needsBashFunctionNames('x=$(ls)\necho "(a)"')).toBe(false)
  })

  it("reads the line of dash's and bash's syntax errors", () => {
    const dash = runnerFor('dash')
    expect(dash?.syntaxError('/tmp/a/sample.dash: 2: Syntax error: "(" unexpected', '')).toEqual({
      line: 2,
      message: 'Syntax error: "(" unexpected',
    })
    expect(
      runnerFor('bash')?.syntaxError("x.bash: line 4: syntax error near unexpected token `fi'", ''),
    ).toEqual({ line: 4, message: "syntax error near unexpected token `fi'" })
  })
})

describe('readShellTranscript', () => {
  it('reads prompts that name the shell and zsh’s `%` prompt', () => {
    expect(isShellTranscript('bash$ grep x demo*\ndemo2:x')).toBe(true)
    expect(isShellTranscript('% python3 foo.py\nTraceback')).toBe(true)
    expect(isShellTranscript('echo 100%\n%d')).toBe(false)
    const { code, expected } = readShellTranscript('bash$ echo a\na\n% echo b\nb', 10)
    expect(code).toBe('echo a\n\necho b\n')
    expect(expected?.parts?.map((part) => part.lines)).toEqual([['a'], ['b']])
  })

  it('leaves out comment lines set apart before the next prompt, not output that starts with #', () => {
    const session =
      '$ f 1\n3\n\n# Several arguments work too.\n$ f 1 2\n#FFFFFF\n# not a comment\n$ g\n# last'
    const { expected } = readShellTranscript(session, 1)
    expect(expected?.parts?.map((part) => part.lines)).toEqual([
      ['3'],
      ['#FFFFFF', '# not a comment'],
      ['# last'],
    ])
  })
})
