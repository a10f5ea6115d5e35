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

describe('the files a sample lists or tests', () => {
  it('are read by Python’s and Node’s folder calls', () => {
    const python = sampleOf('python', "import os\nprint(os.listdir('src'))", "['a.py']")
    expect(machineStateNeed(python, python.code)).toContain('listdir')
    const node = sampleOf('javascript', "console.log(fs.readdirSync('src'))", "[ 'a.js' ]")
    expect(machineStateNeed(node, node.code)).toContain('readdirSync')
  })

  it('are tested by `exists()`, the call on the differing line named first', () => {
    const session = sampleOf(
      'python',
      ">>> import os\n>>> os.path.exists('.')\nTrue\n>>> os.path.exists('setup.py')\nTrue",
      'True',
    )
    expect(machineStateNeed(session, session.code)).toContain("`exists('.')`")
    expect(machineStateNeed(session, session.code, [session.line + 4])).toContain(
      "`exists('setup.py')`",
    )
    const written = sampleOf(
      'python',
      "open('notes.txt', 'w').close()\nprint(os.path.exists('notes.txt'))",
      'False',
    )
    expect(machineStateNeed(written, written.code)).toBeUndefined()
  })

  it('are not read by a JavaScript method of the sample’s own named like a Python call', () => {
    const walker = sampleOf(
      'javascript',
      "class Walker {\n  walk() {\n    return 'step'\n  }\n}\nconsole.log(new Walker().walk())",
      'run',
    )
    expect(machineStateNeed(walker, walker.code)).toBeUndefined()
  })
})
