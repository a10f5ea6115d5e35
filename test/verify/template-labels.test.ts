// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are the source of JavaScript samples
import { describe, expect, it } from 'vitest'
import { templateValueShown } from '../../src/verify/compare/comments/template-values.js'
import { statementOutputs } from '../../src/verify/read/outputs/comments/statement-outputs.js'
import { templateLabel } from '../../src/verify/read/outputs/comments/template-labels.js'
import { runnerFor } from '../../src/verify/runners.js'

function parts(code: string) {
  const js = runnerFor('js')
  if (!js) throw new Error('no runner for js')
  return (statementOutputs(code, 0, js)?.parts ?? []).map((part) => ({
    lines: `${part.from}-${part.to}`,
    documented: part.lines,
    template: part.template,
  }))
}

describe('labelled template prints', () => {
  it('reads the label a print of one template literal shows before its value', () => {
    expect(templateLabel('console.log(`Top number: ${top(nums)}`)')).toBe('Top number: ')
    expect(templateLabel('console.log(`Range:\\n${range}`);')).toBe('Range:\n')
    expect(templateLabel('console.log(`最大值: ${max}`)')).toBe('最大值: ')
  })

  it('finds no label in other prints', () => {
    expect(templateLabel('console.log(`${a} and ${b}`)')).toBeUndefined()
    expect(templateLabel('console.log(`Total: ${sum} points`)')).toBeUndefined()
    expect(templateLabel("console.log('Total:', sum)")).toBeUndefined()
    expect(templateLabel('console.log(`42: ${x}`)')).toBeUndefined()
  })

  it('reads the value under such a print, the comment lines after it being a remark', () => {
    const code = [
      'console.log(`Cost: ${cost([1, 3, 5])}`)',
      '//33',
      '//First 1+3, then 4+5, then 9+11.',
      '',
      'console.log(`Cost: ${cost([2])}`)',
      '//2',
    ].join('\n')
    expect(parts(code)).toEqual([
      { lines: '1-1', documented: ['33'], template: 'Cost: ' },
      { lines: '5-5', documented: ['2'], template: 'Cost: ' },
    ])
  })

  it('leaves a comment block under another print as it was', () => {
    expect(parts("console.log('Cost:', cost([1, 3, 5]))\n//33\n//First 1+3, then 4+5.")).toEqual([])
  })
})

describe('values under labelled template prints', () => {
  it('matches the value printed after the label, an array as a template shows it', () => {
    expect(templateValueShown('Top: ', '4', 'Top: 4\n')).toBe(true)
    expect(templateValueShown('Top: ', 'Output: [6, 7, 8]', 'Top: 6,7,8\n')).toBe(true)
    expect(templateValueShown('Levels: ', '[[12], [4], [6.5]];', 'Levels: 12,4,6.5\n')).toBe(true)
    expect(templateValueShown('Range:\n', '[20, 24]', 'Range:\n20,24\n')).toBe(true)
    expect(templateValueShown('Name: ', "'ada'", 'Name: ada\n')).toBe(true)
  })

  it('still differs for another value, another order, or another label', () => {
    expect(templateValueShown('Top: ', '5', 'Top: 4\n')).toBe(false)
    expect(templateValueShown('Top: ', '[8, 7, 6]', 'Top: 6,7,8\n')).toBe(false)
    expect(templateValueShown('Top: ', '4', 'Best: 4\n')).toBe(false)
    expect(templateValueShown('Top: ', '4', 'Top: 4\nTop: 5\n')).toBe(false)
  })
})
