import { readFile } from 'node:fs/promises'
import type { VFile } from 'vfile'
import { codeFrame } from '../cli/code-frame.js'
import { normaliseLineEndings } from '../content/load-post.js'
import { sortedMessages } from '../messages.js'

/**
 * The lines of the post around each message of `files`, the line marked, in
 * the order `formatMessages` lists them; `''` for a message with no place.
 */
export async function codeFrames(files: readonly VFile[]): Promise<string[]> {
  const frames = await Promise.all(
    files.map(async (file) => {
      const source = file.path ? await readSource(file.path) : ''
      return sortedMessages(file).map((message) =>
        source && message.line ? codeFrame(source, message.line, message.column ?? 1) : '',
      )
    }),
  )
  return frames.flat()
}

/** The post at `file` as postdeck read it (positions refer to this text), or `''` when unreadable. */
export async function readSource(file: string): Promise<string> {
  return normaliseLineEndings(await readFile(file, 'utf8').catch(() => ''))
}
