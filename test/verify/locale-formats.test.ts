import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { icuNeutral } from '../../src/verify/compare/varying/locale-formats.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

const fence = '```'

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

describe('icuNeutral', () => {
  it.each([
    ['￥80,909.89', '¥80,909.89'],
    ['80,909.89 人民币', '80,909.89人民币'],
    ['1.234,50\u00A0€', '1.234,50 €'],
    ['CNY 80,909.89', 'CNY\u00A080,909.89'],
  ])('writes %j and %j alike', (one, other) => {
    expect(icuNeutral(one)).toBe(icuNeutral(other))
  })

  it.each([
    ['¥80,909.89', '¥80,909.88'],
    ['$80,909.89', '¥80,909.89'],
    ['Total 5', 'Total5'],
  ])('keeps %j and %j apart', (one, other) => {
    expect(icuNeutral(one)).not.toBe(icuNeutral(other))
  })
})

const amount = (
  comment: string,
  code = "(80909.89).toLocaleString('zh', { style: 'currency', currency: 'CNY' })",
) => `${fence}js\nconsole.log(${code}); // ${comment}\n${fence}\n`

describe('an amount formatted by locale', () => {
  it("varies where the post shows another ICU version's forms", async () => {
    const results = await verifyText(
      `${amount('"￥80,909.89"')}\n${amount('"80,909.89 人民币"', "(80909.89).toLocaleString('zh', { style: 'currency', currency: 'CNY', currencyDisplay: 'name' })")}`,
    )
    expect(results.map((result) => result.status)).toEqual(['noted', 'noted'])
    expect(results[0]?.summary).toMatch(/vary/)
  })

  it('fails on another amount', async () => {
    const [result] = await verifyText(amount('"￥80,909.88"'))
    expect(result?.status).toBe('failed')
  })

  it('fails when the code formats nothing by locale', async () => {
    const [result] = await verifyText(amount('"￥80,909.89"', "'¥80,909.89'"))
    expect(result?.status).toBe('failed')
  })
})
