import { describe, expect, it } from 'vitest'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'

describe("zsh's prompt alone", () => {
  it('ends the output above it, after its folder too', () => {
    const read = readShellTranscript('% var=Hello_\n% echo "$var"World\nHello_World\n~ % ', 10)
    expect(read.expected?.lines).toEqual(['Hello_World'])
    const bare = readShellTranscript('% echo hi\nhi\n%', 10)
    expect(bare.expected?.lines).toEqual(['hi'])
  })

  it('is no prompt inside a line of output', () => {
    const read = readShellTranscript('% echo "50 %"\n50 %', 1)
    expect(read.expected?.lines).toEqual(['50 %'])
  })
})
