import type { Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import type { Caveat } from './caveat.js'

/**
 * Words of a lead-in that present the code below as the wrong way, the
 * one the text warns against: `错误示例：`, `错误的写法`, `反例`, `This won't
 * work:`, `a bad example`; `Wrong:` alone.
 */
const wrongLeadIn =
  /错误(?:的)?(?:示例|示范|写法|用法)|反例|这样(?:写)?是(?:不行|错)|\b(?:this|that|it) (?:won'?t|will not|doesn'?t|does not) work\b|\bbad example\b|\bdon'?t do this\b/iu
/** A lead-in that is the verdict alone: `Wrong:`, `❌ Bad code:`, `Incorrect:` (not `this count is wrong:`, a claim the code must fail). */
const wrongAlone =
  /^(?:❌\s*)?(?:wrong|incorrect|bad)(?: (?:way|code|example|version|usage))?\s*[:：]$/iu

/** A comment line alone marking the code after it as wrong: `// 错误示例`, `# wrong`, `// ❌ this won't work`. */
const wrongMark =
  /^\s*(?:\/\/|#|\/\*)\s*(?:❌\s*)?(?:错误(?:的)?(?:示例|示范|写法|用法)?|反例|不正确|wrong|incorrect|bad|(?:this )?(?:won'?t|doesn'?t|does not) work)\b[\s:：!！.。]*(?:\*\/)?\s*$/iu

/**
 * A comment saying the sample's comments show what it should print once
 * written, not what it prints: `// comments are what we _want_ to have
 * logged`, `// 注释是我们期望的输出`.
 */
const wantedOutput =
  /^\s*(?:\/\/|#)\s*(?:the )?comments? (?:are|show|say) (?:what )?(?:we|you) _?(?:want|expect|would like)|^\s*(?:\/\/|#)\s*注释(?:中|里)?(?:是|为)?(?:我们)?(?:期望|希望|想要)/iu

/**
 * The post saying a sample is a counterexample: the last sentence of its
 * lead-in, ending with a colon, calls it the wrong way (then the whole
 * sample is; `Generic[T, T]` 这样是错误的 earlier in a paragraph speaks of other code), or a comment line in it marks the
 * code after it as wrong or its comments as what is wanted rather than
 * what runs (then the lines after that comment are). A failure there is
 * what the text says; `undefined` when the post says neither.
 */
export function counterexampleAt(
  parent: Parent,
  index: number,
  code: string,
  fenceLine: number,
): Caveat | undefined {
  const before = parent.children[index - 1]
  const line = before?.position?.start.line
  // Said of the code below: in the lead-in's last sentence, which ends with a colon.
  const text = before?.type === 'paragraph' ? plainText(before).trim() : ''
  const last = text.split(/(?<=[.!?])\s+|(?<=[。！？])(?=\S)/u).at(-1) ?? ''
  if (
    line !== undefined &&
    /[:：]$/u.test(text) &&
    (wrongLeadIn.test(last) || wrongAlone.test(last))
  ) {
    return { line, reason: `the text at line ${line} shows it as the wrong way`, check: 'skipped' }
  }
  const marked = code
    .split('\n')
    .findIndex((text) => wrongMark.test(text) || wantedOutput.test(text))
  if (marked === -1) return undefined
  const at = fenceLine + 1 + marked
  return {
    line: at,
    reason: `its comment at line ${at} shows the code after it as wrong or its comments as wanted, not real`,
    check: 'skipped',
    from: at,
  }
}
