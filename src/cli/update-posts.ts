import { readFile, writeFile } from 'node:fs/promises'
import { createTwoFilesPatch } from 'diff'
import { sampleRuleIds } from '../messages.js'
import type { VerifyResult } from '../pipeline.js'
import type { SampleResult } from '../verify/run/job.js'
import { updateOutputs } from '../verify/update/update-outputs.js'
import { exitCodes } from './cli-error.js'
import type { CliIo } from './main.js'
import { displayPath } from './reporters/sample-report.js'

/**
 * `postdeck verify --update`: write the real output of each sample whose
 * documented output differs into its post, print the diff applied to each
 * post on stdout (a patch), and on stderr what was left alone and why.
 * Exits 0 when no failure and no content error is left.
 */
export async function updatePosts(result: VerifyResult, io: CliIo): Promise<number> {
  const byPost = new Map<string, SampleResult[]>()
  for (const sample of result.samples) {
    byPost.set(sample.sample.path, [...(byPost.get(sample.sample.path) ?? []), sample])
  }
  const leftAlone: string[] = []
  const updated = new Set<string>()
  let posts = 0
  for (const [file, results] of byPost) {
    const shown = displayPath(results[0] as SampleResult, io.cwd)
      .split('\\')
      .join('/')
    const text = await readFile(file, 'utf8')
    const update = updateOutputs(text, results)
    for (const { line, reason } of update.leftAlone) leftAlone.push(`  ${shown}:${line} ${reason}`)
    if (update.text === text) continue
    await writeFile(file, update.text)
    io.stdout(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, text, update.text))
    for (const sample of update.updated) updated.add(sample.id)
    posts++
  }
  if (leftAlone.length > 0) io.stderr(`Left alone:\n${leftAlone.join('\n')}\n`)
  const count = updated.size
  io.stderr(
    count === 0
      ? 'No documented output to update\n'
      : `Updated ${count} ${count === 1 ? 'output' : 'outputs'} in ${posts} ${posts === 1 ? 'post' : 'posts'}\n`,
  )
  const failed = result.samples.some(
    (sample) => sample.status === 'failed' && !updated.has(sample.sample.id),
  )
  // Failed samples are messages of their posts too; only the other errors count here.
  const contentErrors = result.files.some((file) =>
    file.messages.some((message) => message.fatal && !sampleRuleIds.has(message.ruleId ?? '')),
  )
  return failed || contentErrors ? exitCodes.contentError : exitCodes.ok
}
