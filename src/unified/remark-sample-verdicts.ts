import path from 'node:path'
import type { Code, Root } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { SampleResult } from '../verify/verify-samples.js'

/** Options of `remarkSampleVerdicts`. */
export interface RemarkSampleVerdictsOptions {
  /** Verdicts of a verification (`verify()`'s `samples`), of these posts or more. */
  results: readonly SampleResult[]
  /** Mark failed samples too (for previews); default `false`, only passed samples that ran are marked. */
  failed?: boolean | undefined
}

/**
 * The verdict on a sample, placed right after its code block; it becomes a
 * `<postdeck-sample>` element that `rehypeSampleVerdicts` turns into markup.
 */
export interface SampleVerdictNode {
  type: 'sampleVerdict'
  position?: Position
  data: {
    hName: 'postdeck-sample'
    hProperties: { dataStatus: 'passed' | 'failed'; dataMode: string; dataSummary: string }
    /** What the sample printed (passed), or why it failed. */
    hChildren: [{ type: 'text'; value: string }]
  }
}

declare module 'mdast' {
  interface RootContentMap {
    sampleVerdict: SampleVerdictNode
  }
  interface BlockContentMap {
    sampleVerdict: SampleVerdictNode
  }
}

/**
 * Put the verdict of each verified code sample after its block, so that a
 * page rendered by another tool (Astro, a site's own pipeline) can show it.
 * Blocks are matched to the verdicts of the file (by its path) in document
 * order, by their code. Note: not by line, since a tool may render the body
 * without its front matter (Astro's content collections do).
 * Does not verify anything: the verdicts come from the options.
 */
export function remarkSampleVerdicts(options: RemarkSampleVerdictsOptions) {
  const byFile = new Map<string, SampleResult[]>()
  for (const result of options.results) {
    const file = path.resolve(result.sample.path)
    byFile.set(file, [...(byFile.get(file) ?? []), result])
  }
  for (const results of byFile.values()) results.sort((a, b) => a.sample.line - b.sample.line)
  const markFailed = options.failed ?? false
  return (tree: Root, file: VFile): undefined => {
    const results = file.path ? byFile.get(path.resolve(file.path)) : undefined
    if (!results) return
    let next = 0
    visit(tree, 'code', (node: Code, index, parent) => {
      if (index === undefined || !parent) return
      const skipped = results.slice(next).findIndex((result) => result.sample.code === node.value)
      const result = skipped === -1 ? undefined : results[next + skipped]
      if (!result) return
      next += skipped + 1
      const verdict = verdictNode(result, markFailed)
      if (!verdict) return
      parent.children.splice(index + 1, 0, verdict)
      return index + 2
    })
  }
}

function verdictNode(result: SampleResult, markFailed: boolean): SampleVerdictNode | undefined {
  const passed = result.status === 'passed' && result.shownOutput !== undefined
  const failed = markFailed && result.status === 'failed'
  if (!passed && !failed) return undefined
  return {
    type: 'sampleVerdict',
    data: {
      hName: 'postdeck-sample',
      hProperties: {
        dataStatus: passed ? 'passed' : 'failed',
        dataMode: result.sample.mode,
        dataSummary: result.summary,
      },
      hChildren: [
        { type: 'text', value: passed ? (result.shownOutput ?? '').trimEnd() : result.summary },
      ],
    },
  }
}
