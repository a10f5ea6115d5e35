import { describe, expect, it } from 'vitest'
import {
  commandGoesOn,
  quoteLeftOpen,
} from '../../src/verify/read/transcripts/continuation-prompts.js'
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
    expect(commandGoesOn('A=`B')).toBe(true)
    expect(commandGoesOn("A=`B\nC\n'")).toBe(true)
  })

  it('ends with a complete command', () => {
    expect(commandGoesOn('echo done')).toBe(false)
    expect(commandGoesOn('for n in 1 2; do echo $n; done')).toBe(false)
    expect(commandGoesOn('grep -w if file.txt')).toBe(false)
    expect(commandGoesOn('echo \'if\' "for"')).toBe(false)
    expect(commandGoesOn('cat <<< word')).toBe(false)
    expect(commandGoesOn('A=`date`')).toBe(false)
    expect(commandGoesOn("echo 'a`b'")).toBe(false)
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

describe('quoteLeftOpen', () => {
  it('reads quotes as the shell does', () => {
    expect(quoteLeftOpen('echo "apple')).toBe(true)
    expect(quoteLeftOpen("echo it's")).toBe(true)
    expect(quoteLeftOpen('A=`echo B')).toBe(true)
    expect(quoteLeftOpen('A=`echo B\necho C`')).toBe(false)
    expect(quoteLeftOpen("echo 'a`b'")).toBe(false)
    // A backslash is a letter inside single quotes: `'it\\'` closes, then `s`.
    expect(quoteLeftOpen("echo 'it\\'s")).toBe(false)
    expect(quoteLeftOpen('echo "apple\npear" | sort')).toBe(false)
    expect(quoteLeftOpen('echo "it\'s"')).toBe(false)
    expect(quoteLeftOpen('echo \\"quoted')).toBe(false)
  })

  it("reads bash's ANSI-C quoting, in which a backslash escapes a quote", () => {
    expect(quoteLeftOpen("echo $'\\\"Hello\\''")).toBe(false)
    expect(quoteLeftOpen("echo $'it\\'s")).toBe(true)
    expect(quoteLeftOpen("echo $'a\\nb' 'c")).toBe(true)
  })

  it('leaves out what a `#` comment says', () => {
    expect(quoteLeftOpen("ls # don't")).toBe(false)
    expect(quoteLeftOpen("echo a#b 'c")).toBe(true)
  })
})

describe('readShellTranscript with a quote left open', () => {
  it('reads the lines of an open quote as the command, with or without `> `', () => {
    const { code, expected } = readShellTranscript(
      '$ echo "pear\napple" | sort\napple\npear\n$ echo "梨\n> 苹果"\n梨\n苹果',
      10,
    )
    expect(code).toBe('echo "pear\napple" | sort\n\n\necho "梨\n苹果"\n\n')
    expect(expected?.lines).toEqual(['apple', 'pear', '梨', '苹果'])
    expect(expected?.lineNumbers).toEqual([13, 14, 17, 18])
  })

  it('reads a quote that never closes before the next prompt as a broken command', () => {
    const { code } = readShellTranscript("$ echo it's\n\n$ echo \"it's\"\nit's", 10)
    expect(code).toBe('echo it\'s\n\necho "it\'s"\n')
  })

  it('keeps the lines after a closed quote, or an apostrophe in a comment, as output', () => {
    const { expected } = readShellTranscript('$ echo it # it\'s\nit\n$ echo "a b"\na b', 10)
    expect(expected?.lines).toEqual(['it', 'a b'])
  })
})
