import { describe, expect, it } from 'vitest'
import {
  asShownIndented,
  differsInIndentation,
} from '../../src/verify/compare/shown-indentation.js'
import { documentedError } from '../../src/verify/read/error-claims/error-comments.js'
import { machineStateNeed } from '../../src/verify/read/not-checkable/needs/machine-state.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'
import { runnerFor } from '../../src/verify/runners.js'
import { sampleOf } from './sample-of.js'

describe('a prompt transcript’s output lines, as the terminal showed them', () => {
  it('keeps their leading spaces as output', () => {
    const { expected } = readShellTranscript('$ A="  abc"\n$ echo "$A"\n   abc', 10)
    expect(expected?.parts?.[0]?.asShown).toBe(true)
    expect(asShownIndented(['   abc'], '  abc\n')).toEqual(['   abc'])
    expect(differsInIndentation(['   abc'], '  abc\n')).toBe(true)
    expect(differsInIndentation(['  abc'], '  abc\n')).toBe(false)
  })

  it('drops an indent the author set the whole output off with', () => {
    expect(asShownIndented(['    hello', '    world'], 'hello\nworld\n')).toEqual([
      'hello',
      'world',
    ])
  })
})

describe('an error quoted inside a function the sample calls', () => {
  const js = runnerFor('js')
  if (!js) throw new Error('no js runner')

  it('claims the line under it, reported at the comment', () => {
    const code =
      "'use strict'\nfunction demo(){\n  // TypeError: Cannot read property 'a' of undefined\n  console.log(this.a);\n}\ndemo();"
    expect(documentedError(code, 100, js)).toMatchObject({
      line: 4,
      postLine: 104,
      commentLine: 103,
      name: 'TypeError',
      message: "Cannot read property 'a' of undefined",
    })
  })

  it('claims nothing in a function the sample does not call', () => {
    const code = 'function check(x) {\n  // TypeError: x is not a number\n  return x\n}'
    expect(documentedError(code, 100, js)).toBeUndefined()
  })
})

describe('a variable the shell sample unsets', () => {
  it('is the sample’s own, not the author’s machine’s', () => {
    const sample = sampleOf('bash', 'unset A\n[ $A = abc ]')
    expect(machineStateNeed(sample, sample.code)).toBeUndefined()
    const other = sampleOf('bash', 'echo "$AUTHOR_ONLY"')
    expect(machineStateNeed(other, other.code)).toContain('$AUTHOR_ONLY')
  })
})
