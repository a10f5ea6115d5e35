import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { isDictDisplay } from '../../src/verify/compare/values/dict-displays.js'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'
import { arrowOutputs } from '../../src/verify/read/outputs/pasted/arrow-outputs.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { runnerFor } from '../../src/verify/runners.js'
import { updateOutputs } from '../../src/verify/update/update-outputs.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const python = runnerFor('python')
if (!python) throw new Error('no python runner')

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

describe('output written into the code as a quote', () => {
  it('reads `> value` and `>> value` lines after the code as its output, never a `>>>` prompt', () => {
    const quoted = arrowOutputs('s = "Python"\nprint(s.upper())\n\n> PYTHON', 5, python)
    expect(quoted?.expected.lines).toEqual(['PYTHON'])
    expect(quoted?.expected.lineNumbers).toEqual([9])
    const doubled = arrowOutputs('print(len("abc"))\n\n>> 3\n', 1, python)
    expect(doubled?.expected.lines).toEqual(['3'])
    expect(arrowOutputs('>>> print(1)\n1', 1, python)).toBeUndefined()
  })
})

describe('output written into the code after an arrow', () => {
  it('is the output of the code above each arrow, the arrow lines left blank in the code', () => {
    const code =
      'a = [1, 2]\nprint(a)\n\n==> [1, 2]\n\nfirst, *rest = a\nprint(first)\nprint(rest)\n\n==> 1\n    [2]'
    const read = arrowOutputs(code, 10, python)
    expect(read?.code.split('\n')).toEqual(
      code.split('\n').map((line) => (/^(==>| {4}\[)/.test(line) ? '' : line)),
    )
    expect(
      read?.expected.parts?.map(({ from, to, lines, lineNumbers }) => ({
        from,
        to,
        lines,
        lineNumbers,
      })),
    ).toEqual([
      { from: 1, to: 2, lines: ['[1, 2]'], lineNumbers: [14] },
      { from: 5, to: 8, lines: ['1', '[2]'], lineNumbers: [20, 21] },
    ])
  })

  it('shows a bare expression as its value, and joins arrow lines in a row into one block', () => {
    const value = arrowOutputs('xs = [[1], [2]]\nsum(xs, [])\n\n==> [1, 2]', 1, python)
    expect(value?.expected.parts?.[0]?.value).toBe(true)
    const row = arrowOutputs('f(1)\nf(2)\n\n==> one\n==> two', 1, python)
    expect(row?.expected.parts?.map((part) => [part.value, part.lines])).toEqual([
      [false, ['one', 'two']],
    ])
  })

  it('leaves alone code that parses as written, or whose arrow sits inside a string or has no code above it', () => {
    expect(arrowOutputs('s = """\n==> not output\n"""\nprint(s)', 1, python)).toBeUndefined()
    expect(arrowOutputs('==> 3\nprint(3)', 1, python)).toBeUndefined()
    expect(arrowOutputs('print(1)\n==> 1', 1, runnerFor('bash') ?? python)).toBeUndefined()
    // A real syntax error elsewhere stays the sample's own failure.
    expect(arrowOutputs('print(1\n\n==> 1', 1, python)).toBeUndefined()
  })

  it('is compared, a wrong value failing at its own line', async () => {
    const post = '```python\nprint(2 + 2)\n\n==> 4\n\nprint(3 * 3)\n\n==> 6\n```\n'
    const [result] = await verifyText(post)
    expect(result?.status).toBe('failed')
    expect(result?.line).toBe(8)
  })

  it('is rewritten after its arrow by --update, and a second update changes nothing', async () => {
    const post =
      '```python\nprint(2 + 2)\n\n==> 5\n\nprint([1, 2])\nprint(3)\n\n==> [1]\n    3\n```\n'
    const updated = updateOutputs(post, await verifyText(post))
    expect(updated.text).toBe(post.replace('==> 5', '==> 4').replace('==> [1]', '==> [1, 2]'))
    const after = await verifyText(updated.text)
    expect(after.map((result) => result.status)).toEqual(['passed'])
    expect(updateOutputs(updated.text, after).text).toBe(updated.text)
  })
})

describe('dict displays', () => {
  it('are told from set displays by a colon outside strings and brackets', () => {
    expect(isDictDisplay("'a': 1, 'b': [1, 2]")).toBe(true)
    expect(isDictDisplay("'a:b', 'c'")).toBe(false)
    expect(isDictDisplay("'it\\'s: here', 'c'")).toBe(false)
    expect(isDictDisplay("('a', 1), 'b'")).toBe(false)
  })

  it('keep their order: keys in another order are another value, a set’s elements vary', () => {
    const differs = varyingDifferences({ now: new Date(), hashOrders: true })
    expect(differs("{'b': 2, 'a': 1}", "{'a': 1, 'b': 2}")).toBeUndefined()
    expect(differs("{'b', 'a'}", "{'a', 'b'}")).toEqual(['hash order'])
  })
})
