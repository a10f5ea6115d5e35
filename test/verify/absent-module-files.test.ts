import { describe, expect, it } from 'vitest'
import { absentModuleFileNeed } from '../../src/verify/read/not-checkable/needs/absent-module-files.js'
import { sampleOf } from './sample-of.js'

const notFound = (path: string) =>
  `node:internal/modules/esm/resolve:283\nError [ERR_MODULE_NOT_FOUND]: Cannot find module '/tmp/p/${path}' imported from /tmp/p/sample.mjs\n`

describe('absentModuleFileNeed', () => {
  it('notes an import of a file the post does not give', () => {
    const sample = sampleOf('js', "import {a} from './xxx.js'\nconsole.log(a) // 1")
    expect(absentModuleFileNeed(sample, notFound('xxx.js'))).toBe(
      'needs the module `./xxx.js`, which the post does not give',
    )
  })

  it("notes an import leaving out the extension of the post's file", () => {
    const sample = {
      ...sampleOf('js', "import f from './export-default'\nf() // 'foo'"),
      pageFiles: ['export-default.js'],
    }
    expect(absentModuleFileNeed(sample, notFound('export-default'))).toMatch(
      /^imports `\.\/export-default` without the extension of the post's `export-default\.js`/,
    )
  })

  it('leaves a fence of several files, a file given by name, and other errors', () => {
    const several = sampleOf(
      'js',
      "// circle.js\nexport const r = 1\n// main.js\nimport {r} from './circle'",
    )
    expect(absentModuleFileNeed(several, notFound('circle'))).toBeUndefined()
    const given = { ...sampleOf('js', "import f from './a.js'"), files: { 'a.js': 'x' } }
    expect(absentModuleFileNeed(given, notFound('a.js'))).toBeUndefined()
    const other = sampleOf('js', "import {a} from './xxx.js'")
    expect(absentModuleFileNeed(other, 'ReferenceError: a is not defined\n')).toBeUndefined()
    const required = sampleOf(
      'js',
      "const helper = require('./helper.js')\nconsole.log(helper) // {}",
    )
    const cjs =
      "Error: Cannot find module './helper.js'\nRequire stack:\n- /tmp/p/sample.cjs\n  code: 'MODULE_NOT_FOUND'\n"
    expect(absentModuleFileNeed(required, cjs)).toBeUndefined()
  })
})
