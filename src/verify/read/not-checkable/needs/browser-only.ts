import confusingBrowserGlobals from 'confusing-browser-globals'
import globals from 'globals'
import type { Sample } from '../../remark-extract-samples.js'
import { errorLine } from '../shown/pseudo-code.js'

/** Confusing names that tutorials use as the browser's own: `confirm('Sure?')`, `location.href`. */
const usedAsIs = new Set(['confirm', 'location', 'history', 'screen'])

const confusing = new Set<string>(confusingBrowserGlobals)

/**
 * Names a browser's scripts see and Node's do not (`document`, `alert`,
 * `HTMLElement`), from the sets linters use for the two environments. Left
 * out: the browser names often written by mistake for a local variable
 * (`name`, `event`, `top`), whose ReferenceError says the sample forgot to
 * define it, but for the few that tutorials use for what they are.
 */
const browserOnly = new Set(
  Object.keys(globals.browser).filter(
    (name) =>
      !Object.hasOwn(globals.node, name) &&
      !Object.hasOwn(globals.builtin, name) &&
      (!confusing.has(name) || usedAsIs.has(name)),
  ),
)

/** Whether `name` is a global of a browser's scripts that Node does not have. */
export function isBrowserOnly(name: string): boolean {
  return browserOnly.has(name)
}

/** A browser's global object as its consoles show it: `[object Window]`, `[object DOMWindow]`, `Window {…}`. */
const windowDisplay = /\[object (?:DOM)?Window\]|^["'`]?Window\s*\{/u

/** Node's global object as Node prints it: `<ref *1> Object [global] {`, `[object global]`. */
const nodeGlobal = /\bObject \[global\]|\[object global\]/u

/** A browser's global object named in a documented output: `Window {…}`, `[object Window]`, `this -> Window`. */
const windowNamed = /\[object (?:DOM)?Window\]|(?<![\w$.])Window\b(?![.(])/u

/**
 * Whether a documented output shows a browser's global object where the run
 * printed Node's (`console.log(this)` at the top level of a function, shown
 * as `Window {postMessage: ƒ, blur: ƒ, …}` or `// 1, 2, this -> Window`): the
 * post shows a browser's run, which Node cannot give. A documented `Window`
 * where Node printed anything else (`undefined` in strict mode) is compared.
 */
export function browserGlobalShown(documented: readonly string[], printed: string): boolean {
  return nodeGlobal.test(printed) && documented.some((line) => windowNamed.test(line))
}

/**
 * A call of a browser-only function written as a statement's claimed effect
 * (`// alert(666)`), or a browser's global object in the value claimed
 * (`hello("world"); // "[object DOMWindow]world"`, what `this` is there).
 */
export function browserCallClaimed(
  sample: Sample,
  documented: readonly string[],
): string | undefined {
  if (!isJavaScript(sample) || documented.length !== 1) return undefined
  if (windowDisplay.test(documented[0]?.trim() ?? '')) return 'window'
  const name = /^([\w$]+)\s*\(.*\)\s*;?$/u.exec(documented[0]?.trim() ?? '')?.[1]
  return name !== undefined && isBrowserOnly(name) ? name : undefined
}

/**
 * Why a JavaScript sample that failed in Node needs a browser, from its
 * error: a browser-only name it uses (`ReferenceError: document is not
 * defined`) or one the script of an HTML fence above defines, or a timer given code as a string (`setTimeout('f()', 100)`,
 * which a browser evaluates and Node refuses). `undefined` for any other
 * failure, and for a sample that defines the name itself.
 */
export function browserNeed(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  if (!isJavaScript(sample)) return undefined
  const line = errorLine(output, samplePath)
  const at = line === undefined ? '' : ` at line ${sample.line + line}`
  const missing = /ReferenceError: ([\w$]+) is not defined/.exec(output)?.[1]
  if (missing !== undefined && isBrowserOnly(missing)) {
    return `it needs a browser (\`${missing}\`${at})`
  }
  // A name the script of a page shown earlier defines: the sample runs in that page.
  const page = missing === undefined ? undefined : sample.pageNames?.[missing]
  if (page !== undefined) {
    return `it needs a browser (\`${missing}\`${at}, defined by the page's script at line ${page})`
  }
  const timer =
    /TypeError \[ERR_INVALID_ARG_TYPE\]: The "callback" argument must be of type function[^\n]*\n\s+at (setTimeout|setInterval)\b/.exec(
      output,
    )?.[1]
  if (timer !== undefined)
    return `it needs a browser (\`${timer}\` with code that is not a function${at})`
  return undefined
}

function isJavaScript(sample: Sample): boolean {
  return sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
}
