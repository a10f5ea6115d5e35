import { describe, expect, it } from 'vitest'
import {
  terminalInputLine,
  typedControlKeyLine,
} from '../../src/verify/read/not-checkable/needs/terminal-input.js'
import { sampleOf } from './sample-of.js'

const line = (code: string) => terminalInputLine(sampleOf('bash', code, 'x'))

describe('a shell command reading what the reader types', () => {
  it('is a filter starting a pipeline with no file, or cat with none', () => {
    expect(line("tr 'A-Z' 'a-z' | sort | uniq -c")).toBe(1)
    expect(line('cat >&0 <&2')).toBe(1)
    expect(line("echo hi\nLC_ALL=C tr -s ' ' '\\n'")).toBe(2)
    expect(line('sh\necho $0')).toBe(1)
    expect(line('env python3')).toBe(1)
    expect(line('sudo -E bash')).toBe(1)
  })

  it('is no filter fed by a pipe, a file, a here-document or a line above', () => {
    expect(line("echo Hi | tr 'A-Z' 'a-z'")).toBeUndefined()
    expect(line("tr 'a-z' 'A-Z' < words.txt")).toBeUndefined()
    expect(line('cat notes.txt')).toBeUndefined()
    expect(line('env python3 script.py')).toBeUndefined()
    expect(line('env LANG=C sort notes.txt')).toBeUndefined()
    expect(line('cat <<EOF\nhi\nEOF')).toBeUndefined()
    expect(line("echo Hi |\n  tr 'A-Z' 'a-z'")).toBeUndefined()
    expect(line("bash -c 'echo hi'\nbash --version\npython3 app.py")).toBeUndefined()
    expect(terminalInputLine(sampleOf('python', "tr = 'x'", 'x'))).toBeUndefined()
  })
})

describe('a control key the author typed at the terminal, shown in the output', () => {
  const key = (documented: string, language = 'bash') =>
    typedControlKeyLine(sampleOf(language, "awk '{ print }'", documented))

  it('is ^C or ^D alone on its line or ending a typed line', () => {
    expect(key('this is\nthis is\n^C')).toBe(2)
    expect(key('new file\nend now^D\nend now')).toBe(1)
  })

  it('is not a caret elsewhere, nor a line of another language', () => {
    expect(key('x^2 + y^2')).toBeUndefined()
    expect(key('press ^C to stop it')).toBeUndefined()
    expect(key('^C', 'python')).toBeUndefined()
  })
})
