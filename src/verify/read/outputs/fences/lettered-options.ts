import type { List, Parent, PhrasingContent, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** A lettered option of a quiz: `A: \`20\` and \`NaN\``, `D:\`TypeError\``, `B. \`3\``. */
const optionLetter = /^([A-F])\s*[:：.)）]\s*/u
/** The answer naming an option: `答案: B`, `Answer: D`, `正确答案：C`, `**Answer:** C`. */
const answerLine = /^(?:正确答案|参考答案|答案|(?:correct\s+)?answer)\s*[:：]\s*([A-F])\s*[.。]?$/iu
/** How many nodes after the options the answer may stand (a `<details>` and `<summary>` before it). */
const answerReach = 4

/** One piece of an option's text: code (an inline code span) or words. */
export interface OptionPiece {
  code: boolean
  text: string
}

/** The option a quiz's answer chooses for the sample right above the options. */
export interface ChosenOption {
  letter: string
  /** The option's text after its letter, as read (code spans without their backticks). */
  text: string
  /** The same text in pieces, code spans apart from words. */
  pieces: OptionPiece[]
  /** Line of the option in the post. */
  line: number
  /** The answer's line (`#### 答案: B`) and text. */
  answerLine: number
  answer: string
}

/**
 * The option a quiz's answer chooses among the lettered options listed right
 * after the sample, as a list (`- A: \`orange\``, …) or lines of one paragraph
 * (`A. \`1\`` / `B. \`2\``), the answer within a few blocks after them (the
 * folded `<details>` of the answer): a line naming one (`#### 答案: D`,
 * `Answer: B`). `undefined` when there are not two options or more, or no
 * answer chooses one of them.
 */
export function chosenOption(parent: Parent, index: number): ChosenOption | undefined {
  const block = parent.children[index + 1]
  const options = block ? letteredOptions(block) : undefined
  if (!options || options.size < 2) return undefined
  for (const node of parent.children.slice(index + 2, index + 2 + answerReach)) {
    if (node.type === 'code' || node.type === 'list') return undefined
    if (node.type !== 'heading' && node.type !== 'paragraph') continue
    const answer = plainText(node).trim()
    const letter = answerLine.exec(answer)?.[1]
    if (letter === undefined) continue
    const chosen = options.get(letter)
    if (!chosen) return undefined
    return { letter, ...chosen, answerLine: node.position?.start.line ?? 0, answer }
  }
  return undefined
}

type Option = Omit<ChosenOption, 'letter' | 'answerLine' | 'answer'>

/** The options of a list or paragraph whose every item or line opens with a letter, by letter. */
function letteredOptions(block: RootContent): Map<string, Option> | undefined {
  const lines: { pieces: OptionPiece[]; line: number }[] = []
  if (block.type === 'list') {
    for (const item of (block as List).children) {
      const [paragraph, ...rest] = item.children
      if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined
      const split = splitLines(paragraph.children)
      if (split.length !== 1) return undefined
      lines.push({ pieces: split[0] ?? [], line: item.position?.start.line ?? 0 })
    }
  } else if (block.type === 'paragraph') {
    const first = block.position?.start.line ?? 0
    splitLines(block.children).forEach((pieces, offset) => {
      lines.push({ pieces, line: first + offset })
    })
  } else return undefined
  const options = new Map<string, Option>()
  for (const { pieces, line } of lines) {
    const [head, ...rest] = pieces
    const letter = head && !head.code ? optionLetter.exec(head.text.trimStart()) : null
    if (!head || !letter?.[1] || options.has(letter[1])) return undefined
    const after = head.text.trimStart().slice(letter[0].length)
    const own = [...(after === '' ? [] : [{ code: false, text: after }]), ...rest]
    const text = own.map((piece) => piece.text).join('')
    options.set(letter[1], { text: text.trim(), pieces: own, line })
  }
  return options
}

/** Inline content read as lines of pieces: code spans, and words up to each line break. */
function splitLines(children: readonly PhrasingContent[]): OptionPiece[][] {
  const lines: OptionPiece[][] = [[]]
  for (const child of children) {
    const current = () => lines[lines.length - 1] ?? []
    if (child.type === 'inlineCode') current().push({ code: true, text: child.value })
    else if (child.type === 'break') lines.push([])
    else {
      const [first = '', ...more] = (child.type === 'text' ? child.value : plainText(child)).split(
        '\n',
      )
      if (first !== '') current().push({ code: false, text: first })
      for (const text of more) lines.push(text === '' ? [] : [{ code: false, text }])
    }
  }
  return lines.filter((line) => line.length > 0)
}
