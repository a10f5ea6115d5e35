import type { Element } from 'hast'
import type { Code, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { SampleResult } from '../../verify/verify-samples.js'

/** What a page or deck shows of a sample that ran and passed: plain data, so it can cross threads. */
export interface ShownSampleOutput {
  /** Line of the sample's opening fence. */
  line: number
  mode: SampleResult['sample']['mode']
  output: string
  /** Line of the post's own output block the real output matched, when the post has one. */
  documentedAt?: number | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Outputs to show after the post's samples; set before rendering, absent when not verified. */
    shownOutputs: ShownSampleOutput[]
  }
}

/** The outputs to show of verified samples: those that ran and passed. */
export function shownOutputs(results: readonly SampleResult[]): ShownSampleOutput[] {
  return results.flatMap((result) =>
    result.status === 'passed' && result.shownOutput !== undefined
      ? [
          {
            line: result.sample.line,
            mode: result.sample.mode,
            output: result.shownOutput,
            documentedAt:
              result.sample.mode === 'compare' && result.sample.expected?.kind === 'block'
                ? result.sample.expected.lineNumbers[0]
                : undefined,
          },
        ]
      : [],
  )
}

/** A sample's real output, shown after its code; rendered from the hast it carries. */
export interface SampleOutput {
  type: 'sampleOutput'
  position?: Position
  data: {
    hName: string
    hProperties: Record<string, string[]>
    hChildren: Element[]
    /** The output shown, as text. */
    text: string
    /** Shown at the smaller code size (a deck's slide holding a long sample and its output). */
    small?: boolean
  }
}

declare module 'mdast' {
  interface RootContentMap {
    sampleOutput: SampleOutput
  }
  interface BlockContentMap {
    sampleOutput: SampleOutput
  }
}

/**
 * A copy of `tree` with the real output of every sample that ran and passed
 * after its code: on the page a "Verified" note that opens to the output, in
 * the deck the output as a fragment revealed after the code. In the deck, the
 * post's own output block that the real output matched is not shown again:
 * it goes to the speaker notes (marked `toNotes`).
 */
export function withSampleOutputs(
  tree: Root,
  outputs: readonly ShownSampleOutput[] | undefined,
  style: 'page' | 'deck',
): Root {
  const shown = new Map((outputs ?? []).map((output) => [output.line, output] as const))
  if (shown.size === 0) return tree
  const copy = structuredClone(tree)
  if (style === 'deck') {
    const documented = new Set([...shown.values()].flatMap((output) => output.documentedAt ?? []))
    visit(copy, 'code', (node: Code) => {
      const start = node.position?.start.line ?? -1
      const end = node.position?.end.line ?? -1
      if ([...documented].some((line) => line > start && line < end))
        node.data = { ...node.data, toNotes: true }
    })
  }
  visit(copy, 'code', (node: Code, index, parent) => {
    const result = shown.get(node.position?.start.line ?? -1)
    if (!result || index === undefined || !parent) return
    parent.children.splice(index + 1, 0, sampleOutputNode(result, style))
    return index + 2
  })
  return copy
}

function sampleOutputNode(shown: ShownSampleOutput, style: 'page' | 'deck'): SampleOutput {
  const output = shown.output.replace(/\s+$/, '')
  const label = shown.mode === 'compare' ? 'Verified: the real output matches' : 'Verified: it runs'
  const pre: Element = {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: {},
        children: [{ type: 'text', value: output }],
      },
    ],
  }
  if (style === 'deck') {
    return {
      type: 'sampleOutput',
      data: {
        hName: 'div',
        hProperties: { className: ['sample-output', 'fragment'] },
        hChildren: [pre],
        text: output,
      },
    }
  }
  const summary: Element = {
    type: 'element',
    tagName: 'summary',
    properties: {},
    children: [{ type: 'text', value: `✓ ${label}` }],
  }
  return {
    type: 'sampleOutput',
    data: {
      hName: 'details',
      hProperties: { className: ['sample-output'] },
      hChildren: output ? [summary, pre] : [summary],
      text: output,
    },
  }
}
