import { pythonErrorOfMessage } from './python-error-messages.js'

/** V8's messages for the errors tutorials show, each with the error it belongs to. */
const messages: ReadonlyArray<readonly [string, RegExp]> = [
  ['ReferenceError', /^[\p{L}_$][\p{L}\p{N}_$]* is not defined$/u],
  ['ReferenceError', /^Cannot access '[^']+' before initialization$/u],
  ['TypeError', /^Assignment to constant variable$/u],
  ['TypeError', /^Cannot read propert(?:y|ies) .*(?:of|from) (?:null|undefined)\b.*$/u],
  ['TypeError', /^\S+ is not (?:a function|a constructor|iterable)$/u],
  ['SyntaxError', /^Identifier '[^']+' has already been declared$/u],
  ['SyntaxError', /^Missing initializer in const declaration$/u],
  ['RangeError', /^Maximum call stack size exceeded$/u],
]

/**
 * The error a comment names by its message alone, as the console words it
 * under the error's name: `// Cannot access 'b' before initialization` on
 * `console.log(b)` before `let b = 10`, `// Assignment to constant variable.`
 * The message is the whole comment, in V8's own words, so it is read as the
 * error the line raises (a `ReferenceError`, a `TypeError`), not as text the
 * line prints; `undefined` for any other comment. CPython's messages alone
 * (`# too many values to unpack (expected 2)`) are read the same way:
 * python-error-messages.ts.
 */
export function errorOfBareMessage(comment: string): string | undefined {
  const text = comment.trim().replace(/[.。]$/u, '')
  return messages.find(([, pattern]) => pattern.test(text))?.[0] ?? pythonErrorOfMessage(text)
}

/** `throw new Error('Contract violated')`, `raise ValueError("negative")`: an error the code makes, with its message. */
const thrown =
  /\b(?:throw\s+(?:new\s+)?|raise\s+)([A-Z][\p{L}\p{N}_$]*)\(\s*(['"`])((?:(?!\2)[^\\\n])+)\2\s*\)/gu

/** A print call, whose comment shows what it prints (the message of an error caught above, perhaps). */
const printCall = /^\s*(?:console\.\w+|print|alert)\s*\(/u

/**
 * The claim of a message alone written after a statement of the sample's top
 * level, on an unindented line (`console.log(total) // Cannot access 'total'
 * before initialization`); a line inside a function runs only if called, so
 * its message is the author's note on a call elsewhere, read as no claim.
 * The message of an error the sample's own code throws, word for word, is
 * such a claim too (`addOne('x') // Contract violated: expected int` under
 * `throw new Error('Contract violated: expected int')`), on a line that is no
 * print call, in a sample that catches no error (which could print it).
 */
export function topLevelMessageClaim(
  line: string,
  comment: string,
  code = '',
): { name: string; comment: string; message?: string } | undefined {
  if (!/^\S/u.test(line)) return undefined
  const name = errorOfBareMessage(comment)
  return name !== undefined ? { name, comment } : ownMessageClaim(line, comment, code)
}

/** The claim of the message of an error the sample throws itself, on a line that is no print call (above). */
export function ownMessageClaim(
  line: string,
  comment: string,
  code: string,
): { name: string; comment: string; message: string } | undefined {
  if (!/^\S/u.test(line) || printCall.test(line) || /\b(?:catch|except)\b/u.test(code)) {
    return undefined
  }
  const name = ownThrownError(code, comment)
  return name === undefined ? undefined : { name, comment, message: comment.trim() }
}

/** The name of the error the code throws with exactly this message (a full stop after it allowed). */
function ownThrownError(code: string, comment: string): string | undefined {
  const text = comment.trim().replace(/[.。]$/u, '')
  if (text.length < 8) return undefined
  for (const match of code.matchAll(thrown)) {
    if (match[3]?.trim().replace(/[.。]$/u, '') === text) return match[1]
  }
  return undefined
}
