import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runnerFor } from '../../src/verify/runners.js'

const js = runnerFor('js')

function run(name: string, code: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'postdeck-js-runner-'))
  const file = path.join(folder, name)
  writeFileSync(file, code)
  const command = js?.run(file)
  if (command === undefined) throw new Error('no javascript runner')
  return execFileSync(command.command, command.args, { cwd: folder, encoding: 'utf8' })
}

const order = [
  "Promise.resolve().then(() => console.log('promise'))",
  "process.nextTick(() => console.log('tick'))",
  "alert('alert')",
].join('\n')

describe('the javascript runner', () => {
  it('runs a script with its nextTick callbacks before its promise callbacks, as node does', () => {
    expect(run('sample.js', order)).toBe('alert\ntick\npromise\n')
  })

  it('runs a CommonJS sample the same way, as the main module', () => {
    expect(run('sample.cjs', `${order}\nconsole.log(require.main === module)`)).toBe(
      'alert\ntrue\ntick\npromise\n',
    )
  })

  it('runs an ES module with its promise callbacks first, as node does', () => {
    expect(run('sample.mjs', `${order}\nawait null`)).toBe('alert\npromise\ntick\n')
  })
})
