import type { Element } from 'hast'
import type { Code, RootContent } from 'mdast'
import type { SampleOutput } from '../../code/sample-outputs.js'
import { blockHeight } from '../slide-metrics.js'
import { moreLineHeight, moreOnPage } from './budget.js'
import { smallerCode } from './code.js'
import type { PageOptions } from './page.js'

/** Output lines worth showing under a sample's code; fewer, and the output starts the next slide. */
const minOutputLines = 3

/**
 * A sample's code with its output in `space`: both at the smaller size, or
 * the code and the head of its output, saying how many lines are left to the
 * page (the notes keep the whole output). `undefined` when the code alone
 * leaves no room for a few lines of output.
 */
export function withOutput(
  code: Code,
  output: SampleOutput,
  space: number,
  heightOf: (node: RootContent) => number,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  const smallCode = smallerCode(code)
  const smallOutput = smallerOutput(output)
  if (heightOf(smallCode) + heightOf(smallOutput) <= space)
    return { nodes: [smallCode, smallOutput], notes: [] }
  const shownCode = heightOf(code) <= space * 0.7 ? code : smallCode
  const head = outputHead(output, space - heightOf(shownCode), options)
  return head && { nodes: [shownCode, ...head.nodes], notes: head.notes }
}

/** An output at the smaller code size. */
export function smallerOutput(output: SampleOutput): SampleOutput {
  const classes = output.data.hProperties.className ?? []
  return {
    ...output,
    data: {
      ...output.data,
      small: true,
      hProperties: { ...output.data.hProperties, className: [...classes, 'small-code'] },
    },
  }
}

/**
 * The first lines of an output that fit `space` at the smaller size, with a
 * line saying how many more are on the page; the notes keep it whole.
 * `undefined` when fewer than a few lines fit.
 */
export function outputHead(
  output: SampleOutput,
  space: number,
  options: PageOptions,
): { nodes: RootContent[]; notes: RootContent[] } | undefined {
  const lines = output.data.text.split('\n')
  const room = space - moreLineHeight
  let count = 0
  while (count < lines.length && blockHeight(firstLines(output, count + 1)) <= room) count++
  if (count < minOutputLines || count >= lines.length) return undefined
  const more = moreOnPage(options.notes.moreOutput(lines.length - count), options.pageHref)
  const whole: Code = { type: 'code', lang: 'text', value: output.data.text }
  return { nodes: [firstLines(output, count), more], notes: [whole] }
}

/** Height of the fewest lines of an output worth showing, with the line saying the rest is on the page. */
export function outputHeadHeight(output: SampleOutput): number {
  return blockHeight(firstLines(output, minOutputLines)) + moreLineHeight
}

/** The first `count` lines of an output, at the smaller size. */
function firstLines(output: SampleOutput, count: number): SampleOutput {
  const text = output.data.text.split('\n').slice(0, count).join('\n')
  const small = smallerOutput(output)
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: {},
    children: [{ type: 'text', value: text }],
  }
  const pre: Element = { type: 'element', tagName: 'pre', properties: {}, children: [code] }
  return { ...small, data: { ...small.data, text, hChildren: [pre] } }
}
