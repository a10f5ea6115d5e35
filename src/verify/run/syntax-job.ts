import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ruleIds } from '../../messages.js'
import { gluedKeywordLine } from '../judge/glued-keywords.js'
import { explainsMessage } from '../read/error-claims/prose-error.js'
import { writeNamedFiles } from '../read/named-files.js'
import { customCodecNeed } from '../read/not-checkable/needs/custom-codecs.js'
import { alternativeFormsAt } from '../read/not-checkable/shown/alternative-forms.js'
import { displayedValueFence } from '../read/not-checkable/shown/displayed-value.js'
import { pseudoCodeAt } from '../read/not-checkable/shown/pseudo-code.js'
import { isShellRunner } from '../runner-id.js'
import { awkProblem, awkPrograms, writeAwkCheck } from './awk-check.js'
import { definitionsMayFail, pythonDefinitionCheck } from './definition-check.js'
import { failure, type JobKind, limitFailure, verdict } from './job.js'
import { runProcess } from './run-process.js'
import { inTemporaryFolder } from './temporary-folder.js'
import { judgeTriedRun, sandboxHoldsTries, triedMs, triedSecondsOf, triesRun } from './tried-run.js'
import { judgeWithState, runWithState } from './tried-with-state.js'

/**
 * Samples with no documented output: checked by the interpreter's parser,
 * then, when one parses and runs alone (`triesRun`), run in the sandbox for
 * the errors of its own code (`tried-run.ts`); one taking names from earlier
 * samples, after them, with their state (`tried-with-state.ts`).
 */
export const syntaxJob: JobKind = {
  async run(job, settings) {
    const [sample] = job.samples
    if (!sample) return { runs: [], samplePath: '' }
    return inTemporaryFolder(async (folder) => {
      const samplePath = path.join(folder, sample.runner.fileName(sample.code))
      await writeFile(samplePath, sample.code)
      const options = {
        cwd: folder,
        timeoutMs: settings.timeoutSeconds * 1000,
        outputCap: settings.outputCap,
        signal: settings.signal,
        executables: settings.executables,
      }
      // A Python sample has its definitions run too, when they could fail on a name.
      const taken = sample.takes ?? []
      const check =
        sample.runner.id === 'python' && definitionsMayFail(sample.runner, sample.code, taken)
          ? pythonDefinitionCheck(sample.runner, samplePath, taken)
          : sample.runner.check(samplePath)
      const run = await runProcess(check, options)
      // The awk programs of a shell sample that parses, which its parser reads as quoted words.
      const programs = isShellRunner(sample.runner) ? awkPrograms(sample.code) : []
      if (run.exitCode !== 0) return { runs: [run], samplePath }
      const awk =
        programs.length > 0
          ? await runProcess(await writeAwkCheck(folder, programs), options)
          : undefined
      if (awk && awk.exitCode !== 0) return { runs: [run, awk], samplePath }
      // One taking names from earlier samples runs after them, with their state.
      if (job.state && sandboxHoldsTries()) {
        const session = await runWithState(sample, job.state, settings)
        return { runs: awk ? [run, awk] : [run], samplePath, session }
      }
      if (!triesRun(sample)) return { runs: awk ? [run, awk] : [run], samplePath }
      await writeNamedFiles(folder, sample.files)
      const tried = await runProcess(sample.runner.run(samplePath), {
        ...options,
        variables: sample.proseVariables,
        timeoutMs: triedMs(triedSecondsOf(sample), settings.timeoutSeconds),
      })
      return { runs: awk ? [run, awk] : [run], samplePath, tried }
    })
  },

  judge(job, { runs: [run, awk], samplePath, tried, session }, settings) {
    const [sample] = job.samples
    if (!sample || !run) return []
    const stopped = limitFailure(sample, run, settings)
    if (stopped) return [stopped]
    const awkError =
      awk && awk.exitCode === 1 ? awkProblem(awk.output, awkPrograms(sample.code)) : undefined
    if (awk && awkError) {
      return [
        {
          ...failure(
            sample,
            `its awk program does not parse: ${awkError.message}`,
            ruleIds.sampleSyntax,
          ),
          line: sample.line + awkError.line,
          run: awk,
        },
      ]
    }
    if (run.exitCode === 0 && tried) return [judgeTriedRun(sample, tried, samplePath)]
    if (run.exitCode === 0 && session && job.state) {
      return [judgeWithState(sample, job.state, session, settings)]
    }
    if (run.exitCode === 0) {
      return [
        {
          ...verdict(sample, 'passed', 'parses (no documented output to compare)'),
          check: 'parsed',
        },
      ]
    }
    const problem = sample.runner.syntaxError(run.output, samplePath)
    // The prose around the sample says it fails (`we'll get a syntax error, like I would here:`).
    const stated = sample.statedError
    if (stated && (stated.name === undefined || problem.message.startsWith(`${stated.name}:`))) {
      const what = stated.name ? `\`${stated.name}\`` : 'an error'
      return [
        {
          ...verdict(
            sample,
            'passed',
            `does not parse, raising ${what}, as the sentence at line ${stated.postLine} says`,
          ),
          check: 'parsed',
          run,
        },
      ]
    }
    // The paragraphs after it explain the very error it raises, by its message's words.
    const prose = sample.proseAfter
    const message = /^SyntaxError: (.+)$/u.exec(problem.message)?.[1]
    if (prose && message !== undefined && explainsMessage(prose.text, message)) {
      return [
        {
          ...verdict(
            sample,
            'passed',
            `does not parse (\`${problem.message}\`), as the prose from line ${prose.postLine} explains`,
          ),
          check: 'parsed',
          run,
        },
      ]
    }
    const pseudo =
      customCodecNeed(sample) ??
      displayedValueFence(sample) ??
      pseudoCodeAt(sample, run.output, samplePath, problem.line) ??
      alternativeFormsAt(sample, run.output, samplePath)
    if (pseudo) {
      return [
        { ...verdict(sample, 'noted', `not checkable: ${pseudo}`), check: 'pseudo-code', run },
      ]
    }
    if (sample.outputOf !== undefined) {
      const printer = `${path.basename(sample.path)}:${sample.outputOf}`
      return [
        {
          ...verdict(
            sample,
            'noted',
            `not checkable: it shows what the sample at ${printer} prints, not ${sample.language} code`,
          ),
          check: 'pseudo-code',
          run,
        },
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
    // A misspelt standard module (`import-typos.ts`), which every reader's run meets.
    if (problem.message.startsWith('ModuleNotFoundError:')) {
      return [
        {
          ...failure(sample, `its import fails: ${problem.message}`, ruleIds.sampleExit),
          line: problem.line === undefined ? sample.line : sample.line + problem.line,
          run,
        },
      ]
    }
    if (problem.message.startsWith('NameError:')) {
      return [
        {
          ...failure(sample, `its definitions fail: ${problem.message}`, ruleIds.sampleExit),
          line: problem.line === undefined ? sample.line : sample.line + problem.line,
          run,
        },
      ]
    }
    // A shell's error at a keyword is the line of the header whose `then` lost its `;`.
    const mistake =
      problem.line === undefined || !isShellRunner(sample.runner)
        ? problem.line
        : (gluedKeywordLine(sample.code, problem.message, problem.line) ?? problem.line)
    return [
      {
        ...failure(sample, `does not parse: ${problem.message}`, ruleIds.sampleSyntax),
        line: mistake === undefined ? sample.line : sample.line + mistake,
        run,
      },
    ]
  },
}
