import { execFileSync } from 'node:child_process'
import { chmod, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples, type Sample } from '../../src/verify/read/remark-extract-samples.js'
import { createFileCache } from '../../src/verify/run/sample-cache.js'
import { selectShard } from '../../src/verify/verify-posts.js'
import { startOrder, verifySamples } from '../../src/verify/verify-samples.js'

async function samplesOf(markdown: string): Promise<Sample[]> {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return file.data.samples ?? []
}

const pythonSample = (text: string) => `\`\`\`python\n${text}\n\`\`\`\n`

describe('verifySamples', () => {
  it('names a missing interpreter once, at the first sample that needs it', async () => {
    const samples = await samplesOf(
      `${pythonSample('print(1)\n# output: 1')}\n${pythonSample('print(2)\n# output: 2')}`,
    )
    const runner = samples[0]?.runner
    if (!runner) throw new Error('no sample found')
    const missing = {
      ...runner,
      interpreter: 'postdeck-python-404',
      version: { command: 'postdeck-python-404', args: ['--version'] },
    }
    const results = await verifySamples(samples.map((sample) => ({ ...sample, runner: missing })))
    expect(results.map((result) => [result.status, result.summary])).toEqual([
      ['failed', '`postdeck-python-404` is not installed, and this sample needs it'],
      ['skipped', '`postdeck-python-404` is not installed'],
    ])
  })

  it('serves an unchanged sample that passed from the cache', async () => {
    const cache = createFileCache(await mkdtemp(path.join(tmpdir(), 'postdeck-cache-')))
    const samples = await samplesOf(
      pythonSample('import os\nprint(os.getpid() > 0)\n# output: True'),
    )
    const [first] = await verifySamples(samples, { cache })
    const [second] = await verifySamples(samples, { cache })
    expect([first?.status, first?.cached]).toEqual(['passed', false])
    expect([second?.status, second?.cached]).toEqual(['passed', true])

    const changed = await samplesOf(pythonSample('print(False)\n# output: True'))
    const [third] = await verifySamples(changed, { cache })
    expect([third?.status, third?.cached]).toEqual(['failed', false])
  })

  it('runs a cached sample again when the way it is run changed', async () => {
    const cache = createFileCache(await mkdtemp(path.join(tmpdir(), 'postdeck-cache-')))
    const samples = await samplesOf(pythonSample('print(1)\n# output: 1'))
    const [first] = await verifySamples(samples, { cache })
    expect([first?.status, first?.cached]).toEqual(['passed', false])
    const runner = samples[0]?.runner
    if (!runner) throw new Error('no sample found')
    // The same code, run another way (a driver's argument changed): its old run says nothing.
    const otherWay = {
      ...runner,
      run: (file: string) => {
        const command = runner.run(file)
        return { ...command, args: ['-X', 'utf8', ...command.args] }
      },
    }
    const [second] = await verifySamples(
      samples.map((sample) => ({ ...sample, runner: otherWay })),
      { cache },
    )
    expect([second?.status, second?.cached]).toEqual(['passed', false])
  })

  it('runs a `continue` chain in one process and tells its outputs apart', async () => {
    const samples = await samplesOf(
      [
        pythonSample('x = 1\nprint("first")\n# output: first'),
        '<!-- verify: continue -->',
        pythonSample('x += 1\nprint(x)\n# output: 2'),
      ].join('\n'),
    )
    const results = await verifySamples(samples)
    expect(results.map((result) => [result.status, result.run?.output])).toEqual([
      ['passed', 'first\n'],
      ['passed', '2\n'],
    ])
  })

  it('reports results in document order, whatever order they finish in', async () => {
    const samples = await samplesOf(
      [
        pythonSample('import time\ntime.sleep(0.4)\nprint("slow")\n# output: slow'),
        pythonSample('print("fast")\n# output: fast'),
      ].join('\n'),
    )
    const results = await verifySamples(samples, { concurrency: 2 })
    expect(results.map((result) => result.run?.output)).toEqual(['slow\n', 'fast\n'])
  })

  it('runs Python samples from the interpreter behind a launcher, not through it', async () => {
    // A launcher in the way pyenv's shims are: a script that starts the real interpreter.
    const bin = await mkdtemp(path.join(tmpdir(), 'postdeck-launcher-'))
    const real = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      encoding: 'utf8',
    }).trim()
    const launcher = path.join(bin, 'python3')
    await writeFile(launcher, `#!/bin/sh\nPOSTDECK_LAUNCHED=yes exec '${real}' "$@"\n`)
    await chmod(launcher, 0o755)
    const samples = await samplesOf(
      pythonSample('import os\nprint(os.environ.get("POSTDECK_LAUNCHED"))\n# output: None'),
    )
    const searchPath = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${searchPath}`
    try {
      // Note: the launcher lives in the temporary folder, which a sandbox hides.
      const results = await verifySamples(samples, { sandbox: 'off' })
      expect(results.map((result) => [result.status, result.run?.output])).toEqual([
        ['passed', 'None\n'],
      ])
    } finally {
      process.env.PATH = searchPath
    }
  })
})

describe('startOrder', () => {
  it('starts timed jobs first, then programs by size, then syntax checks', async () => {
    const samples = await samplesOf(
      [
        pythonSample('x = 1'),
        pythonSample('print("a")\n# output: a'),
        pythonSample('x = 2\nprint(x)\n# output: 2'),
        '<!-- verify: continue -->',
        pythonSample('print(x + 1)\n# output: 3'),
        pythonSample('print("took 1.00 s")\n# output: took 1.00 s'),
      ].join('\n'),
    )
    const byLine = new Map(samples.map((sample) => [sample.line, sample]))
    const job = (lines: number[], timed = false) => ({
      samples: lines.flatMap((line) => byLine.get(line) ?? []),
      timed,
    })
    const lines = samples.map((sample) => sample.line)
    const [syntax, single, first, second, timed] = lines as [number, number, number, number, number]
    const jobs = [job([syntax]), job([single]), job([first, second]), job([timed], true)]
    expect(startOrder(jobs).map((each) => each.samples[0]?.line)).toEqual([
      timed,
      first,
      single,
      syntax,
    ])
  })
})

describe('selectShard', () => {
  it('deals whole chains to shards, covering every sample exactly once', async () => {
    const samples = await samplesOf(
      ['a', 'b', 'c', 'd', 'e']
        .map(
          (name, index) =>
            `${index === 2 ? '<!-- verify: continue -->\n' : ''}${pythonSample(`print("${name}")`)}`,
        )
        .join('\n'),
    )
    const shards = [1, 2].map((index) =>
      selectShard(samples, { index, count: 2 }).map((sample) => sample.code),
    )
    expect(shards).toEqual([
      ['print("a")', 'print("d")'],
      ['print("b")', 'print("c")', 'print("e")'],
    ])
  })
})
