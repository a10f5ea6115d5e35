// Reading the paragraph above a fence: whether it introduces the output of the code above it.

const colonEnd = /[:：]\s*$/u
/** Words of a lead-in that announces what the code prints. */
const outputCue =
  /output|输出|结果|result|prints?|printed|produces?|returns?|打印|运行|返回|得到|显示|如下|控制台|console|you(?:'ll| will) see|should see|we get|gives?\b/iu
/** Words of a lead-in that announces input, a file or a command rather than output. */
const inputCue =
  /输入|input|stdin|file|文件|content|内容|config|配置|install|安装|command|命令|create|创建|save|保存/iu

/** A paragraph that opens with the word output or result, as a label (`输出列表`, `Output`, a quiz's `Solution`). */
const outputLabel =
  /^(?:输出|运行结果|执行结果|结果|解答|(?:outputs?|results?|solution)(?![a-z]))/iu

/** Words by which a sentence says it is about what the code printed: its output, its result. */
const namesOutput = /\boutputs?\b|\bresults?\b|\bprint(?:s|ed)?\b|输出|结果|打印/iu

/**
 * Words saying the fence below is what a compiler made of the code above
 * (`编译结果：`, `编译后：`, `compiles to:`, `the compiled result:`, `the generated
 * JavaScript:`): code, not what it prints.
 */
const compiledCode =
  /编译(?:结果|后|为|成|出)|转译(?:结果|后|为|成)|\b(?:compiles?|compiled|transpiles?|transpiled)\b[^.。:：]{0,20}\b(?:in)?to\b|\b(?:compiled|transpiled|generated|emitted)\s+(?:result|output|javascript|js|code)\b/iu

/**
 * A lead-in paragraph that introduces the output of the code above it:
 * one ending in a colon, however long, or one naming the output without a
 * colon (`结果如下`, `执行结果是`, `the result is`, `produces`), or a label alone (`输出`, `输出列表`,
 * `Output`); not one introducing input or a file, nor the compiler's output
 * (`编译结果：`), which is code.
 * `named`: a sentence ending in a full stop that speaks of the output or
 * result (`打印出来的结果是一样的。`, `This prints the following.`), which
 * introduces a fence of plain output, not one of code.
 */
export function leadInKind(text: string): 'output' | 'colon' | 'named' | undefined {
  // A box of markdown-it-container (VuePress's `::: tip` … `:::`) ends in colons, but is no lead-in.
  if (/(?:^|\n)[ \t]*:::[ \t]*$/u.test(text)) return undefined
  if (compiledCode.test(text)) return undefined
  const cue = outputCue.test(text)
  if (inputCue.test(text) && !/output|输出|结果|prints?|打印/iu.test(text)) return undefined
  if (colonEnd.test(text)) return cue ? 'output' : 'colon'
  if (
    cue &&
    [...text].length <= 80 &&
    /(?:如下|(?:结果|输出)(?:是|为)|\b(?:result|output)(?:\s+of\s+(?:the\s+)?(?:above\s+|this\s+|that\s+)?(?:code|program|snippet|script|example)(?:\s+above)?)?\s+(?:is|was|will\s+be|would\s+be)|produces|prints|outputs?|gives|returns)[\s\p{P}\p{S}]*$/iu.test(
      text,
    )
  )
    return 'output'
  // A label alone, as a heading over the output (`输出`, `输出列表`, `Output`), no sentence.
  if (outputLabel.test(text) && [...text].length <= 20 && !/[.。!！?？,，;；]/u.test(text))
    return 'output'
  // The last sentence decides: one about the output, not one before it in the paragraph.
  const last = text.split(/(?<=[.。!！?？])\s*(?=\S)/u).at(-1) ?? text
  if (/[.。!！]\s*$/u.test(text) && namesOutput.test(last)) return 'named'
  return undefined
}
