import { hanResultIs, literalValue, resultIs, valueThenRemark } from './repl-values.js'

/**
 * A verb saying what a statement shows, before the value it shows:
 * `// Outputs "c"`, `# returns 3`, `// logs [1, 2]`, `// equal to -25`, `// 输出 "c"`,
 * `# 返回 3`, `// 等于 -25`, a result named before it (`# the result is 8`, `# The output is 16`,
 * `#结果为 8`, `# 输出为 16`, with
 * the operation named first in Han words, `#两数相加结果为8`, no space needed after `结果为`), or an
 * ordinal saying which of several alike values it is (`// first "b"`, `// 第二个 "b"`);
 * a space or colon after it, so commented-out code (`# print('hello')`) is no verb;
 * a statement's `;` copied after the value (`// Outputs 120;`) is not the value's.
 */
const showingVerb = new RegExp(
  String.raw`^(?:(?:it|this|which|will|would)\s+)*(?:(?:outputs?|prints?|logs?|returns?|shows?|displays?|gives?|yields?|evaluates\s+to|results\s+in|${resultIs}|(?:is\s+)?equal(?:s|\s+to)|等于|输出|返回|打印|显示|得到|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))|第[一二三四五六七八九十\d]+个|最后一个)(?:\s*[:：]\s*|\s+)|${hanResultIs}\s*[:：]?\s*)(.+?)\s*[.。;]?$`,
  'iu',
)

/**
 * The value a comment gives after a verb (`Outputs "c"` gives `"c"`), when
 * what follows the verb reads as one value of the language (a literal, an
 * array, an object), or starts with one that words about it follow
 * (`0b1010, or 10 in decimal`); `undefined` for a verb followed by words, which
 * describe the output rather than show it (`# 返回多个用户`, `// prints the
 * list of users`).
 */
export function valueAfterVerb(comment: string): string | undefined {
  const value = wordsAfterVerb(comment)
  if (value === undefined) return undefined
  // A value, then words about it after a comma: `# The output is 0b10101010, or 170 in decimal`.
  return literalValue.test(value) ? value : valueThenRemark(value)
}

/**
 * A value with a remark in Han words after a full-width comma (`42，(16进制的2a)`,
 * `3，因为…`): the remark is the author's, not output. Only after a literal value,
 * so a printed sentence holding a comma (`你好，世界`) stays whole.
 */
function withoutRemark(value: string): string {
  const at = value.indexOf('，')
  if (at <= 0) return value
  const head = value.slice(0, at).trim()
  return literalValue.test(head) && /\p{Script=Han}/u.test(value.slice(at + 1)) ? head : value
}

/**
 * The words after a verb saying what a statement shows (`// logs hello
 * closure!` gives `hello closure!`): perhaps the text it prints, bare, as a
 * print shows a string, perhaps a description (`// returns the list`), so
 * compared only when the output resembles them. `undefined` with no verb.
 */
export function wordsAfterVerb(comment: string): string | undefined {
  const words = showingVerb.exec(comment.trim())?.[1]
  return words === undefined ? undefined : withoutRemark(words)
}
