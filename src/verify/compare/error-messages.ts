/**
 * Comparing the message an error comment quotes with the one the sample
 * raised: `// ReferenceError: b is not defined` on a line whose real error
 * is `ReferenceError: Cannot access 'b' before initialization` claims the
 * wrong error, as doctest would say of a traceback's last line. Messages
 * are compared by their words, loosely, so another engine's or version's
 * wording of the same error (`Cannot read property 'x' of undefined` for
 * `Cannot read properties of undefined (reading 'x')`) still agrees.
 */

/** Words of a message, lower-cased, a final `s` taken off (`property`, `properties`). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_$]+/gu) ?? []).map((word) =>
    word.length > 3 ? word.replace(/(?:ies|s)$/u, (end) => (end === 'ies' ? 'y' : '')) : word,
  )
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
 * Whether a message written in the comment is another error than the one
 * raised: most of its words are not in the raised message. A message in
 * another script than the raised one (a translation: `TypeError: 不是函数`)
 * is not compared.
 */
export function contradictsMessage(written: string, output: string, name: string): boolean {
  const raised = raisedMessage(output, name)
  if (
    raised === undefined ||
    /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(written)
  )
    return false
  const said = wordsOf(written)
  if (said.length === 0) return false
  const real = new Set(wordsOf(raised))
  return said.filter((word) => real.has(word)).length / said.length < 0.5
}
