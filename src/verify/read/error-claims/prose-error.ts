import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** An error the prose right after a sample says it raises. */
export interface StatedError {
  /** Line in the post of the sentence saying so. */
  postLine: number
  /** The error's name when the sentence gives one (`NameError`). */
  name: string | undefined
  /** The sentence, for messages. */
  sentence: string
  /** Said by a quiz's answer choosing an option (chosen-option.ts), not a sentence: the sample is still tried. */
  chosen?: true
}

/**
 * A sentence saying the code above fails: it names the code or running it
 * (`this`, `the code above`, `the last line`, `上方代码`, `运行`, `打印`) and
 * says it raises (`fails with`, `raises`, `throws`, `results in an error`,
 * `causes a stack overflow`, `会报错`, `抛出异常`, `导致栈溢出`, `会出现如下错误`).
 */
const englishClaim =
  /\b(?:this|it|that|the (?:code|example|snippet|program|script|call|sample|(?:first|last|second) line|line)(?: above)?|running (?:it|this))\b[^.!?]*?\b(?:fails?|will fail|raises?|will raise|throws?|will throw|results? in|gives?|produces?|errors? out|causes?|leads? to)\b[^.!?]*?\b(?:[A-Z][A-Za-z]*(?:Error|Exception)|error|exception|stack overflow)\b/iu
const chineseClaim =
  /(?:上方|上面|上述|以上|这段|该|此)的?(?:代码|程序|例子|示例|语句)|运行|执行|打印|调用|最后一行|^(?:这里|此处|这一?行|这一?句)/u
/**
 * A sentence whose subject is left out, the code understood, opening with the
 * claim itself after adverbs: `仍然是报错`, `会报错`, `直接抛出 TypeError`, the answer
 * to a question about running the code asked just before it.
 */
const subjectlessFails =
  /^(?:仍然|依然|还是|同样|也|都|就|直接|一定|肯定|必然|则|便|于是|所以|因此|结果|当然|果然|是|会|将|要)+(?:报错|抛出|出错)/u
/** The error's words quoted after the claim, `报错：a 未初始化`, `报错，显示 a 已经声明过了`. */
const quotedAfterClaim =
  /(?:报错|抛出[^，。！？,.]{0,24}?(?:异常|错误|Error))(?:[：:]|，?(?:显示|提示|说))\s*(.+)$/u
const quotedAfterEnglishClaim =
  /\b(?:reports?|shows?|gives?|throws?|raises?) (?:an? |the )?(?:error|exception)(?::|, saying)\s*(.+)$/iu
const englishWords = new Set(
  'a an the is are was be been has have had not no it its this that of to in on at for as by with and or but already declared defined before after initialization initialized cannot can access because since saying says variable function value'.split(
    ' ',
  ),
)
const chineseFails =
  /报错|抛出[^，。！？,.]{0,24}?(?:异常|错误|Error|Exception)|出错|(?:堆栈|栈)溢出|出现[^，。！？,.]{0,6}?(?:错误|异常)/u
/** Words taking the claim back: `does not throw`, `no error`, `不会报错`, `没有报错`. */
const negated =
  /\b(?:not|never|no|n't|without)\b[^.!?]*\b(?:fail|raise|throw|error|exception)|(?:不会|不|没有|没|并不|无|未)(?:再)?(?:报错|抛出|出错|出现)/iu
const errorName = /\b([A-Z][A-Za-z]*(?:Error|Exception))\b/
/** Sentences end at `.`, `!`, `?` and their full-width forms (`。`, `！`, `？`). */
const sentenceEnd = /(?<=[.!?。！？])\s*/u

/**
 * The error the paragraphs right after a fence (up to two, before any other
 * block; not a lead-in ending in a colon, which speaks of the next fence,
 * unless a paragraph, the error's message as text, follows it)
 * say the code raises, as a reader is told "this fails with `NameError`" or
 * "上方代码的最后一行，打印会报错"; `undefined` when they say nothing of the
 * kind, say it does not fail, or open with a condition (`If you remove the
 * import, it raises ...`, `如果...`), which speaks of other code. A list
 * right after the fence speaks of the sample's calls, an item each.
 */
export function errorStatedAfter(parent: Parent, index: number): StatedError | undefined {
  const fence = parent.children[index]
  const code = fence?.type === 'code' ? fence.value : ''
  for (const node of parent.children.slice(index + 1, index + 3)) {
    // A list right after the fence, an item per call: `expressed()` throws `TypeError: ...`.
    if (node.type === 'list') return callStatedToThrow(node, code)
    if (node.type !== 'paragraph') return undefined
    const text = plainText(node).replace(/\s+/g, ' ').trim()
    // A lead-in (`...然后报错：`) speaks of the fence after it; one above a
    // paragraph (`运行时会出现如下错误：` and the message as text) speaks of this sample.
    const next = parent.children[parent.children.indexOf(node) + 1]
    if (/[:：]$/u.test(text) && next?.type !== 'paragraph') return undefined
    for (const sentence of text.split(sentenceEnd)) {
      const claims =
        englishClaim.test(sentence) ||
        (chineseClaim.test(sentence) && chineseFails.test(sentence)) ||
        // Not a question, `会报错吗？`, which the sentences after it answer.
        (subjectlessFails.test(sentence) && !/[?？]$|[吗呢]$/u.test(sentence)) ||
        quotesNameOfCode(sentence, code)
      if (
        !claims ||
        negated.test(sentence) ||
        /^(?:if|when|unless)\b|^(?:如果|若|假如)/iu.test(sentence)
      ) {
        continue
      }
      return {
        postLine: node.position?.start.line ?? 0,
        name: errorName.exec(sentence)?.[1],
        sentence,
      }
    }
  }
  return undefined
}

/** A call or name of the code opening a sentence, then `throws`/`raises` (`会抛出`, `报错`) and an error's name: `expressed() throws TypeError`. */
const callThrows =
  /^([\p{L}_$][\p{L}\p{N}_$.]*)(?:\([^)]*\))?(?:\s+(?:throws|raises|will (?:throw|raise)|fails with)\b|\s*(?:会|将)?(?:抛出|报错))[^.!?。！？]*?\b([A-Z][A-Za-z]*(?:Error|Exception))\b/u

