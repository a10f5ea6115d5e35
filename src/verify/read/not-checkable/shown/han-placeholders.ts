import { isShellRunner } from '../../../runner-id.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * A slot written in Chinese (or Japanese, Korean) words where a command's
 * word belongs, as a synopsis names what the reader puts there: in square
 * brackets (`echo [选项] [字符串]`, `seq [选项] 首数 步进 尾数`) or as the parts
 * of an arithmetic loop (`for ((变量;条件;自增减运算))`). (`<文件>` is a
 * placeholder pseudo-code.ts names.)
 */
const hanSlot =
  /\[[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}][^\]\n]*\]|\(\([^()\n]*[\p{Script=Han}\p{Script=Hangul}][^()\n]*\)\)/u

/**
 * Why a shell sample that failed or printed other output is a synopsis, not
 * a command: a line of its code, outside quotes and comments, holds such a
 * slot. A bracketed word in a string (`echo "[错误] 没有文件"`) is output and
 * stays a claim. `undefined` for any other sample.
 */
export function hanPlaceholderAt(sample: Sample): string | undefined {
  if (!isShellRunner(sample.runner)) return undefined
  const lines = sample.code.split('\n')
  const index = lines.findIndex((line) => hanSlot.test(unquoted(line)))
  if (index === -1) return undefined
  const slot = hanSlot.exec(unquoted(lines[index] ?? ''))?.[0] ?? ''
  return `a synopsis, \`${slot}\` naming what the reader writes there, at line ${sample.line + index + 1}`
}

/** A shell line without its quoted strings and its comment. */
function unquoted(line: string): string {
  return line.replace(/'[^']*'|"(?:[^"\\]|\\.)*"/g, '""').replace(/(^|\s)#.*$/, '$1')
}
