import { describe, expect, it } from 'vitest'
import { fileRunOf, isTemplateTags } from '../../src/verify/read/transcripts/file-runs.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')

describe('a transcript of running the file', () => {
  it('is told by its first line, a prompt and a command running one file of the language', () => {
    expect(fileRunOf('$ python3 python_intro.py\nIt works!', python)).toEqual({
      command: 'python3 python_intro.py',
      skip: 1,
    })
    expect(fileRunOf('root@arch tests: python test_demo.py\nok', python)?.skip).toBe(1)
    expect(fileRunOf('root@arch (master): python test.py\nbar', python)?.skip).toBe(1)
    expect(fileRunOf('[ann@box src]$ ./hello.py\nhi', python)?.command).toBe('./hello.py')
  })

  it('is told with a space before the prompt and a versioned interpreter, as pasted from a terminal', () => {
    expect(fileRunOf(' $ python3.6 test.py\nStarting Work', python)).toEqual({
      command: 'python3.6 test.py',
      skip: 1,
    })
    expect(fileRunOf(' $ node app.js\nhi', python)).toBeUndefined()
    expect(fileRunOf(' $ python3.6 a.py\n1\n$ python3.6 b.py\n2', python)).toBeUndefined()
  })

  it('is not one for another language, another program, or a session of several commands', () => {
    expect(fileRunOf('$ node app.js\nhi', python)).toBeUndefined()
    expect(fileRunOf('$ python3 -m http.server\nServing', python)).toBeUndefined()
    expect(fileRunOf('$ python3 a.py\n1\n$ python3 b.py\n2', python)).toBeUndefined()
    expect(fileRunOf('print("$ python3 a.py")', python)).toBeUndefined()
  })

  it("is told by a Windows prompt too, PowerShell's or cmd's, naming the folder", () => {
    expect(fileRunOf('PS D:\\Python\\code> python module_1.py\nTrue', python)).toEqual({
      command: 'python module_1.py',
      skip: 1,
    })
    expect(fileRunOf('C:\\Users\\ann>python 连接.py\n甲', python)?.command).toBe('python 连接.py')
    expect(fileRunOf('PS C:\\work> node app.js\nhi', python)).toBeUndefined()
    expect(
      fileRunOf('PS C:\\work> python a.py\n1\nPS C:\\work> python b.py\n2', python),
    ).toBeUndefined()
  })
})

describe('template tags of a site generator', () => {
  it('alone in a paragraph are a label over the fence, not prose', () => {
    const paragraph = (text: string) =>
      ({ type: 'paragraph', children: [{ type: 'text', value: text }] }) as const
    expect(isTemplateTags(paragraph('{% filename %}command-line{% endfilename %}'))).toBe(true)
    expect(isTemplateTags(paragraph('Run {% filename %}it{% endfilename %} now:'))).toBe(false)
    expect(isTemplateTags(paragraph('Save it and run it:'))).toBe(false)
  })
})
