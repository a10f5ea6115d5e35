import { mathFromMarkdown } from 'mdast-util-math'
// Note: a type-only import, for micromark-extension-math's token types (`mathText`...).
import type {} from 'micromark-extension-math'
import type {
  Code,
  Construct,
  Event,
  Previous,
  State,
  Token,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types'
import type { Processor } from 'unified'
import { dollarMathFlow } from './dollar-math-flow.js'

const dollar = 36
const space = 32

/**
 * remark-math with pandoc's rule for single dollars (`tex_math_dollars`): the
 * opening `$` is followed by a non-space, and the next `$` closes the math
 * when it follows a non-space and is not followed by a digit; otherwise the
 * opening one is a dollar sign. So prices read as prices ("$10/month or
 * $99/year"), while `$x$` and `$$…$$` are math as remark-math reads them.
 * Note: micromark-extension-math pairs any two single dollars and will not
 * take an option for this (micromark/micromark-extension-math#6), so its
 * text construct is replaced here; display math (`$$` blocks) is its own but
 * for an unclosed block, which is text (dollar-math-flow.ts).
 * Posts are read, never written back as Markdown: no serialiser extension.
 */
export function remarkDollarMath(this: Processor): undefined {
  const data = this.data()
  // The text being parsed, for display math to look ahead for its closing line.
  let source = ''
  const parse = this.parser
  if (parse) {
    this.parser = (text, file) => {
      source = text
      return parse(text, file)
    }
  }
  const flow = dollarMathFlow(() => source)
  const extension = { flow: { [dollar]: flow }, text: { [dollar]: dollarMathText } }
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), extension]
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), mathFromMarkdown()]
}

const lineEnding = (code: Code) => code !== null && code < -2
const blank = (code: Code) => code === null || code === space || code === -1 || lineEnding(code)
const digit = (code: Code) => code !== null && code >= 48 && code <= 57

/** A `$` opens math only when no unescaped `$` is right before it (as in micromark-extension-math). */
const previous: Previous = function (this: TokenizeContext, code) {
  return code !== dollar || this.events.at(-1)?.[1].type === 'characterEscape'
}

/** Math in text between dollar runs of one size, single dollars under pandoc's rule. */
const dollarMathText: Construct = {
  name: 'mathText',
  tokenize: tokenizeDollarMath,
  resolve: resolveMathText,
  previous,
}

function tokenizeDollarMath(
  this: TokenizeContext,
  effects: Parameters<Tokenizer>[0],
  ok: State,
  nok: State,
): State {
  let sizeOpen = 0
  let size = 0
  // The last character read, and the one before the closing run being read.
  let before: Code = null
  let closeAfter: Code = null
  let token: Token | undefined
  const consume = (code: Code) => {
    before = code
    effects.consume(code)
  }

  return (code) => {
    effects.enter('mathText')
    effects.enter('mathTextSequence')
    return sequenceOpen(code)
  }

  function sequenceOpen(code: Code): State | undefined {
    if (code === dollar) {
      consume(code)
      sizeOpen++
      return sequenceOpen
    }
    // Pandoc: a single `$` followed by a space is a dollar sign, not math.
    if (sizeOpen === 1 && blank(code)) return nok(code)
    effects.exit('mathTextSequence')
    return between(code)
  }

  function between(code: Code): State | undefined {
    if (code === null) return nok(code)
    if (code === dollar) {
      token = effects.enter('mathTextSequence')
      size = 0
      return sequenceClose(code)
    }
    if (code === space) {
      effects.enter('space')
      consume(code)
      effects.exit('space')
      return between
    }
    if (lineEnding(code)) {
      effects.enter('lineEnding')
      consume(code)
      effects.exit('lineEnding')
      return between
    }
    effects.enter('mathTextData')
    return inData(code)
  }

  function inData(code: Code): State | undefined {
    if (code === null || code === space || code === dollar || lineEnding(code)) {
      effects.exit('mathTextData')
      return between(code)
    }
    consume(code)
    return inData
  }

  function sequenceClose(code: Code): State | undefined {
    if (code === dollar) {
      if (size === 0) closeAfter = before
      consume(code)
      size++
      return sequenceClose
    }
    if (size === sizeOpen && sizeOpen === 1 && (blank(closeAfter) || digit(code))) {
      // Pandoc: the first single `$` closes the math or, after a space or before a digit, undoes it.
      return nok(code)
    }
    if (size === sizeOpen) {
      effects.exit('mathTextSequence')
      effects.exit('mathText')
      return ok(code)
    }
    // Another run of dollars, or a single one pandoc does not close on: math text.
    if (token) token.type = 'mathTextData'
    return inData(code)
  }
}

/** micromark-extension-math's resolver: padding spaces trimmed, spaces and data merged. */
function resolveMathText(events: Event[]): Event[] {
  let tailExitIndex = events.length - 4
  let headEnterIndex = 3
  const type = (index: number) => events[index]?.[1].type
  if (
    (type(headEnterIndex) === 'lineEnding' || type(headEnterIndex) === 'space') &&
    (type(tailExitIndex) === 'lineEnding' || type(tailExitIndex) === 'space')
  ) {
    for (let index = headEnterIndex + 1; index < tailExitIndex; index++) {
      if (type(index) === 'mathTextData') {
        ;(events[tailExitIndex] as Event)[1].type = 'mathTextPadding'
        ;(events[headEnterIndex] as Event)[1].type = 'mathTextPadding'
        headEnterIndex += 2
        tailExitIndex -= 2
        break
      }
    }
  }
  let enter: number | undefined
  tailExitIndex++
  for (let index = headEnterIndex; index <= tailExitIndex; index++) {
    if (enter === undefined) {
      if (index !== tailExitIndex && type(index) !== 'lineEnding') enter = index
    } else if (index === tailExitIndex || type(index) === 'lineEnding') {
      const first = events[enter] as Event
      first[1].type = 'mathTextData'
      if (index !== enter + 2) {
        first[1].end = (events[index - 1] as Event)[1].end
        events.splice(enter + 2, index - enter - 2)
        tailExitIndex -= index - enter - 2
        index = enter + 2
      }
      enter = undefined
    }
  }
  return events
}
