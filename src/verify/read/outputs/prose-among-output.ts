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

/** Letters, spaces and the punctuation of sentences; no digits, paths, quotes or brackets of output. */
const proseShape = /^[\p{Script=Han}A-Za-z\s，。、；：！？,.;!?（）]+$/u
const han = /\p{Script=Han}/gu
/** A run of two or more Han characters: a word the code would have to hold to print it. */
const hanRun = /\p{Script=Han}{2,}/gu
