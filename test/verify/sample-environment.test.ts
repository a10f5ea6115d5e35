import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sampleEnvironment } from '../../src/verify/run/run-process.js'

describe('sampleEnvironment', () => {
  it("names bash as the reader's login shell in `$SHELL`, where the machine has one", () => {
    const shell = sampleEnvironment('/tmp/home').SHELL
    if (existsSync('/bin/bash')) expect(shell).toBe('/bin/bash')
    else expect(shell === undefined || shell.endsWith('/bash')).toBe(true)
  })

  it("keeps the tool's own variables out", () => {
    expect(sampleEnvironment('/tmp/home').USER).toBeUndefined()
    expect(sampleEnvironment('/tmp/home').HOME).toBe('/tmp/home')
  })
})
