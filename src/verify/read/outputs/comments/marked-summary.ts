import { readsAsProse } from './value-claims.js'

/** An output word and a colon opening a summary of what the code prints: `打印出：`, `prints:`. */
const summaryMarker =
  /^(?:会|将)?(?:打印出?|输出|打出|显示|结果(?:是|为)?|(?:it\s+|this\s+)?(?:prints?|printed|outputs?|logs?|shows?))\s*[:：]\s*(\S.*)$/iu
/** A value that needs no brackets or spaces: a number, a quoted string, a constant. */
const bareValue =
  /^(?:-?\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?n?|'[^'\s]*'|"[^"\s]*"|true|false|null|undefined|NaN|True|False|None)$/u

/**
 * The values of a comment block under a loop that prints, when its first
 * line sums them up after an output word (`// 打印出：100 200 300`, `# prints:
 * 1, 2, 3`) and the lines after it are prose about them (`// 注意，这里每次获取的
 * item 是 value`): each value, space- or comma-separated, is one line the loop
 * prints, as the comma form of a loop's value comment is read. Under a print
 * call, the values are the one line it prints, as written. `undefined` when
 * the first line is not such a summary, or a later line is not prose.
 */
export function markedSummary(
  body: readonly string[],
  loop: boolean,
): { lines: string[]; count: number } | undefined {
  const values = summaryMarker.exec(body[0]?.trim() ?? '')?.[1]?.trim()
  if (values === undefined) return undefined
  if (!body.slice(1).every((line) => readsAsProse(line))) return undefined
  const items = values.split(/\s*[,，、]\s*|\s+/u).filter(Boolean)
  if (!items.every((item) => bareValue.test(item))) return undefined
  return { lines: loop ? items : [values], count: body.length }
}
