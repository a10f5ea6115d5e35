import type { VFile } from 'vfile'
import { reportError, reportWarning, ruleIds } from '../messages.js'
import type { Sample } from './read/remark-extract-samples.js'
import { probeSandbox } from './run/sandbox.js'
import { type SampleResult, type VerifyOptions, verifySamples } from './verify-samples.js'

declare module 'vfile' {
  interface DataMap {
    /** Verdicts on the post's samples, in document order; set by `verifyPostFiles`. */
    sampleResults: SampleResult[]
  }
}

/** One of `count` deterministic parts of the samples, numbered from 1. */
export interface Shard {
  index: number
  count: number
}

/** Options of `verifyPostFiles`. */
export interface VerifyPostsOptions extends VerifyOptions {
  /** Verify only this part of the samples, for CI jobs run side by side. */
  shard?: Shard | undefined
}

/**
 * Start what verifying needs that does not depend on the posts (finding
 * whether a sandbox can be made), so that it happens while they are read.
 */
export function prepareVerification(options: VerifyPostsOptions = {}): void {
  if (options.sandbox !== 'off') void probeSandbox()
}

/**
 * Verify the samples of every file (found by `remarkExtractSamples`) in one
 * pool, report each failure on its post at the line it concerns, and keep
 * the verdicts in `file.data.sampleResults` for the renderers.
 */
export async function verifyPostFiles(
  files: readonly VFile[],
  options: VerifyPostsOptions = {},
): Promise<SampleResult[]> {
  const samples = selectShard(
    files.flatMap((file) => file.data.samples ?? []),
    options.shard,
  )
  const results = await verifySamples(samples, options)
  for (const file of files) {
    file.data.sampleResults = results.filter((result) => result.sample.path === file.path)
    for (const result of file.data.sampleResults) {
      const place = { line: result.line, column: 1 }
      const reason = `${languageName(result.sample)} sample ${result.summary}`
      if (result.status === 'failed' && result.ruleId) {
        reportError(file, reason, place, result.ruleId)
      } else if (result.flaky) {
        reportWarning(file, `${reason} (passed on a second run)`, place, ruleIds.sampleOutput)
      }
    }
  }
  return results
}

/**
 * The samples of one shard: `continue` chains stay whole, and chains are
 * dealt to shards in turn, in document order, so every shard gets a share
 * and the same input always splits the same way.
 */
export function selectShard(samples: readonly Sample[], shard: Shard | undefined): Sample[] {
  if (!shard || shard.count <= 1) return [...samples]
  const chains = [...new Set(samples.map((sample) => sample.chain))]
  const mine = new Set(chains.filter((_, index) => index % shard.count === shard.index - 1))
  return samples.filter((sample) => mine.has(sample.chain))
}

function languageName(sample: Sample): string {
  const name = sample.runner.id
  return name === 'javascript'
    ? 'JavaScript'
    : name === 'typescript'
      ? 'TypeScript'
      : name[0]?.toUpperCase() + name.slice(1)
}
