import { describe, expect, it } from 'vitest'
import { parseConsoleValues } from '../../src/verify/compare/values/console-values.js'
import {
  sameDisplayLines,
  sameValueDisplay,
} from '../../src/verify/compare/values/value-display.js'
import { packageInstallAt } from '../../src/verify/read/not-checkable/needs/package-installs.js'
import { sampleOf } from './sample-of.js'

describe('several values a console call prints side by side', () => {
  it('reads a line of values, each compared as a console shows it', () => {
    expect(parseConsoleValues('Map {"t" => 1} [Object]')).toHaveLength(2)
    expect(parseConsoleValues("Map(1) { 't' => 1 } [ { t: 1 } ]")).toHaveLength(2)
    expect(parseConsoleValues('map-array Map {}')).toBeUndefined()
    const node = ["map-array Map(1) { 't' => 1 } [ { t: 1 } ]"]
    expect(sameDisplayLines(['map-array Map {"t" => 1} [Object]'], node, '/tmp/s.cjs')).toBe(true)
    expect(sameDisplayLines(['map-array Map {"t" => 2} [Object]'], node, '/tmp/s.cjs')).toBe(false)
    expect(sameDisplayLines(['map-array Map {"t" => 1}'], node, '/tmp/s.cjs')).toBe(false)
    expect(sameDisplayLines(['map Map {"t" => 1} [Object]'], node, '/tmp/s.cjs')).toBe(false)
  })

  it('reads a whole `[Object]` as older Chrome’s array of one object, and `function()` as a function', () => {
    expect(sameValueDisplay('[Object]', '[ { t: 1 } ]')).toBe(true)
    expect(sameValueDisplay('[Object]', '[ { t: 1 }, { t: 2 } ]')).toBe(false)
    expect(sameValueDisplay('[Object]', '{ t: 1 }')).toBe(false)
    expect(sameValueDisplay('{ make: 1, f: function() }', '{ make: 1, f: [Function: f] }')).toBe(
      true,
    )
    expect(sameValueDisplay('{ make: 1, f: function() }', '{ make: 1, f: 2 }')).toBe(false)
  })
})

describe('a shell sample installing packages', () => {
  it('names the install a timeout stopped', () => {
    const sample = sampleOf('bash', 'for m in a b; do\n  npm install -g "$m"\ndone', '', 10)
    expect(packageInstallAt(sample)).toContain('`npm install -g "$m"` at line 12')
    expect(packageInstallAt(sampleOf('bash', 'pip install requests'))).toContain('pip install')
    expect(packageInstallAt(sampleOf('bash', '# npm install -g x\nsleep 5'))).toBeUndefined()
    expect(packageInstallAt(sampleOf('bash', 'sleep 5'))).toBeUndefined()
    expect(packageInstallAt(sampleOf('python', 'print("npm install x")'))).toBeUndefined()
  })

  it('tells a virtual environment made in a shell sample, not a folder named venv', () => {
    expect(packageInstallAt(sampleOf('bash', '$ python3 -m venv env'))).toContain(
      'makes a virtual environment (`python3 -m venv env`',
    )
    expect(packageInstallAt(sampleOf('bash', 'cd ~/proj && uv venv'))).toContain('`uv venv`')
    expect(packageInstallAt(sampleOf('bash', 'conda create -n 数据 python=3.11'))).toContain(
      'conda create',
    )
    expect(packageInstallAt(sampleOf('bash', 'ls venv/bin\nsleep 20'))).toBeUndefined()
    expect(packageInstallAt(sampleOf('bash', '# python -m venv env\nsleep 20'))).toBeUndefined()
  })
})
