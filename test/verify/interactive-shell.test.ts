import { describe, expect, it } from 'vitest'
import { interactiveShellNeed } from '../../src/verify/read/not-checkable/needs/interactive-shell.js'
import { sampleOf } from './sample-of.js'

describe('interactiveShellNeed', () => {
  it("notes a transcript showing bash's or zsh's history expansion error", () => {
    const bash = sampleOf('bash', 'echo "a" | awk "!/x/"', '-bash: !/x/: event not found')
    expect(interactiveShellNeed(bash)).toContain('history expansion')
    const zsh = sampleOf('zsh', 'echo !x', 'zsh: event not found: x')
    expect(interactiveShellNeed(zsh)).toContain('history expansion')
  })

  it('leaves output that only mentions events alone', () => {
    expect(interactiveShellNeed(sampleOf('bash', 'echo hi', 'event not found'))).toBeUndefined()
    expect(
      interactiveShellNeed(sampleOf('python', 'print(1)', '-bash: !x: event not found')),
    ).toBeUndefined()
  })
})
