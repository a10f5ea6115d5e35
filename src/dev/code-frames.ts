import { readFile } from 'node:fs/promises'
import { codeFrameColumns } from '@babel/code-frame'
import type { VFile } from 'vfile'
import { sortedMessages } from '../messages.js'

/**
 * The lines of the post around each message of `files`, the line marked, in
 * the order `formatMessages` lists them; `''` for a message with no place.
 */
export async function codeFrames(files: readonly VFile[]): Promise<string[]> {
  const frames = await Promise.all(
    files.map(async (file) => {
      const source = file.path ? await readFile(file.path, 'utf8').catch(() => '') : ''
      return sortedMessages(file).map((message) =>
        source && message.line
          ? codeFrameColumns(
              source,
              { start: { line: message.line, column: message.column ?? 1 } },
              { linesAbove: 2, linesBelow: 2 },
            )
          : '',
      )
    }),
  )
  return frames.flat()
}
