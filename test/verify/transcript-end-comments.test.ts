import { describe, expect, it } from 'vitest'
import { withoutAuthorsWords } from '../../src/verify/read/outputs/fences/prose-among-output.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'
import { sampleOf } from './sample-of.js'

/** The sample a transcript reads as, and its documented lines once it printed `printed`. */
function compared(transcript: string, printed: string[]): string[] | undefined {
  const { code, expected } = readShellTranscript(transcript, 10)
  const sample = { ...sampleOf('bash', code, '', 10), expected }
  return withoutAuthorsWords(sample, printed).expected?.lines
}

describe('`# comment` lines after the last command of a transcript', () => {
  it('are the author’s notes when a blank line sets them apart and the command printed none (English, Chinese)', () => {
    const english =
      '$ diff -w a b\n$ echo $?\n0\n\n# use -B to ignore only blank lines\n# use -E for tabs'
    expect(compared(english, ['', '0\n'])).toEqual(['0'])
    const chinese = '$ echo $?\n0\n\n# 用 -B 只忽略空行\n# 用 -z 忽略行尾空白'
    expect(compared(chinese, ['0\n'])).toEqual(['0'])
  })

  it('stay output when the command printed them, or the code holds their words', () => {
    const printed = "$ printf '%s\\n' 0 '' '# done'\n0\n\n# done"
    expect(compared(printed, ['0\n\n# done\n'])).toEqual(['0', '', '# done'])
    expect(compared(printed, ['0\n'])).toEqual(['0', '', '# done'])
    const stale = '$ cat notes\nfirst\n\n# heading'
    expect(compared(stale, ['first\nsecond\nthird\n'])).toEqual(['first', '', '# heading'])
  })

  it('are output when no blank line sets them apart', () => {
    expect(compared('$ echo $?\n0\n# not set apart', ['0\n'])).toEqual(['0', '# not set apart'])
  })
})
