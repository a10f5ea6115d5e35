import { describe, expect, it } from 'vitest'
import { filesInFence } from '../../src/verify/read/not-checkable/files-in-fence.js'

describe('filesInFence', () => {
  it('splits a fence at comment lines naming files, each after a blank line', () => {
    const code = "// a.js\nimport './b'\n\n// b.js\nexport const x = 1\n"
    expect(filesInFence(code)).toEqual([
      { name: 'a.js', start: 1, end: 3 },
      { name: 'b.js', start: 4, end: 6 },
    ])
  })

  it('reads `# file: x.py` and Han file names', () => {
    const code = '# 文件：问候.py\ndef f():\n    pass\n\n# file: main.py\nf()'
    expect(filesInFence(code).map((part) => part.name)).toEqual(['问候.py', 'main.py'])
  })

  it('is one file when the first line names no file or only one name is given', () => {
    expect(filesInFence('const a = 1\n\n// b.js\nconst b = 2')).toEqual([])
    expect(filesInFence('// a.js\nconst a = 1\n// b.js\nconst b = 2')).toEqual([])
    expect(filesInFence('// a.js\nconst a = 1')).toEqual([])
  })
})
