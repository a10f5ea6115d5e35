import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../read/remark-extract-samples.js'
import { type Variant, variantCode } from '../read/variants.js'
import { type SampleResult, verdict } from './job.js'

/** The samples to run: each sample, or in its place one sample per version it shows side by side. */
export interface VariantPlan {
  samples: Sample[]
  /** The sample and version each stand-in was made for. */
  origins: Map<Sample, { sample: Sample; variant: Variant }>
}

/**
 * Replace each sample that shows versions side by side with one sample per
 * version: its code alone (the other versions' lines left blank, the setup
 * above them kept), checked against its own claim, a documented error or a
 * clean run. They run alone, in parallel.
 */
export function expandVariants(samples: readonly Sample[]): VariantPlan {
  const origins = new Map<Sample, { sample: Sample; variant: Variant }>()
  const expanded = samples.flatMap((sample) => {
    const { variants } = sample
    if (!variants || sample.mode === 'skip') return [sample]
    const { variants: _shown, ...rest } = sample
    // Set against a `SyntaxError`, a version said to work is said to be valid syntax
    // (`// 错误：SyntaxError` then `// 正确：使用括号`): it is checked to parse, not run.
    const aboutSyntax = variants.some((variant) => variant.error?.name === 'SyntaxError')
    // A version called bad may be bad style rather than an error: it is not run.
    return variants.flatMap((variant) => {
      if (variant.claim === 'bad') return []
      const id = `${sample.id}~${variant.from}`
      const version: Sample = {
        ...rest,
        id,
        chain: id,
        needs: [],
        code: variantCode(sample.code, variants, variant),
        mode: variant.claim === 'error' ? 'compare' : aboutSyntax ? 'parse' : 'run',
        expected: undefined,
        expectedError: variant.error,
      }
      origins.set(version, { sample, variant })
      return version
    })
  })
  return { samples: expanded, origins }
}

/**
 * The verdict on each sample of `samples`, from the results of the planned
 * ones: a sample shown in versions fails at the first version that does not
 * do what its comment says, is noted when one is not checkable, and passes
 * when each does.
 */
export function mergeVariants(
  samples: readonly Sample[],
  plan: VariantPlan,
  results: readonly SampleResult[],
): SampleResult[] {
  const bySample = new Map<Sample, Array<{ variant: Variant; result: SampleResult }>>()
  const direct = new Map<Sample, SampleResult>()
  plan.samples.forEach((planned, index) => {
    const result = results[index]
    if (!result) return
    const origin = plan.origins.get(planned)
    if (!origin) {
      direct.set(planned, result)
      return
    }
    const list = bySample.get(origin.sample) ?? []
    list.push({ variant: origin.variant, result })
    bySample.set(origin.sample, list)
  })
  return samples.map((sample) => {
    const own = direct.get(sample)
    if (own) return own
    const versions = bySample.get(sample) ?? []
    const failed = versions.find(({ result }) => result.status === 'failed')
    if (failed) return asVersion(sample, failed.variant, failed.result)
    const other = versions.find(({ result }) => result.status !== 'passed')
    if (other) return asVersion(sample, other.variant, other.result)
    const errors = versions.filter(({ variant }) => variant.claim === 'error').length
    const parsed = versions.filter(({ result }) => result.check === 'parsed').length
    const clean = versions.length - errors - parsed
    const unchecked = (sample.variants?.length ?? 0) - versions.length
    const counts = [
      `${errors} raise${errors === 1 ? 's' : ''} an error`,
      ...(clean > 0 || parsed === 0 ? [`${clean} run${clean === 1 ? 's' : ''} cleanly`] : []),
      ...(parsed > 0 ? [`${parsed} parse${parsed === 1 ? 's' : ''}`] : []),
      ...(unchecked > 0
        ? [`${unchecked} only called bad ${unchecked === 1 ? 'is' : 'are'} not run`]
        : []),
    ]
    const summary = `${sample.variants?.length ?? 0} versions side by side, each run alone: ${counts.join(', ')}, as their comments say`
    const first = versions[0]?.result
    return {
      ...verdict(sample, 'passed', summary),
      check: 'compared',
      ...(first?.run && { run: first.run }),
      ...(first?.shownOutput !== undefined && { shownOutput: first.shownOutput }),
      cached: versions.every(({ result }) => result.cached),
    }
  })
}

/**
 * A version's result as its sample's: the version named, a failure at its
 * own line, or, for a version said to run that threw, at the line of the
 * version its error names.
 */
function asVersion(sample: Sample, variant: Variant, result: SampleResult): SampleResult {
  const said = variant.claim === 'error' ? 'raises an error' : 'runs'
  const thrown = variant.claim === 'ok' ? thrownAt(result, variant) : undefined
  return {
    ...result,
    sample,
    summary: `the version at line ${variant.postLine} (\`${variant.comment}\`: ${said}) ${result.summary}`,
    line: result.line === sample.line ? (thrown ?? variant.postLine) : result.line,
  }
}

/** The post line of the first frame of the version's own file within its lines, in the output of its run. */
function thrownAt(result: SampleResult, variant: Variant): number | undefined {
  const { sample, run } = result
  if (!run) return undefined
  const file = escapeStringRegexp(sample.runner.fileName(sample.code))
  for (const match of run.output.matchAll(new RegExp(`${file}(?::|", line | line )(\\d+)`, 'g'))) {
    const line = Number(match[1])
    if (line >= variant.from && line <= variant.to) return sample.line + line
  }
  return undefined
}