/**
 * The error an item of the list right after a fence says a call of the
 * sample raises (`- \`declared()\` returns ...`, `- \`expressed()\` throws
 * \`TypeError: expressed is not a function\``), the item opening with a
 * name the code calls or reads; `undefined` when no item says so.
 */
function callStatedToThrow(list: Parent, code: string): StatedError | undefined {
  for (const item of list.children) {
    const text = plainText(item).replace(/\s+/g, ' ').trim()
    const match = callThrows.exec(text)
    const head = match?.[1]?.split('.').at(-1)
    if (!match || !head || negated.test(text.split(sentenceEnd)[0] ?? '')) continue
    if (
      !new RegExp(
        `(?<![\\p{L}\\p{N}_$])${head.replace(/\$/gu, '\\$')}(?![\\p{L}\\p{N}_$])`,
        'u',
      ).test(code)
    )
      continue
    return { postLine: item.position?.start.line ?? 0, name: match[2], sentence: text }
  }
  return undefined
}

/**
 * Whether the sentence reports an error in words naming a name of the code,
 * `于是直接向我们报错：a 未初始化`: the reader is told what the console says.
 */
function quotesNameOfCode(sentence: string, code: string): boolean {
  const chinese = quotedAfterClaim.exec(sentence)?.[1]
  const english = chinese === undefined ? quotedAfterEnglishClaim.exec(sentence)?.[1] : undefined
  const words = (chinese ?? english)?.match(/[A-Za-z_$][\w$]*/gu) ?? []
  // In English words, the name is the one word that is not English.
  const names =
    english === undefined ? words : words.filter((word) => !englishWords.has(word.toLowerCase()))
  return names.some((word) =>
    new RegExp(`(?<![\\w$])${word.replace(/\$/gu, '\\$')}(?![\\w$])`, 'u').test(code),
  )
}

/** The paragraphs right after a sample (up to three, before any other block), which may explain its error. */
export interface ProseAfter {
  /** Line in the post of the first paragraph. */
  postLine: number
  /** Their plain text, one space between words. */
  text: string
}

/** The text of the paragraphs right after the fence at `index`, or `undefined` when a block other than a paragraph follows it. */
export function proseAfter(parent: Parent, index: number): ProseAfter | undefined {
  const paragraphs: string[] = []
  let postLine: number | undefined
  for (const node of parent.children.slice(index + 1, index + 4)) {
    if (node.type !== 'paragraph') break
    postLine ??= node.position?.start.line
    paragraphs.push(plainText(node).replace(/\s+/g, ' ').trim())
  }
  return postLine === undefined ? undefined : { postLine, text: paragraphs.join(' ') }
}

/**
 * Whether prose explains an error by its message: nearly every word of the
 * message (of four letters or more, three at least) stands in it, in any
 * inflection (`Illegal 'use strict' directive in function with non-simple
 * parameter list` and "makes it illegal to have a "use strict" directive
 * inside of a function whose parameters are ... Only simple parameter lists").
 */
export function explainsMessage(prose: string, message: string): boolean {
  const words = [...new Set(message.toLowerCase().match(/\p{L}{4,}/gu) ?? [])]
  if (words.length < 3) return false
  const text = prose.toLowerCase()
  const found = words.filter((word) => text.includes(word.replace(/(?:s|es|ed|ing)$/u, '')))
  return found.length >= Math.ceil(words.length * 0.85)
}
