import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { notebookValues } from '../../src/verify/read/outputs/fences/notebook-values.js'
import { runnerFor } from '../../src/verify/runners.js'

const python = runnerFor('python')
if (!python) throw new Error('no runner')

const setting = 'InteractiveShell.ast_node_interactivity = "all"'
const cell = 'g = 2\ng\ng * 2'
/** A page of one Python cell and, under it, `after` (nbconvert's indented output block by default). */
function page(after = '    2\n\n\n\n    4\n') {
  const tree = fromMarkdown(`Intro:\n\n\`\`\`python\n${cell}\n\`\`\`\n\n${after}`)
  const index = tree.children.findIndex((node) => node.type === 'code' && node.lang === 'python')
  return { tree, index }
}

describe('the output block under a notebook cell that shows every value', () => {
  it('is one part covering the cell, every value shown, blank lines left out', () => {
    const { tree, index } = page()
    const read = notebookValues(cell, tree, index, python, [setting])
    expect(read?.kind).toBe('statements')
    expect(read?.notebook).toBe(true)
    expect(read?.lines).toEqual(['2', '4'])
    expect(read?.lineNumbers).toEqual([9, 13])
    expect(read?.parts).toEqual([
      { from: 1, to: 3, value: true, gapless: true, lines: ['2', '4'], lineNumbers: [9, 13] },
    ])
    // The setting made in the cell itself holds for it too.
    expect(notebookValues(`${setting}\n${cell}`, tree, index, python, [])?.kind).toBe('statements')
  })

  it('is nothing without the setting, under a fence, or for another language', () => {
    const { tree, index } = page()
    expect(notebookValues(cell, tree, index, python, [])).toBeUndefined()
    expect(
      notebookValues(cell, tree, index, python, ['ast_node_interactivity = "last"']),
    ).toBeUndefined()
    const fenced = page('```\n2\n4\n```\n')
    expect(notebookValues(cell, fenced.tree, fenced.index, python, [setting])).toBeUndefined()
    const javascript = runnerFor('js')
    if (!javascript) throw new Error('no runner')
    expect(notebookValues(cell, tree, index, javascript, [setting])).toBeUndefined()
  })
})

describe('a class of the script named with its module', () => {
  const shown = (line: string) => ({
    kind: 'block' as const,
    lines: [line],
    lineNumbers: [5],
    reason: '',
  })
  const options = { samplePath: '/tmp/sample.py' }
  it('equals the same display, as IPython shows a class, and the name an older Python left out', () => {
    expect(compareOutput(shown('__main__.Golem'), '__main__.Golem\n', options).ok).toBe(true)
    expect(compareOutput(shown('__main__.TooHotError'), 'TooHotError\n', options).ok).toBe(true)
    expect(compareOutput(shown('__main__.Golem'), '__main__.Giant\n', options).ok).toBe(false)
  })
})
