import { describe, expect, it } from 'vitest'
import { misusedCommand } from '../../src/verify/judge/misused-command.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'
import { instrumentParts } from '../../src/verify/run/instrument.js'
import type { SampleRun } from '../../src/verify/run/job.js'
import { readMarkedOutput } from '../../src/verify/run/marked-output.js'
import { runnerFor } from '../../src/verify/runners.js'
import { sampleOf } from './sample-of.js'

const run = (output: string, parts: string[], partStatuses: number[]): SampleRun => ({
  exitCode: 0,
  signal: null,
  output,
  timedOut: false,
  truncated: false,
  durationMs: 1,
  startError: undefined,
  parts,
  partStatuses,
})

describe('the status of each command of a transcript', () => {
  it("is printed in each part's end marker and read back", () => {
    const bash = runnerFor('bash')
    if (!bash) throw new Error('no bash')
    const parts = [{ from: 1, to: 1, value: false, lines: [], lineNumbers: [] }]
    const code = instrumentParts(bash, 'false\necho after', parts, 'M', 0)
    expect(code).toContain(`'M:part:0:0:end'":$__postdeck_status"`)
    const [sample] = readMarkedOutput('\nM:part:0:0:start\nerr\nM:part:0:0:end:1\nafter\n', 'M', 1)
    expect(sample?.statuses.get(0)).toBe(1)
    expect(sample?.parts.get(0)).toBe('err')
  })

  it('keeps the commands a transcript shows without output among those it shows with output', () => {
    const read = readShellTranscript('$ mkdir out\n$ cp calc.sh\n$ echo copied\ncopied', 10)
    expect(read.expected?.parts?.map((part) => part.from)).toEqual([3])
    expect(read.expected?.quiet).toEqual([1, 2])
  })

  it('reports a command shown without output that is called wrongly, at its line', () => {
    const silent = readShellTranscript('$ chmod ./calc.sh\n$ ./calc.sh', 10)
    const sample = { ...sampleOf('bash', silent.code), expected: silent.expected }
    const chmod =
      "chmod: missing operand after './calc.sh'\nTry 'chmod --help' for more information."
    expect(misusedCommand(sample, run(chmod, [chmod, ''], [1, 0]))).toEqual({
      line: 1,
      command: 'chmod ./calc.sh',
      message: "chmod: missing operand after './calc.sh'",
    })
    const mixed = readShellTranscript('$ mkdir out\n$ cp calc.sh\n$ echo copied\ncopied', 10)
    const withOutput = { ...sampleOf('bash', mixed.code), expected: mixed.expected }
    const cp = "cp: missing destination file operand after 'calc.sh'"
    expect(misusedCommand(withOutput, run(cp, ['copied', '', cp], [0, 0, 1]))?.line).toBe(2)
  })

  it("leaves a command failing for want of the author's files, and one that succeeded", () => {
    const silent = readShellTranscript('$ cat ~/notes.txt\n$ echo next\nnext', 10)
    const sample = { ...sampleOf('bash', silent.code), expected: silent.expected }
    const missing = 'cat: /root/notes.txt: No such file or directory'
    expect(misusedCommand(sample, run(missing, ['next', missing], [0, 1]))).toBeUndefined()
    expect(misusedCommand(sample, run('', ['next', ''], [0, 0]))).toBeUndefined()
  })
})
