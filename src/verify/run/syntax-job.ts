import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ruleIds } from '../../messages.js'
import { displayedValueFence } from '../read/not-checkable/displayed-value.js'
import { pseudoCodeAt } from '../read/not-checkable/pseudo-code.js'
import { failure, type JobKind, limitFailure, verdict } from './job.js'
import { runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'

/** Samples with no documented output: checked by the interpreter's parser, never run. */
export const syntaxJob: JobKind = {
  async run(job, settings) {
    const [sample] = job.samples
    if (!sample) return { runs: [], samplePath: '' }
    return inTemporaryFolder(async (folder) => {
      const samplePath = path.join(folder, sample.runner.fileName(sample.code))
      await writeFile(samplePath, sample.code)
      const run = await runProcess(sample.runner.check(samplePath), {
        cwd: folder,
        timeoutMs: settings.timeoutSeconds * 1000,
        outputCap: settings.outputCap,
        signal: settings.signal,
        executables: settings.executables,
      })
      return { runs: [run], samplePath }
    })
  },

  judge(job, { runs: [run], samplePath }, settings) {
    const [sample] = job.samples
    if (!sample || !run) return []
    const stopped = limitFailure(sample, run, settings)
    if (stopped) return [stopped]
    if (run.exitCode === 0) {
      return [
        {
          ...verdict(sample, 'passed', 'parses (no documented output to compare)'),
          check: 'parsed',
        },
      ]
    }
    const problem = sample.runner.syntaxError(run.output, samplePath)
    const pseudo =
      displayedValueFence(sample) ?? pseudoCodeAt(sample, run.output, samplePath, problem.line)
    if (pseudo) {
      return [
        { ...verdict(sample, 'noted', `not checkable: ${pseudo}`), check: 'pseudo-code', run },
      ]
    }
    if (sample.excerptOf !== undefined) {
      const quoted = `${path.basename(sample.path)}:${sample.excerptOf}`
      return [
        {
          ...verdict(sample, 'noted', `not checkable: it quotes lines of the sample at ${quoted}`),
          check: 'pseudo-code',
          run,
        },
      ]
    }
    return [
      {
        ...failure(sample, `does not parse: ${problem.message}`, ruleIds.sampleSyntax),
        line: problem.line === undefined ? sample.line : sample.line + problem.line,
        run,
      },
    ]
  },
}
