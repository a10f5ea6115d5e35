import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { sameJoinedArray } from '../../src/verify/compare/values/joined-array.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const fence = '```'

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

describe('an array written as alert() shows it', () => {
  it.each([
    ['2,3,4', '[ 2, 3, 4 ]'],
    ['val', "[ 'val' ]"],
    ['a, b', "[ 'a', 'b' ]"],
    ['apples bananas oranges', "[ 'apples', 'bananas', 'oranges' ]"],
    ['"red,blue,green,black"', "[ 'red', 'blue', 'green', 'black' ]"],
    ["'1,2'", '[ 1, 2 ]'],
  ])('`%s` matches Node’s `%s`', (written, printed) => {
    expect(sameJoinedArray(written, printed)).toBe(true)
  })

  it.each([
    ['2,3,5', '[ 2, 3, 4 ]'],
    ['val', "['val']"],
    ['1', '[ [ 1 ] ]'],
    ['a', "{ a: 'a' }"],
    ['apples oranges', "[ 'apples', 'bananas', 'oranges' ]"],
    ['a b c', "[ 'a b', 'c' ]"],
    ['"red,blue,green"', "[ 'red', 'blue', 'green', 'black' ]"],
    ['"red, blue"', "[ 'red', 'blue' ]"],
    ['"val"', "[ 'val' ]"],
    ['"red,blue\'', "[ 'red', 'blue' ]"],
  ])('`%s` does not match `%s`', (written, printed) => {
    expect(sameJoinedArray(written, printed)).toBe(false)
  })
})

describe('code of the author’s that Node cannot run here', () => {
  it('notes JSX in a js fence and fails a `<` that opens no element', async () => {
    const jsx = `${fence}js\nconst name = 'Ann'\nfunction Hello() {\n  return <div>{name}</div>\n}\n${fence}`
    const broken = `${fence}js\nconst a = 1\nconst b = a < \nconsole.log(b)\n${fence}`
    const [noted, failed] = await verifyText(`React:\n\n${jsx}\n\nBroken:\n\n${broken}\n`)
    expect(noted?.summary).toMatch(/JSX \(`<div>`\) at line 6/)
    expect(failed?.status).toBe('failed')
  })

  it('notes a file the sample reads by the author’s absolute path, and not one it writes', async () => {
    const reads = `${fence}js\nconst fs = require('fs')\nfs.readFile('/tmp/postdeck-absent/a.txt', (err, data) => {\n  console.log(data.toString())\n})\n${fence}`
    const writes = `${fence}js\nconst fs = require('fs')\nfs.writeFile('/tmp/postdeck-absent/b.txt', 'b', () => {})\nconsle.log('written')\n${fence}`
    const [read, written] = await verifyText(`Read:\n\n${reads}\n\nWrite:\n\n${writes}\n`)
    expect(read?.status).toBe('noted')
    expect(read?.summary).toMatch(/author's file `\/tmp\/postdeck-absent\/a\.txt`/)
    expect(written?.status).toBe('failed')
  })

  it('reads a lower-case name beside a global class as an instance, not a typo', async () => {
    const code = "proxy.on('ping', () => console.log('pong'))\nproxy.emit('ping')"
    const [result] = await verifyText(
      `Events:\n\n${fence}js\n${code}\n${fence}\n\n${fence}\npong\n${fence}\n`,
    )
    expect(result?.status).toBe('noted')
    expect(result?.summary).toMatch(/`proxy`/)
  })
})

describe('a time of day read from the clock', () => {
  it('varies in its half of the day too (`AM` for `PM`)', async () => {
    const am =
      "const now = new Date()\nconsole.log(now.toLocaleTimeString('en-US', { timeZone: 'UTC' }))\n// <- '3:15:20 AM'"
    const pm = am.replace('AM', 'PM')
    const [first, second] = await verifyText(
      `Now:\n\n${fence}js\n${am}\n${fence}\n\nAgain:\n\n${fence}js\n${pm}\n${fence}\n`,
    )
    expect([first?.check, second?.check]).toEqual(['varies', 'varies'])
  })
})
