import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { withoutNodeInternals } from '../../src/verify/compare/errors/node-internals.js'
import { runsAsClassicScript } from '../../src/verify/run/classic-script.js'
import { runnerFor } from '../../src/verify/runners.js'

const javascript = runnerFor('js')

describe('plain JavaScript samples run as a console runs them', () => {
  it('runs a sample without CommonJS names as a classic script, others as modules', () => {
    expect(runsAsClassicScript("var name = 'a'\nconsole.log(this.name)")).toBe(true)
    expect(runsAsClassicScript("const fs = require('fs')")).toBe(false)
    expect(runsAsClassicScript('module.exports = { a: 1 }')).toBe(false)
    expect(runsAsClassicScript('console.log(__dirname)')).toBe(false)
    expect(runsAsClassicScript('// require is not used here\nvar a = 1')).toBe(true)
    // An excerpt of a function's body returns at its top level, as only a CommonJS module may.
    expect(runsAsClassicScript('const f = () => 1\nreturn f()')).toBe(false)
    expect(runsAsClassicScript('function f() {\n  return 1\n}')).toBe(true)
    expect(javascript?.fileName('var a = 1')).toBe('sample.js')
    expect(javascript?.fileName("const fs = require('fs')")).toBe('sample.cjs')
    expect(javascript?.fileName("import fs from 'node:fs'")).toBe('sample.mjs')
  })

  it('runs a sample declaring a CommonJS name of its own as a classic script', () => {
    const pattern = 'const module = (function () {\n  return { f() {} }\n})();\nmodule.f();'
    expect(runsAsClassicScript(pattern)).toBe(true)
    expect(runsAsClassicScript('function require(name) {\n  return name\n}\nrequire("a")')).toBe(
      true,
    )
    // Declared only inside a function, the top-level use is CommonJS's; so is another name.
    expect(runsAsClassicScript('function f() {\n  const module = 1\n}\nmodule.exports = f')).toBe(
      false,
    )
    expect(runsAsClassicScript("const module = {}\nconst fs = require('fs')")).toBe(false)
  })

  it('gives a top-level `var` and `this` the global object, and keeps the sample’s own line in an error', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'classic-script-'))
    const file = path.join(folder, 'sample.js')
    writeFileSync(file, "var name = 'global'\nconsole.log(this.name)\nconsole.log(null.x)\n")
    const command = javascript?.run(file)
    if (!command) throw new Error('no runner')
    let output = ''
    try {
      execFileSync(command.command, command.args, { encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      const failed = error as { stdout: string; stderr: string }
      output = failed.stdout + failed.stderr
    }
    expect(output).toMatch(/^global\n/)
    expect(output).toContain(`${file}:3\n`)
    const shown = withoutNodeInternals(output)
    expect(shown).toContain(`    at ${file}:3:18\n`)
    expect(shown).not.toMatch(/node:vm|\[eval\]/)
  })
})
