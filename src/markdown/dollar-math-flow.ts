import type {
  Code,
  Construct,
  Effects,
  State,
  TokenizeContext,
  TokenType,
} from 'micromark-util-types'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    /** MyST's label after a closing `$$`: `(eq:euler)`. */
    mathFlowFenceLabel: 'mathFlowFenceLabel'
  }
}

const dollar = 36
const leftParenthesis = 40
const rightParenthesis = 41
const tabSize = 4

const markdownLineEnding = (code: Code) => code !== null && code < -2
const markdownSpace = (code: Code) => code === -2 || code === -1 || code === 32
/** A word naming the notation (`$$asciimath`): ASCII letters, digits, `-`, `_`, `+`, `.`. */
const metaCharacter = (code: Code) =>
  code !== null &&
  ((code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 45 ||
    code === 95 ||
    code === 43 ||
    code === 46)

/** Optional spaces and tabs (at most `max`) in a token of `type`, then `ok` (micromark-factory-space). */
function factorySpace(effects: Effects, ok: State, type: TokenType, max?: number): State {
  const limit = max ? max - 1 : Number.POSITIVE_INFINITY
  let size = 0
  const prefix = (code: Code): State | undefined => {
    if (markdownSpace(code) && size++ < limit) {
      effects.consume(code)
      return prefix
    }
    effects.exit(type)
    return ok(code)
  }
  return (code) => {
    if (!markdownSpace(code)) return ok(code)
    effects.enter(type)
    return prefix(code)
  }
}

/**
 * Display math (`$$` on its own line, up to a `$$` line), read as
 * micromark-extension-math reads it, with one change: a block never closed
 * is not math. remark-math runs an unclosed `$$` block to the end of its
 * container, like an unclosed code fence, so a line of prose that starts with
 * `$$` (`$$：当前 shell 的 pid`, bash's special variable) swallows every
 * paragraph and code fence after it; pandoc and KaTeX's auto-render leave an
 * unpaired `$$` as text, and so does this. Nor is a `$$` line followed by
 * prose (`$$：pid`, `$$ x +`): after the opening `$$` only one word may
 * follow, the block's meta (`$$asciimath`); such a line is text, and its
 * `$$` pairs with a later `$$` in the same paragraph as math in text.
 * The closing `$$` may carry MyST's label of the equation, `$$ (eq:euler)`;
 * it may also end the block's last line of math (`= [6, -9]$$`), as pandoc
 * and KaTeX's auto-render close display math at the next `$$` wherever it
 * is, where remark-math would run on to the next `$$` line.
 * A closing line found after the opening one decides, as a reader scans for
 * it; the block then ends where remark-math ends it.
 */
export function dollarMathFlow(source: () => string): Construct {
  return {
    name: 'mathFlow',
    concrete: true,
    tokenize(effects, ok, nok) {
      return tokenizeMathFlow.call(this, source, effects, ok, nok)
    },
  }
}

/** Whether a line closing a block opened by `size` dollars (`$$`, maybe in a container's `> `) comes after `offset`. */
function closedAfter(text: string, offset: number, size: number): boolean {
  const closing = new RegExp(`^[ \\t>]*[$]{${size},}[ \\t]*(?:\\([^()\\n]*\\)[ \\t]*)?$`, 'm')
  const rest = text.slice(offset)
  return closing.test(rest) || lineEndingIn(size).test(rest)
}

/** A line of math ending in the block's dollars (`= 12$$`), which pandoc reads as the block's end. */
function lineEndingIn(size: number): RegExp {
  return new RegExp(`[^$\\\\\\s][$]{${size}}[ \\t]*$`, 'm')
}

/** Whether the dollars at `offset` are the block's closing ones ending a line of its math. */
function closesLine(text: string, offset: number, size: number): boolean {
  const end = offset + size + lineEnd(text, offset + size)
  // The character after the line is read too: the line must end there.
  return lineEndingIn(size).test(text.slice(offset - 1, end + 1))
}

/** How many spaces and tabs come at `offset` before the end of its line. */
function lineEnd(text: string, offset: number): number {
  return /^[ \t]*/.exec(text.slice(offset))?.[0].length ?? 0
}

const nonLazyContinuation: Construct = { tokenize: tokenizeNonLazyContinuation, partial: true }

function tokenizeMathFlow(
  this: TokenizeContext,
  source: () => string,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  const self = this
  const tail = self.events.at(-1)
  const initialSize =
    tail && tail[1].type === 'linePrefix' ? tail[2].sliceSerialize(tail[1], true).length : 0
  let sizeOpen = 0

  return (code) => {
    effects.enter('mathFlow')
    effects.enter('mathFlowFence')
    effects.enter('mathFlowFenceSequence')
    return sequenceOpen(code)
  }

  function sequenceOpen(code: Code): State | undefined {
    if (code === dollar) {
      effects.consume(code)
      sizeOpen++
      return sequenceOpen
    }
    if (sizeOpen < 2) return nok(code)
    effects.exit('mathFlowFenceSequence')
    return factorySpace(effects, metaBefore, 'whitespace')(code)
  }

  function metaBefore(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return metaAfter(code)
    effects.enter('mathFlowFenceMeta')
    effects.enter('chunkString', { contentType: 'string' })
    return meta(code)
  }

  function meta(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('chunkString')
      effects.exit('mathFlowFenceMeta')
      return metaAfter(code)
    }
    if (markdownSpace(code)) {
      effects.exit('chunkString')
      effects.exit('mathFlowFenceMeta')
      return factorySpace(effects, metaEnd, 'whitespace')(code)
    }
    if (!metaCharacter(code)) return nok(code)
    effects.consume(code)
    return meta
  }

  function metaEnd(code: Code): State | undefined {
    return code === null || markdownLineEnding(code) ? metaAfter(code) : nok(code)
  }

  function metaAfter(code: Code): State | undefined {
    // Note: the post's text is looked ahead in, as micromark hands a block its lines one by one.
    if (!closedAfter(source(), self.now().offset, sizeOpen)) return nok(code)
    effects.exit('mathFlowFence')
    if (self.interrupt) return ok(code)
    return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code)
  }

  function beforeNonLazyContinuation(code: Code): State | undefined {
    return effects.attempt(
      { tokenize: tokenizeClosingFence, partial: true },
      after,
      contentStart,
    )(code)
  }

  function contentStart(code: Code): State | undefined {
    return (
      initialSize
        ? factorySpace(effects, beforeContentChunk, 'linePrefix', initialSize + 1)
        : beforeContentChunk
    )(code)
  }

  function beforeContentChunk(code: Code): State | undefined {
    if (code === null) return after(code)
    if (markdownLineEnding(code)) {
      return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code)
    }
    effects.enter('mathFlowValue')
    return contentChunk(code)
  }

  function contentChunk(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) {
      effects.exit('mathFlowValue')
      return beforeContentChunk(code)
    }
    // Pandoc ends display math at its closing dollars wherever they are; at the end of a line of it, so does this.
    if (code === dollar && closesLine(source(), self.now().offset, sizeOpen)) {
      effects.exit('mathFlowValue')
      effects.enter('mathFlowFence')
      effects.enter('mathFlowFenceSequence')
      return sequenceEndingLine(code)
    }
    effects.consume(code)
    return contentChunk
  }

  function sequenceEndingLine(code: Code): State | undefined {
    if (code === dollar) {
      effects.consume(code)
      return sequenceEndingLine
    }
    effects.exit('mathFlowFenceSequence')
    return factorySpace(
      effects,
      (next) => {
        effects.exit('mathFlowFence')
        return after(next)
      },
      'whitespace',
    )(code)
  }

  function after(code: Code): State | undefined {
    effects.exit('mathFlow')
    return ok(code)
  }

  function tokenizeClosingFence(
    this: TokenizeContext,
    effects: Effects,
    ok: State,
    nok: State,
  ): State {
    let size = 0
    let labelled = false
    const indented = !self.parser.constructs.disable.null?.includes('codeIndented')
    return factorySpace(
      effects,
      (code) => {
        effects.enter('mathFlowFence')
        effects.enter('mathFlowFenceSequence')
        return sequenceClose(code)
      },
      'linePrefix',
      indented ? tabSize : undefined,
    )

    function sequenceClose(code: Code): State | undefined {
      if (code === dollar) {
        size++
        effects.consume(code)
        return sequenceClose
      }
      if (size < sizeOpen) return nok(code)
      effects.exit('mathFlowFenceSequence')
      return factorySpace(effects, afterSequenceClose, 'whitespace')(code)
    }

    function afterSequenceClose(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code)) {
        effects.exit('mathFlowFence')
        return ok(code)
      }
      // MyST's label of the equation, `$$ (eq:euler)`, which its references name; Sphinx shows a number there.
      if (code === leftParenthesis && !labelled) {
        effects.enter('mathFlowFenceLabel')
        effects.consume(code)
        return label
      }
      return nok(code)
    }

    function label(code: Code): State | undefined {
      if (code === null || markdownLineEnding(code) || code === leftParenthesis) return nok(code)
      effects.consume(code)
      if (code !== rightParenthesis) return label
      effects.exit('mathFlowFenceLabel')
      labelled = true
      return factorySpace(effects, afterSequenceClose, 'whitespace')
    }
  }
}

function tokenizeNonLazyContinuation(
  this: TokenizeContext,
  effects: Effects,
  ok: State,
  nok: State,
): State {
  return (code) => {
    if (code === null) return ok(code)
    effects.enter('lineEnding')
    effects.consume(code)
    effects.exit('lineEnding')
    return (next: Code) => (this.parser.lazy[this.now().line] ? nok(next) : ok(next))
  }
}
