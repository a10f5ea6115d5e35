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
