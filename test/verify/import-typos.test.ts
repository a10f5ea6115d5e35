import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pythonDefinitionCheck } from '../../src/verify/run/definition-check.js'
import { type Command, runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('python runner missing')
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-import-typos-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** What a check prints for some code, and whether it passed. */
async function check(code: string, command: (file: string) => Command) {
  const file = path.join(folder, 'sample.py')
  await writeFile(file, code)
  const { command: program, args } = command(file)
  try {
    const { stdout } = await promisify(execFile)(program, args)
    return { ok: true, output: stdout.trim() }
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? '').trim() }
  }
}
const parse = (code: string) => check(code, (file) => python.check(file))

describe('the import of a misspelt standard module', () => {
  it('fails at its line, naming the module meant: letters swapped, one left out or one changed inside', async () => {
    expect(await parse('import os\nfrom mulitprocessing import Process\n')).toEqual({
      ok: false,
      output:
        "2:ModuleNotFoundError: No module named 'mulitprocessing' (did you mean 'multiprocessing'?)",
    })
    expect((await parse('import colections\n')).output).toBe(
      "1:ModuleNotFoundError: No module named 'colections' (did you mean 'collections'?)",
    )
    expect((await parse('def f():\n    import ramdom.x\n')).output).toBe(
      "2:ModuleNotFoundError: No module named 'ramdom' (did you mean 'random'?)",
    )
  })

  it("leaves packages named after a standard module alone, and Python 2's modules", async () => {
    for (const code of [
      'import ujson, lxml, httpx, jsons, pathlib2, urllib2\n',
      'import Queue, Tkinter, cPickle\n',
      'from . import colections\n',
      'import numpy as np\nfrom collections import OrderedDict\n',
    ])
      expect(await parse(code), code).toEqual({ ok: true, output: '' })
  })

  it('is checked too when the definitions of a sample run', async () => {
    const code = 'from colections import OrderedDict\n\ndef f(x: List[int]) -> None:\n    pass\n'
    expect((await check(code, (file) => pythonDefinitionCheck(python, file, []))).output).toBe(
      "1:ModuleNotFoundError: No module named 'colections' (did you mean 'collections'?)",
    )
  })
})
