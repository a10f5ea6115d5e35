import { describe, expect, it } from 'vitest'
import { machineStateNeed } from '../../src/verify/read/not-checkable/needs/machine-state.js'
import { sampleOf } from './sample-of.js'

describe("what of the author's system a shell sample reads", () => {
  it('is its system logs, and the entries of its root folder', () => {
    const logs = sampleOf('bash', "grep -r '192.45.92.0' /var/log/", '/var/log/syslog:...')
    expect(machineStateNeed(logs, logs.code)).toContain('/var/log')
    const root = sampleOf('bash', 'ls / | wc -l', '22')
    expect(machineStateNeed(root, root.code)).toContain('root folder')
  })

  it('is nothing for a file of the sample, or a listing of another folder', () => {
    const own = sampleOf('bash', 'grep error app.log', 'error: disk')
    expect(machineStateNeed(own, own.code)).toBeUndefined()
    const folder = sampleOf('bash', 'ls /tmp/demo | wc -l', '2')
    expect(machineStateNeed(folder, folder.code)).toBeUndefined()
  })
})
