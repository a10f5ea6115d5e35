import type { VFile } from 'vfile'
import { readSource } from '../dev/code-frames.js'
import { displayPath, sampleRuleIds } from '../messages.js'
import { codeFrame } from './code-frame.js'
import type { ContentProblem } from './reporters/content-problems.js'

/** The code frame of a content problem, if it has one. */
export type FrameOf = (problem: ContentProblem) => string | undefined

/**
 * The code frames of the content errors of `files` that have a place in the
 * post: front matter that does not parse, a limit passed, a bad value.
 * Failed samples have none here (their reports show diffs), nor do warnings.
 */
export async function errorFrames(files: readonly VFile[], cwd: string): Promise<FrameOf> {
  const frames = new Map<string, string>()
  for (const file of files) {
    if (!file.path) continue
    const placed = file.messages.filter(
      (message) =>
        message.fatal === true && message.line != null && !sampleRuleIds.has(message.ruleId ?? ''),
    )
    if (placed.length === 0) continue
    const source = await readSource(file.path)
    const shown = displayPath(file.path, cwd)
    for (const message of placed) {
      const frame = codeFrame(source, message.line ?? 1, message.column ?? 1)
      if (frame) frames.set(keyOf(shown, message.line, message.column, message.reason), frame)
    }
  }
  return (problem) => frames.get(keyOf(problem.file, problem.line, problem.column, problem.reason))
}

function keyOf(file: string, line: unknown, column: unknown, reason: string): string {
  return `${file}:${line}:${column ?? 1}\0${reason}`
}
