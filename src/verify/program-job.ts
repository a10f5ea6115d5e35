import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ruleIds } from '../messages.js'
import { type Comparison, compareOutput } from './compare-output.js'
import {
  failure,
  type JobKind,
  type JobSettings,
  limitFailure,
  type SampleResult,
  timeoutOf,
  verdict,
} from './job.js'
import type { Sample } from './remark-extract-samples.js'
import { type RunResult, runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'

/**
 * Samples run as programs: alone, or a `continue` chain in one process whose
 * outputs are told apart by marker lines. Each output is compared with the
 * documented one, and the exit code with the expected one.
 */
export const programJob: JobKind = {
  async run(job, settings) {
    const runner = job.samples[0]?.runner
    if (!runner) return { runs: [], samplePath: '' }
    const marker = `postdeck-sample-end-${randomUUID()}`
    const code =
      job.samples.length === 1
        ? (job.samples[0]?.code ?? '')
        : job.samples.map((sample) => `${sample.code}\n${runner.printMarker(marker)}\n`).join('')
    return inTemporaryFolder(async (folder) => {
      const samplePath = path.join(folder, runner.fileName(code))
      await writeFile(samplePath, code)
      const run = await runProcess(runner.run(samplePath), {
        cwd: folder,
        timeoutMs:
          job.samples.reduce((total, sample) => total + timeoutOf(sample, settings), 0) * 1000,
        outputCap: settings.outputCap,
        signal: settings.signal,
        stdoutOnly: job.samples.some((sample) => sample.annotations.stdoutOnly),
      })
      return { runs: splitRun(run, marker, job.samples.length), samplePath }
    })
  },

  judge(job, { runs, samplePath }, settings) {
    let broken = false
    return job.samples.map((sample, index) => {
      const run = runs[index]
      if (broken || !run) {
        broken = true
        const summary = 'did not run: an earlier sample of its `continue` chain failed'
        return failure(sample, summary, ruleIds.sampleExit)
      }
      const result = judgeRun(sample, run, samplePath, settings)
      if (result.status === 'failed') broken = true
      return result
    })
  },
}

/** Split the run of a chain at its marker lines into one run per sample. */
function splitRun(run: RunResult, marker: string, count: number): RunResult[] {
  if (count === 1) return [run]
  const parts = run.output.split(new RegExp(`^${marker}\\n?`, 'm'))
  // Output after the last marker (late callbacks) belongs to the last sample.
  if (parts.length > count) parts.splice(count - 1, parts.length, parts.slice(count - 1).join(''))
  return Array.from({ length: count }, (_, index) => {
    const finished = index < parts.length - 1
    return {
      ...run,
      output: parts[index] ?? '',
      exitCode: finished ? 0 : run.exitCode,
      signal: finished ? null : run.signal,
      timedOut: finished ? false : run.timedOut,
      truncated: finished ? false : run.truncated,
    }
  })
}

function judgeRun(
  sample: Sample,
  run: RunResult,
  samplePath: string,
  settings: JobSettings,
): SampleResult {
  const stopped = limitFailure(sample, run, settings)
  if (stopped) return stopped
  const expectedExit = sample.annotations.exitCode ?? (endsWithTraceback(sample) ? 1 : 0)
  const comparison = sample.expected
    ? compareOutput(sample.expected, run.output, {
        samplePath,
        tolerance: sample.annotations.tolerance,
        unordered: sample.annotations.unordered,
      })
    : undefined
  const compared = comparison ? { comparison } : {}
  if (comparison && !comparison.ok) {
    return {
      ...failure(sample, 'output differs from the documented output', ruleIds.sampleOutput),
      line: firstDifference(comparison) ?? sample.line,
      comparison,
      run,
    }
  }
  if (run.exitCode !== expectedExit) {
    const how =
      run.exitCode === null ? `was killed by ${run.signal}` : `exited with code ${run.exitCode}`
    return {
      ...failure(sample, `${how}, expected ${expectedExit}`, ruleIds.sampleExit),
      run,
      ...compared,
    }
  }
  const summary = sample.expected ? 'output matches' : `ran and exited with code ${expectedExit}`
  const shownOutput = samplePath
    ? run.output.replaceAll(`${path.dirname(samplePath)}${path.sep}`, '')
    : run.output
  return { ...verdict(sample, 'passed', summary), run, shownOutput, ...compared }
}

/**
 * The post line of the first difference: the documented line that differs,
 * or, where a real line is missing from the post, the line it belongs before.
 */
function firstDifference(comparison: Comparison): number | undefined {
  const { diff } = comparison
  const start = diff.findIndex((line) => line.kind !== 'same')
  if (start === -1) return undefined
  const after = diff.slice(start).find((line) => line.line !== undefined)?.line
  if (after !== undefined) return after
  const before = diff.slice(0, start).findLast((line) => line.line !== undefined)?.line
  return before === undefined ? undefined : before + 1
}

/**
 * Whether the documented output ends the program with an uncaught Python
 * exception, so exit code 1 is expected: a traceback whose exception line is
 * the last line (a traceback printed and handled earlier does not count).
 */
function endsWithTraceback(sample: Sample): boolean {
  const lines = (sample.expected?.lines ?? []).filter((line) => line.trim() !== '')
  const header = lines.findLastIndex((line) => line.trim() === 'Traceback (most recent call last):')
  if (header === -1) return false
  const rest = lines.slice(header + 1)
  const last = rest.at(-1) ?? ''
  return (
    /^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning)\b/.test(last) &&
    rest.slice(0, -1).every((line) => /^\s/.test(line) || line.trim() === '...')
  )
}
