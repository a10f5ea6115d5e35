import { describe, expect, it } from 'vitest'
import { alternativeFormsAt } from '../../src/verify/read/not-checkable/shown/alternative-forms.js'
import { sampleOf } from './sample-of.js'

const samplePath = '/tmp/postdeck-x/sample.js'
const refused = (line: number, message: string) =>
  `${samplePath}:${line}\nlet stat = _fs.stat;\n    ^\n\nSyntaxError: ${message}\n`

describe('alternativeFormsAt', () => {
  it('reads two forms joined by a connective comment, destructured first', () => {
    const code = [
      "let { stat, exists } = require('fs');",
      '',
      '// 等同于',
      "let _fs = require('fs');",
      'let stat = _fs.stat;',
    ].join('\n')
    const output = refused(5, "Identifier 'stat' has already been declared")
    expect(alternativeFormsAt(sampleOf('js', code), output, samplePath)).toBe(
      'alternative forms (`等同于`, at line 4) each declare `stat`: one program of them is a `SyntaxError`, each is meant on its own',
    )
  })

  it('reads an export and its equivalent import and export', () => {
    const code = [
      "export * as ns from 'mod';",
      '// equivalent to',
      "import * as ns from 'mod';",
      'export { ns };',
    ].join('\n')
    const output = refused(4, "Duplicate export of 'ns'")
    expect(alternativeFormsAt(sampleOf('js', code), output, samplePath)).toMatch(
      /^alternative forms \(`equivalent to`, at line 3\) each declare `ns`/,
    )
  })

  it('reads a longer form and its shorthand, joined by `could be shortened to:`', () => {
    const code = [
      'let nom;',
      'if (username) {',
      '  nom = username;',
      '}',
      '',
      '// could be shortened to:',
      "let nom = username || 'Stranger';",
    ].join('\n')
    const output = refused(7, "Identifier 'nom' has already been declared")
    expect(alternativeFormsAt(sampleOf('js', code), output, samplePath)).toMatch(
      /^alternative forms \(`could be shortened to:`, at line 7\) each declare `nom`/,
    )
    const chinese = code.replace('// could be shortened to:', '// 可以简写为：')
    expect(alternativeFormsAt(sampleOf('js', chinese), output, samplePath)).toMatch(
      /^alternative forms \(`可以简写为：`/,
    )
  })

  it('reads a connective saying how to read the first form, `可以简单理解为`, `can be read as`', () => {
    for (const words of ['可以简单理解为', 'can be read as']) {
      const code = [
        "export { foo, bar } from 'my_module';",
        '',
        `// ${words}`,
        "import { foo, bar } from 'my_module';",
        'export { foo, bar };',
      ].join('\n')
      const output = refused(5, "Duplicate export of 'foo'")
      expect(alternativeFormsAt(sampleOf('js', code), output, samplePath)).toMatch(
        new RegExp(`^alternative forms \\(\`${words}\`, at line 4\\) each declare \`foo\``),
      )
    }
  })

  it('leaves a redeclaration with no comment between as a real error', () => {
    const code = "let { stat } = require('fs');\n// 读取文件信息\nlet stat = 1;"
    const output = refused(3, "Identifier 'stat' has already been declared")
    expect(alternativeFormsAt(sampleOf('js', code), output, samplePath)).toBeUndefined()
  })
})
