/**
 * Comparing the message an error comment quotes with the one the sample
 * raised: `// ReferenceError: b is not defined` on a line whose real error
 * is `ReferenceError: Cannot access 'b' before initialization` claims
 * another error, as doctest would say of a traceback's last line. Engines
 * word one error each their own way (Firefox's `x is null` for V8's `Cannot
 * read properties of null`), and versions reword them, so messages are not
 * compared as text: each side is read as the condition it names, and only
 * two conditions that differ are a contradiction.
 */

/** Conditions JavaScript errors report, each with the ways engines and versions word it. */
const conditions: ReadonlyArray<readonly [string, RegExp]> = [
  ['undeclared', /^\S+ is not defined$/u],
  [
    'before initialization',
    /^(?:Cannot access '\S+' before initialization|can't access lexical declaration [`'"]?\S+?[`'"]? before initialization)$/iu,
  ],
  ['not a function', /^\S.* is not a function(?: or its return value is not iterable)?$/u],
  ['not a constructor', /^\S.* is not a constructor$/u],
  ['not iterable', /^\S.* is not iterable$/u],
  [
    'property of nothing',
    /^(?:Cannot read propert(?:y|ies) .*(?:of|from) (?:null|undefined).*|\S.* is (?:null|undefined)|can't access property .* of (?:null|undefined))$/iu,
  ],
  ['constant', /^(?:Assignment to constant variable\.?|invalid assignment to const .*)$/iu],
  [
    'regular expression flags',
    /^(?:Invalid regular expression flags|Invalid regular expression: invalid flags?|invalid regular expression flag \S+)$/iu,
  ],
  [
    'declared twice',
    /^(?:Identifier '\S+' has already been declared|redeclaration of (?:let|const|class) \S+)$/iu,
  ],
]

function conditionOf(message: string): string | undefined {
  const text = message.trim().replace(/[.。]$/u, '')
  return conditions.find(([, pattern]) => pattern.test(text))?.[0]
}

/** The message of the last `Name: message` line the output shows for the error `name`. */
export function raisedMessage(output: string, name: string): string | undefined {
  let message: string | undefined
  for (const line of output.split('\n')) {
    const match = /^(?:Uncaught )?(?:[\w.]+\.)?([A-Za-z]\w*)(?: \[\w+\])?: (.*)$/u.exec(line.trim())
    if (match?.[1] === name) message = match[2]
  }
  return message
}

/**
 * Whether a message written in the comment names another condition than
 * the error raised (`b is not defined` for a `let` used before its line).
 * A message read as no known condition (a paraphrase, a translation) is
 * not compared.
 */
export function contradictsMessage(written: string, output: string, name: string): boolean {
  const raised = raisedMessage(output, name)
  if (raised === undefined) return false
  const claimed = conditionOf(written)
  const real = conditionOf(raised)
  return claimed !== undefined && real !== undefined && claimed !== real
}

/**
 * Wordings of engines other than Node's V8 (Firefox's `x is undefined`,
 * `can't access property`, `invalid regular expression flag v`, Safari's
 * `undefined is not an object`, `Invalid regular expression: invalid
 * flags`): a post quoting a browser's words is compared by the condition
 * they name alone.
 */
const otherEngineWording =
  /^(?:can't |\S.* is (?:null|undefined)$|(?:undefined|null) is not an object|redeclaration of |invalid assignment to const |Invalid regular expression: invalid flags?$|invalid regular expression flag )/iu

/**
 * The message the run raised, when the comment quotes another one for the
 * same error (`// Uncaught TypeError: Cannot read property '0' of undefined`
 * where Node says `Cannot read properties of undefined (reading '0')`, a
 * stale message): compared as text, but for what legitimately varies
 * (quote marks, written or left out, spacing, a final period, addresses, paths, a message cut
 * short or elided with `...`). Only a quote is compared: a message in
 * another script than the raised one (a translation) or one sharing less
 * than half its words with the raised one (the author's words after the
 * name) is not; a browser's wording is compared by condition
 * (`contradictsMessage`). A message that is a pasted traceback's last line
 * (`pasted`) is the program's output, not the author's words: compared
 * whatever words it shares, as doctest compares a traceback's last line.
 */
export function otherQuotedMessage(
  written: string,
  output: string,
  name: string,
  pasted = false,
): string | undefined {
  const raised = raisedMessage(output, name)
  if (raised === undefined) return undefined
  if (contradictsMessage(written, output, name)) return raised
  // A pasted traceback naming non-ASCII names (`'数量'`) quotes the run, as the raised message shows.
  const quote =
    !/[^\p{ASCII}]/u.test(written.replace(/[‘’“”…]/gu, '')) ||
    (pasted && /[^\p{ASCII}]/u.test(raised))
  if (!quote || (!pasted && otherEngineWording.test(written.trim()))) return undefined
  const claimed = normalised(written)
  const real = normalised(raised)
  if (claimed === real || real.startsWith(claimed)) return undefined
  const pieces = claimed.split(/\s*(?:\.\.\.|…)\s*/u).filter((piece) => piece !== '')
  let from = 0
  const inOrder = pieces.every((piece) => {
    const at = real.indexOf(piece, from)
    from = at + piece.length
    return at >= 0
  })
  if (pieces.length > 1 && inOrder) return undefined
  return pasted || sharesWords(claimed, real) ? raised : undefined
}

function normalised(message: string): string {
  return message
    .trim()
    .replace(/[`"'‘’“”]/gu, '')
    .replace(/\b0x[0-9a-f]+\b/giu, '0x')
    .replace(/(?:[A-Za-z]:)?(?:[\\/][\w.@-]+){2,}/gu, '/path')
    .replace(/\s+/gu, ' ')
    .replace(/[.。]$/u, '')
}

/** Whether at least half the words of the quote are words of the raised message (`property` as `properties`). */
function sharesWords(claimed: string, real: string): boolean {
  const stem = (word: string) => word.replace(/ies$/u, 'y').replace(/s$/u, '')
  const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}_']+/gu) ?? []).map(stem)
  const quoted = words(claimed)
  const raised = new Set(words(real))
  if (quoted.length < 2) return false
  return quoted.filter((word) => raised.has(word)).length * 2 >= quoted.length
}
