import { describe, expect, it } from 'vitest'
import {
  filesInFence,
  severalFilesNote,
} from '../../src/verify/read/not-checkable/shown/files-in-fence.js'
import { sampleOf } from './sample-of.js'

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

  it('notes a fence whose files load each other, whatever the one program of them raised', () => {
    const circle =
      "// circle.js\nexport function area(r) {\n  return r * r\n}\n\n// main.js\nimport * as circle from './circle'\nconsole.log(circle) // {area:area}"
    expect(severalFilesNote(sampleOf('js', circle), 'Error: Cannot find module')).toBe(
      'several files in one fence (`circle.js`, `main.js`), each saved on its own, not one program',
    )
    const chinese =
      "// 文件 a.js\nmodule.exports = { foo }\n\n// 文件 b.js\nconst { foo } = require('./a.js')"
    const before = "ReferenceError: Cannot access 'foo' before initialization"
    expect(severalFilesNote(sampleOf('js', chinese), before)).toContain('`a.js`, `b.js`')
  })

  it('leaves a syntax error a file of the fence has on its own, not made by joining them', () => {
    const calc =
      "// calc.js\nmodule.exports = {\n  add: function (a, b) { return a + b };\n}\n\n// index.js\nconst calc = require('./calc.js')"
    expect(
      severalFilesNote(sampleOf('js', calc), "SyntaxError: Unexpected token ';'"),
    ).toBeUndefined()
    const typo = "// 计算.js\nexport defaut { add }\n\n// index.js\nimport calc from './计算.js'"
    const joined = "SyntaxError: Unexpected token 'export'"
    expect(severalFilesNote(sampleOf('js', typo), joined)).toBeUndefined()
    const clean =
      "// calc.js\nexport default { add: (a, b) => a + b }\n\n// index.js\nimport calc from './calc.js'"
    expect(severalFilesNote(sampleOf('js', clean), joined)).toContain('`calc.js`, `index.js`')
  })

  it('leaves a fence of files that load none of the others to its error', () => {
    const apart = "// a.js\nconsole.log(x)\n\n// b.js\nconsole.log('b')"
    expect(
      severalFilesNote(sampleOf('js', apart), 'ReferenceError: x is not defined'),
    ).toBeUndefined()
  })

  it('reads a fence importing the name it exports above as a module and the code using it', () => {
    const twice = "SyntaxError: Identifier 'greet' has already been declared"
    const module =
      "// from npm\nexport function greet(n) {\n  return n\n}\n\nimport { greet } from 'greeter'\ngreet(1)"
    expect(severalFilesNote(sampleOf('js', module), twice)).toBe(
      'several files in one fence: the module exporting `greet` and the code importing it from `greeter`, each saved on its own, not one program',
    )
    const redeclared = 'export function greet(n) {}\nfunction greet(n) {}'
    expect(severalFilesNote(sampleOf('js', redeclared), twice)).toBeUndefined()
    const notExported = "function greet(n) {}\nimport { greet } from 'greeter'"
    expect(severalFilesNote(sampleOf('js', notExported), twice)).toBeUndefined()
  })
})
