import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const fence = '```'

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

// A browser's timer id is a number, Node's a `Timeout` object.
const timerId = `${fence}js\nconsole.log(Number.isInteger(setTimeout(() => {}, 0))) // true\n${fence}`

describe('a failure the post explains in its own words', () => {
  it.each([
    ['In a browser, `setTimeout` returns a number, so this logs true:'],
    ['在浏览器环境下，setTimeout 返回一个数字，所以输出 true。'],
  ])('is a note under a lead-in naming a browser: %s', async (leadIn) => {
    const [result] = await verifyText(`${leadIn}\n\n${timerId}\n`)
    expect(result?.status).toBe('noted')
    expect(result?.summary).toMatch(/shows what it prints in a browser/)
  })

  it('still fails with no such lead-in', async () => {
    const [result] = await verifyText(`It logs true:\n\n${timerId}\n`)
    expect(result?.status).toBe('failed')
  })

  it.each([["This won't work:"], ['错误示例：']])(
    'is a note under a lead-in calling the code the wrong way: %s',
    async (leadIn) => {
      const [result] = await verifyText(
        `${leadIn}\n\n${fence}js\nconsole.log(0.1 + 0.2) // 0.3\n${fence}\n`,
      )
      expect(result?.status).toBe('noted')
    },
  )

  it('keeps a failure above a comment that marks the code after it as wrong', async () => {
    const code = 'console.log(1 + 1) // 3\n// wrong\nconsole.log(0.1 + 0.2) // 0.3'
    const [result] = await verifyText(`Sums:\n\n${fence}js\n${code}\n${fence}\n`)
    expect(result?.status).toBe('failed')
  })

  it('is a note after a comment saying the comments are what is wanted', async () => {
    const code =
      "const machine = {}\n// comments are what we _want_ to have logged\nconsole.log(machine.transition('off')) // on"
    const [result] = await verifyText(`The API we want:\n\n${fence}js\n${code}\n${fence}\n`)
    expect(result?.status).toBe('noted')
  })

  it('notes the lines under `# Python2` and compares those under `# Python3`', async () => {
    const good =
      '# Python2\nprint(.1 + .2) # 0.3\n\n# Python3\nprint(.1 + .2) # 0.30000000000000004'
    const [kept] = await verifyText(`Two Pythons:\n\n${fence}python\n${good}\n${fence}\n`)
    expect(kept?.status).toBe('noted')
    const wrong = '# Python2\nprint(.1 + .2) # 0.3\n\n# Python3\nprint(.1 + .2) # 0.3'
    const [failed] = await verifyText(`Two Pythons:\n\n${fence}python\n${wrong}\n${fence}\n`)
    expect(failed?.status).toBe('failed')
  })

  it.each([['某次的运行结果如下所示。'], ['One run printed:']])(
    'varies for one run of code drawing random numbers: %s',
    async (leadIn) => {
      const code = 'import random\nprint(random.randint(1, 10**9))'
      const [result] = await verifyText(
        `Draw:\n\n${fence}python\n${code}\n${fence}\n\n${leadIn}\n\n${fence}\n12345\n${fence}\n`,
      )
      expect(result?.status).toBe('noted')
      expect(result?.check).toBe('varies')
    },
  )
})

describe('threads drawing at random, one run shown', () => {
  const code = [
    'import random, threading, time',
    'def work(delay):',
    '    time.sleep(delay)',
    "    print(threading.current_thread().name, 'drew', random.randint(1, 9))",
    'ts = [threading.Thread(target=work, args=((2 - i) / 10,)) for i in range(3)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
  ].join('\n')
  const shown = 'Thread-6 drew 5\nThread-8 drew 2\nThread-7 drew 9'
  it.each([['运行结果:(每次运行都会不一样)'], ['Output (it varies on each run):']])(
    'varies under a lead-in saying each run differs: %s',
    async (leadIn) => {
      const [result] = await verifyText(
        `Threads:\n\n${fence}python\n${code}\n${fence}\n\n${leadIn}\n\n${fence}\n${shown}\n${fence}\n`,
      )
      expect(result?.check).toBe('varies')
    },
  )
})

describe('a counterexample named earlier in the lead-in', () => {
  it('speaks of other code: the sample below still fails', async () => {
    const leadIn = '`Generic[T, T]` 这样是错误的。下面是正确的写法：'
    const [result] = await verifyText(
      `${leadIn}\n\n${fence}js\nconsole.log(0.1 + 0.2) // 0.3\n${fence}\n`,
    )
    expect(result?.status).toBe('failed')
  })
})

describe('a lead-in calling the documented value wrong', () => {
  it('is a claim the sample must fail, not a counterexample: `this count is wrong:`', async () => {
    const [claim] = await verifyText(
      `But this count is wrong:\n\n${fence}js\nconsole.log(1 + 1) // 3\n${fence}\n`,
    )
    expect(claim?.status).toBe('failed')
    const [alone] = await verifyText(`Wrong:\n\n${fence}js\nconsole.log(1 + 1) // 3\n${fence}\n`)
    expect(alone?.status).toBe('noted')
  })

  it('leaves versions under `// Bad` and `// Good` to be judged one by one', async () => {
    const code = '// Bad\nconst a = undefined\na.length\n\n// Good\nconst b = undefined\nb.length'
    const [result] = await verifyText(`Two ways:\n\n${fence}js\n${code}\n${fence}\n`)
    expect(result?.status).toBe('failed')
  })
})
