import { describe, it } from 'vitest'
import { prettyReport } from './cli/reporters/pretty.js'
import { formatMessages } from './messages.js'
import { collectSamples } from './pipeline.js'
import type { Sample } from './verify/remark-extract-samples.js'
import { type SampleResult, type VerifyOptions, verifySamples } from './verify/verify-samples.js'

/** Options of `verifyPosts`. */
export interface VitestVerifyOptions extends VerifyOptions {
  /** Include posts marked `draft: true`. */
  drafts?: boolean | undefined
}

/**
 * Register a Vitest test for every code sample of the posts under `paths`
 * (default `content`), grouped by post, so a blog's `npm test` reports each
 * sample. Await it at the top of a test file:
 *
 *     import { verifyPosts } from 'postdeck/vitest'
 *     await verifyPosts(['content'])
 *
 * A failing test prints the diff with the post's line numbers. Returns how
 * many tests it registered.
 */
export async function verifyPosts(
  paths: readonly string[] = ['content'],
  options: VitestVerifyOptions = {},
): Promise<number> {
  const { files, ok, samples } = await collectSamples({ paths, drafts: options.drafts })
  if (!ok)
    throw new Error(`The posts have errors:\n${formatMessages(files, process.cwd()).join('\n')}`)

  // Note: a `continue` chain runs once, in one process; each of its samples' tests awaits it.
  const chains = new Map<string, Promise<SampleResult[]>>()
  const resultOf = async (sample: Sample): Promise<SampleResult | undefined> => {
    let chain = chains.get(sample.chain)
    if (!chain) {
      chain = verifySamples(
        samples.filter((other) => other.chain === sample.chain),
        options,
      )
      chains.set(sample.chain, chain)
    }
    return (await chain).find((result) => result.sample === sample)
  }

  for (const file of files) {
    const fileSamples = samples.filter((sample) => sample.path === file.path)
    if (fileSamples.length === 0) continue
    describe(file.path, () => {
      for (const sample of fileSamples) {
        const name = `line ${sample.line}: ${sample.language} (${sample.mode})`
        it.skipIf(sample.mode === 'skip')(name, async () => {
          const result = await resultOf(sample)
          if (result?.status === 'failed') {
            throw new Error(prettyReport([result], { cwd: process.cwd(), explain: true }))
          }
        })
      }
    })
  }
  return samples.length
}
