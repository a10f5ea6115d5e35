import type { Element } from 'hast'
import type { Code, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { outputMarker } from '../../../verify/read/outputs/documented-output.js'
import type { SampleOutput } from '../../code/sample-outputs.js'
import { isImageParagraph, isSpeakerProse } from '../prose.js'
import { blockHeight } from '../slide-metrics.js'
import { moreLineHeight, moreOnPage } from './budget.js'
import { isPictureLanguage, smallerCode } from './code.js'
import type { PageOptions } from './page.js'

/** Output lines worth showing under a sample's code; fewer, and the output starts the next slide. */
const minOutputLines = 3

/** A program's output: a sample's verified output, or a transcript block (`text`, `console`, no language). */
export function isOutput(node: RootContent): boolean {
  return node.type === 'sampleOutput' || (node.type === 'code' && isPictureLanguage(node))
}

/** A program's code, as opposed to a transcript or a drawing. */
export function isProgram(node: RootContent | undefined): boolean {
  return node?.type === 'code' && !isPictureLanguage(node)
}

/** A lead-in naming a result and nothing else: "Result:", "The answer is:", "答案是：", "输出的结果：". */
const resultLabel =
  /^(?:the\s+)?(?:results?|answers?|returns?|prints?)(?:\s+(?:is|are))?\s*[:：]$|^(?:(?:输出|运行)的?结果|答案|结果)(?:是|为|如下)?\s*[:：]?$/iu

/** Whether a paragraph is only an output label: "Output:", "运行结果：", "结果如下：", "Result:", "答案是：". */
export function isOutputLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false
  const text = plainText(node).trim()
  return outputMarker.exec(text)?.[1] === '' || resultLabel.test(text)
}

/**
 * Whether `lead`, under a program's code, introduces its output `block`: a
 * short paragraph ("Output:", "Running it prints", "结果如下", "答案是")
 * before an output, or an output label before a fence in any language (JSON
 * under "Output:"). Whether the output is shown or, matched by the verified
 * one, left to the notes. Note: it does not look at the code above.
 */
export function introducesOutput(lead: RootContent, block: RootContent | undefined): boolean {
  if (!block || lead.type !== 'paragraph' || isImageParagraph(lead) || isSpeakerProse(lead))
    return false
  return isOutput(block) || (block.type === 'code' && isOutputLabel(lead))
}

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
