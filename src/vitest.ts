import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { codeFrameColumns } from '@babel/code-frame'
import { it } from 'vitest'
import { commandCaches } from './cli/caches.js'
import { type ContentProblem, contentProblems } from './cli/reporters/content-problems.js'
import { diffText } from './cli/reporters/sample-report.js'
import { collectSamples } from './pipeline.js'
import { isDurationLine } from './verify/compare/compare-output.js'
import type { Sample } from './verify/read/remark-extract-samples.js'
import { timeoutOf } from './verify/run/job.js'
import type { SampleCache } from './verify/run/sample-cache.js'
import { type SampleResult, type VerifyOptions, verifySamples } from './verify/verify-samples.js'

/** Options of `verifyPosts`. */
export interface VitestVerifyOptions extends Omit<VerifyOptions, 'cache'> {
  /** Include posts marked `draft: true`. */
  drafts?: boolean | undefined
  /** The project's root: test names and paths are relative to it; default the working folder (Vitest's root). */
  root?: string | undefined
  /**
   * The sample cache: by default `POSTDECK_CACHE_DIR`, else the project's
   * `node_modules/.cache/postdeck`, as for `postdeck verify`; `false` for none.
   */
  cache?: SampleCache | false | undefined
}

/** Seconds a test may take beyond its samples' own timeouts: starting the interpreter, reading the cache. */
const marginSeconds = 10

/** Seconds a sample may run when neither it nor the options say. */
const defaultTimeoutSeconds = 10

/**
 * Register a Vitest test for every code sample of the posts under `paths`
 * (default `content`), named `post.md:LINE language` with the post's path
 * relative to the project root, and a failing test for every content error
 * (bad front matter, a missing image). Await it at the top of a test file:
 *
 *     import { verifyPosts } from 'postdeck/vitest'
 *     await verifyPosts(['content'])
 *
 * Each test may take as long as its samples' `timeout` annotations, or the waits
 * their code spells out, allow.
 * Samples that passed before come from the sample cache. A failing test's
 * message names the post's line and shows the diff and the post around it.
 * Returns how many tests it registered.
 */
export async function verifyPosts(
  paths: readonly string[] = ['content'],
  options: VitestVerifyOptions = {},
): Promise<number> {
  const root = options.root ?? process.cwd()
  const { files, samples } = await collectSamples({
    paths: paths.map((input) => path.resolve(root, input)),
    drafts: options.drafts,
  })
  const cache = options.cache === false ? undefined : (options.cache ?? defaultCache(root))
  const settings: VerifyOptions = { ...options, cache }

  const errors = contentProblems(files, root).filter((problem) => problem.severity === 'error')
  for (const problem of errors) {
    it(`${problem.file}:${problem.line} ${problem.ruleId ?? 'content'}`, async () => {
      throw await postError(problem, root, [problem.reason])
    })
  }

  // Note: a `continue` chain runs once, in one process; each of its samples' tests awaits it.
  const chains = new Map<string, Promise<SampleResult[]>>()
  const resultOf = async (sample: Sample): Promise<SampleResult | undefined> => {
    let chain = chains.get(sample.chain)
    if (!chain) {
      chain = verifySamples(
        samples.filter((other) => other.chain === sample.chain),
        settings,
      )
      chains.set(sample.chain, chain)
    }
    return (await chain).find((result) => result.sample === sample)
  }

  const failed = new Set(errors.map((problem) => problem.file))
  for (const sample of samples) {
    const file = path.relative(root, sample.path)
    if (failed.has(file)) continue
    const chain = samples.filter((other) => other.chain === sample.chain)
    const seconds = chain.reduce(
      (sum, other) =>
        sum + timeoutOf(other, { timeoutSeconds: options.timeoutSeconds ?? defaultTimeoutSeconds }),
      marginSeconds,
    )
    // Note: samples whose output reports durations run one at a time, so contention cannot stretch them.
    const timed = chain.some((other) => other.expected?.lines.some(isDurationLine))
    const test = sample.mode === 'skip' ? it.skip : timed ? it : it.concurrent
    test(
      `${file}:${sample.line} ${sample.language}`,
      async () => {
        const result = await resultOf(sample)
        if (result?.status !== 'failed') return
        const lines = [result.summary, ...diffText(result)]
        if (!result.comparison && result.run?.output.trim()) {
          lines.push('', ...result.run.output.trimEnd().split('\n').slice(-10))
        }
        throw await postError(
          {
            file,
            line: result.line,
            column: 1,
            severity: 'error',
            reason: '',
            ruleId: result.ruleId,
          },
          root,
          lines,
        )
      },
      seconds * 1000,
    )
  }
  return errors.length + samples.length
}

function defaultCache(root: string): SampleCache | undefined {
  return commandCaches({ cache: true, cacheDir: undefined }, { cwd: root, env: process.env })
    ?.samples
}

/**
 * An error about a line of a post: its message starts `post.md:LINE`, then
 * `lines`, then the post around that line; its stack points at the post.
 */
async function postError(problem: ContentProblem, root: string, lines: readonly string[]) {
  const file = path.resolve(root, problem.file)
  const source = await readFile(file, 'utf8').catch(() => '')
  const frame = codeFrameColumns(
    source,
    { start: { line: problem.line, column: problem.column } },
    { linesAbove: 2, linesBelow: 3 },
  )
  const error = new Error(
    [`${problem.file}:${problem.line}: ${lines[0] ?? ''}`, ...lines.slice(1), '', frame].join('\n'),
  )
  error.stack = `${error.name}: ${error.message}\n    at ${file}:${problem.line}:${problem.column}`
  return error
}
