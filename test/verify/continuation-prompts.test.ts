import { describe, expect, it } from 'vitest'
import { commandGoesOn } from '../../src/verify/read/transcripts/continuation-prompts.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'

describe('commandGoesOn', () => {
  it('goes on while a compound command, a quote or a here-document is open', () => {
    expect(commandGoesOn('for type in $types')).toBe(true)
    expect(commandGoesOn('for type in $types\ndo\n   echo $type')).toBe(true)
    expect(commandGoesOn('for type in $types\ndo\n   echo $type\ndone')).toBe(false)
    expect(commandGoesOn('if [ -e x ]; then')).toBe(true)
    expect(commandGoesOn('echo "two')).toBe(true)
    expect(commandGoesOn('cat <<END')).toBe(true)
    expect(commandGoesOn('cat <<END\nline\nEND')).toBe(false)
    expect(commandGoesOn('ls |')).toBe(true)
  })

  it('ends with a complete command', () => {
    expect(commandGoesOn('echo done')).toBe(false)
    expect(commandGoesOn('for n in 1 2; do echo $n; done')).toBe(false)
    expect(commandGoesOn('grep -w if file.txt')).toBe(false)
    expect(commandGoesOn('echo \'if\' "for"')).toBe(false)
    expect(commandGoesOn('cat <<< word')).toBe(false)
  })
})

describe('readShellTranscript with continuation prompts', () => {
  it('reads `> ` lines of an open loop as the command, and what follows as its output', () => {
    const { code, expected } = readShellTranscript(
      '$ for n in 1 2\n> do\n>   echo $n\n> done\n1\n2',
      10,
    )
    expect(code).toBe('for n in 1 2\ndo\n  echo $n\ndone\n\n')
    expect(expected?.lines).toEqual(['1', '2'])
  })

  it('keeps a `> ` line after a complete command as output', () => {
    const { expected } = readShellTranscript('$ echo "> quoted"\n> quoted', 10)
    expect(expected?.lines).toEqual(['> quoted'])
  })
})
