import { errorOfBareMessage } from './bare-error-messages.js'
import { withoutCallArguments } from './call-arguments.js'
import { printSaysErrorInWords } from './worded-print-errors.js'

/**
 * Whether a print call's value comment is the error the call raises rather
 * than text it prints: `print(obj.__private)  # AttributeError: '...' object
 * has no attribute '__private'`. A comment in an exception's own form
 * (`Name: message`, or the name alone, `// ReferenceError`) can be printed only by a
 * call that builds such text (`printCanShowError`; a string literal passed to a
 * call whose result it prints, `print(s.index('x'))`, builds none: call-arguments.ts;
 * Node logs an Error with its name).
 * A print of anything else cannot show it, so the line is read as raising it,
 * as a reader of the post reads it. So is the error's message alone, in the
 * console's words (`// Cannot access 'b' before initialization`), and the
 * word error opening the comment (`# error: out of range`): worded-print-errors.ts.
 */
export function printRaisesNamedError(printed: string, written: string, code: string): boolean {
  // A cross opening the comment says the line fails (`console.log(x); // ❌ ReferenceError`).
  const comment = written.replace(failureMark, '')
  // `Name: message`, the error's name alone (`console.log(typeof x); // ReferenceError`), or
  // the name and a remark in brackets (`// ReferenceError (TDZ)`).
  const named =
    /^(?:Uncaught\s+)?[A-Z][A-Za-z]*(?:Error|Exception)(?:\s*:\s*\S|\s*[(（]|\s*$)/u.test(comment)
  if (!named && errorOfBareMessage(comment) === undefined && !printSaysErrorInWords(comment, code))
    return false
  return !printCanShowError(printed, code)
}

/** Whether a print call's arguments use a name an `except ... as e` / `catch (e)` binds: `console.log(e.name)`. */
export function printsCaughtError(printed: string, code: string): boolean {
  const open = printed.indexOf('(')
  const args = withoutCallArguments(open < 0 ? printed : printed.slice(open + 1))
  return caughtNames(code).some((name) =>
    new RegExp(`(?<![\\w.$])${escaped(name)}(?![\\w$])`, 'u').test(args),
  )
}

/**
 * Whether a print call's arguments can show an error's text: a string or
 * template literal, an error's `.name`/`.message`/`.stack` (a variable called
 * `name` is no error's), `type(e).__name__`, `repr`, `traceback`, or a name an
 * `except ... as e` / `catch (e)` binds.
 */
export function printCanShowError(printed: string, code: string): boolean {
  const open = printed.indexOf('(')
  const args = withoutCallArguments(open < 0 ? printed : printed.slice(open + 1))
  if (
    /['"`]|\b(?:__name__|repr|str|String|toString|traceback|format_exc|format_exception)\b|\.\s*(?:name|message|stack)\b/u.test(
      args,
    )
  )
    return true
  return caughtNames(code).some((name) =>
    new RegExp(`(?<![\\w.$])${escaped(name)}(?![\\w$])`, 'u').test(args),
  )
}

/** A cross opening a comment, saying its line fails rather than showing what it prints. */
const failureMark = /^[❌✗✘×🚫⛔]\uFE0F?\s*/u

/** Names an exception handler binds: Python's `except E as e`, JavaScript's `catch (e)`. */
function caughtNames(code: string): string[] {
  const names: string[] = []
  for (const match of code.matchAll(
    /\bexcept\b[^\n:]*\bas\s+([A-Za-z_]\w*)|\bcatch\s*\(\s*([\p{L}_$][\p{L}\p{N}_$]*)/gu,
  ))
    names.push(match[1] ?? match[2] ?? '')
  return names.filter(Boolean)
}

function escaped(text: string): string {
  return text.replace(/[$]/gu, '\\$')
}
