import { describe, expect, it } from 'vitest'
import { echoEscapesNeed } from '../../src/verify/read/not-checkable/needs/echo-escapes.js'
import { sampleOf } from './sample-of.js'

describe('echoEscapesNeed', () => {
  it('notes an escape bash printed as written that the post shows expanded', () => {
    const sample = sampleOf('bash', 'echo "a\\nb" | cut -c 1', 'a\nb')
    expect(echoEscapesNeed(sample, 'a\\nb\n')).toContain('`\\n`')
  })

  it('leaves `echo -e`, an escape the post shows as written, and one the run expanded', () => {
    expect(echoEscapesNeed(sampleOf('bash', 'echo -e "a\\nb"', 'a\nc'), 'a\nb\n')).toBeUndefined()
    expect(echoEscapesNeed(sampleOf('bash', 'echo "a\\tb"', 'a\\tc'), 'a\\tb\n')).toBeUndefined()
    expect(echoEscapesNeed(sampleOf('bash', 'echo "a\\nb"', 'a\nc'), 'a\nb\n')).toBeUndefined()
  })
})
