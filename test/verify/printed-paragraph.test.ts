import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { printedParagraph } from '../../src/verify/read/outputs/pasted/printed-paragraph.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no runner')

const definition = 'def label(n):\n    return f"Box {n} weighs {n * 2} kg"\n'
const cell = 'print(label(1))\nprint(f"Total: {3} boxes in stock")'
/** A page of one Python cell and, under it, `after`. */
function page(after: string, code = cell) {
  const tree = fromMarkdown(`Intro:\n\n\`\`\`python\n${code}\n\`\`\`\n\n${after}\n`)
  const index = tree.children.findIndex((node) => node.type === 'code')
  return { tree, index }
}

describe('printed lines pasted as a paragraph under the sample', () => {
  it('is read when it holds the text of the first print to that of the last', () => {
    const { tree, index } = page('Box 1 weighs 2 kg Total: 3 boxes in stock')
    const read = printedParagraph(cell, tree, index, python, [definition])
    expect(read?.kind).toBe('block')
    expect(read?.paragraph).toBe(true)
    expect(read?.lines).toEqual(['Box 1 weighs 2 kg Total: 3 boxes in stock'])
    expect(read?.lineNumbers).toEqual([8])
  })

  it('is prose when it only opens with the printed words, or the print shows no words', () => {
    const prose = page('Box 1 weighs 2 kg, as the label says; the rest is in stock.')
    expect(printedParagraph(cell, prose.tree, prose.index, python, [definition])).toBeUndefined()
    const unknown = page('Box 1 weighs 2 kg', 'print(label(1))')
    expect(printedParagraph('print(label(1))', unknown.tree, unknown.index, python)).toBeUndefined()
    const value = page('3', 'print(f"{3}")')
    expect(printedParagraph('print(f"{3}")', value.tree, value.index, python)).toBeUndefined()
  })

  it('is compared with the printed lines joined, and a stale value fails', () => {
    const { tree, index } = page('Box 1 weighs 5 kg Total: 3 boxes in stock')
    const read = printedParagraph(cell, tree, index, python, [definition])
    if (!read) throw new Error('not read')
    const options = { samplePath: 'sample.py' }
    const printed = 'Box 1 weighs 2 kg\nTotal: 3 boxes in stock\n'
    expect(compareOutput(read, printed, options).ok).toBe(false)
    expect(
      compareOutput(
        { ...read, lines: ['Box 1 weighs 2 kg Total: 3 boxes in stock'] },
        printed,
        options,
      ).ok,
    ).toBe(true)
  })
})
