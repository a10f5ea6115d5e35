/** V8's messages for the errors tutorials show, each with the error it belongs to. */
const messages: ReadonlyArray<readonly [string, RegExp]> = [
  ['ReferenceError', /^[\p{L}_$][\p{L}\p{N}_$]* is not defined$/u],
  ['ReferenceError', /^Cannot access '[^']+' before initialization$/u],
  ['TypeError', /^Assignment to constant variable$/u],
  ['TypeError', /^Cannot read propert(?:y|ies) .*(?:of|from) (?:null|undefined)\b.*$/u],
  ['TypeError', /^\S+ is not (?:a function|a constructor|iterable)$/u],
  ['SyntaxError', /^Identifier '[^']+' has already been declared$/u],
  ['SyntaxError', /^Missing initializer in const declaration$/u],
]

/**
 * The error a comment names by its message alone, as the console words it
 * under the error's name: `// Cannot access 'b' before initialization` on
 * `console.log(b)` before `let b = 10`, `// Assignment to constant variable.`
 * The message is the whole comment, in V8's own words, so it is read as the
 * error the line raises (a `ReferenceError`, a `TypeError`), not as text the
 * line prints; `undefined` for any other comment.
 */
export function errorOfBareMessage(comment: string): string | undefined {
  const text = comment.trim().replace(/[.。]$/u, '')
  return messages.find(([, pattern]) => pattern.test(text))?.[0]
}

/**
 * The claim of a message alone written after a statement of the sample's top
 * level, on an unindented line (`console.log(total) // Cannot access 'total'
 * before initialization`); a line inside a function runs only if called, so
 * its message is the author's note on a call elsewhere, read as no claim.
 */
export function topLevelMessageClaim(
  line: string,
  comment: string,
): { name: string; comment: string } | undefined {
  const name = /^\S/u.test(line) ? errorOfBareMessage(comment) : undefined
  return name === undefined ? undefined : { name, comment }
}
