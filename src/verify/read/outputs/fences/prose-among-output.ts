import type { Sample } from '../../remark-extract-samples.js'
import type { OutputPart } from '../documented-output.js'

/**
 * A line of the author's words among the lines a shell sample prints: Han
 * text with the punctuation of prose only (`其他方法`, `还有一种方法是利用 sed
 * 来实现`, `单引号内嵌套单引号即可使用变量。`), none of whose words the code
 * could print, since no command of it holds them. Output of `echo "你好"` is
 * not prose: the code holds its words.
 */
export function isProseAmongOutput(line: string, code: string): boolean {
  const text = line.trim()
  if (!proseShape.test(text) || (text.match(han)?.length ?? 0) < 2) return false
  const runs = text.match(hanRun) ?? []
  return runs.every((run) => !code.includes(run))
}

/**
 * A `# comment` line among the lines a shell sample prints (`# use -B to
 * ignore blank lines`), whose words no command of the code holds, so no
 * `echo "# ..."` printed it.
 */
export function isCommentAmongOutput(line: string, code: string): boolean {
  const words = /^#\s+(\S.*)$/.exec(line.trim())?.[1]
  return words !== undefined && !code.includes(words)
}

/** Letters, spaces and the punctuation of sentences; no digits, paths, quotes or brackets of output. */
const proseShape = /^[\p{Script=Han}A-Za-z\s，。、；：！？,.;!?（）]+$/u
const han = /\p{Script=Han}/gu
/** A run of two or more Han characters: a word the code would have to hold to print it. */
const hanRun = /\p{Script=Han}{2,}/gu

/**
 * The sample without the author's words among its session's outputs: the
 * last lines of a command's documented output that read as prose or as
 * `# comment` lines (`prose` of the part) and that none of the code, its
 * files included, holds, when
 * the run printed no line for them (it printed no more lines than those
 * above them), so a stale output line (`正确` for `错误`) is still compared.
 */
export function withoutAuthorsWords(
  sample: Sample,
  printed: readonly string[] | undefined,
): Sample {
  const expected = sample.expected
  if (!expected?.parts?.some((part) => part.prose) || !printed) return sample
  const code = [sample.code, ...Object.values(sample.files)].join('\n')
  const dropped: number[] = []
  const parts = expected.parts.map((part, index): OutputPart => {
    const count = part.prose ?? 0
    const kept = part.lines.length - count
    const words = part.lines.slice(kept)
    const lines = (printed[index] ?? '').replace(/\n+$/, '').split('\n').filter(Boolean)
    const authors = words.every(
      (line) => !line.trim() || isProseAmongOutput(line, code) || isCommentAmongOutput(line, code),
    )
    if (count === 0 || !authors || lines.length > kept) return part
    dropped.push(...part.lineNumbers.slice(kept).filter((_, offset) => words[offset]?.trim()))
    return {
      ...part,
      lines: part.lines.slice(0, kept),
      lineNumbers: part.lineNumbers.slice(0, kept),
    }
  })
  if (dropped.length === 0) return sample
  const where = dropped.length === 1 ? `line ${dropped[0]}` : `lines ${dropped.join(', ')}`
  return {
    ...sample,
    expected: {
      ...expected,
      parts,
      lines: parts.flatMap((part) => part.lines),
      lineNumbers: parts.flatMap((part) => part.lineNumbers),
      reason: `${expected.reason}; the words at ${where} are the author's, not output, and are not compared`,
    },
  }
}
