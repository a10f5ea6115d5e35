// JavaScript samples run as a browser console or a classic `<script>` runs them.

import { topLevelStatements } from '../read/code/statements.js'

/** Names only a CommonJS module defines: a sample using one is a Node module, not a console script. */
const moduleNames = /(?<![\w$.])(?:require|module|exports|__filename|__dirname)(?![\w$])/gu

/**
 * Whether a plain JavaScript sample (no `import`/`export`, no top-level
 * `await`) runs as a classic script: it uses none of CommonJS's names, so it
 * was written for a console (browser or `node` REPL) or a `<script>`, where a
 * top-level `var` or function declaration is a property of the global object
 * and a top-level `this` is that object (`this === window`). As a CommonJS
 * file, `this` would be `module.exports` (`{}`) and `var a` no `this.a`.
 * A CommonJS name the sample declares itself at its top level (`const module =
 * (function () {...})()`) is the script's own, as a browser reads it.
 * Not a sample with a `return` at its top level: an excerpt of a function's
 * body, which a script refuses and a CommonJS module (a function) runs.
 */
export function runsAsClassicScript(code: string): boolean {
  const statements = topLevelStatements({ id: 'javascript' }, code)
  // Its own `const module = (function () {...})()`, a module pattern written for a browser,
  // is a name of the script's, which only CommonJS's wrapper would refuse as declared twice.
  const own = new Set(
    (statements ?? []).flatMap(
      (statement) => ownDeclaration.exec(statement.text)?.slice(1, 2) ?? [],
    ),
  )
  const uncommented = code.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gmu, ' ')
  const used = [...uncommented.matchAll(moduleNames)].map(([name]) => name)
  if (used.some((name) => !own.has(name))) return false
  return !statements?.some((statement) => /^return(?![\w$])/u.test(statement.text))
}

/** A top-level declaration of one of CommonJS's names: `const module = ...`, `function require(`. */
const ownDeclaration =
  /^(?:const|let|var|class|function\*?)\s+(require|module|exports|__filename|__dirname)(?![\w$])/u

/**
 * Node's `process` as the code put into a sample reaches it, whatever the
 * sample names `process`: a function of its own (`function process(value)`)
 * is hoisted over it, and in a classic script over the global one, which the
 * loader keeps under a symbol before the script runs.
 */
export const realProcess = "(globalThis[Symbol.for('postdeck.process')] ?? globalThis.process)"

/**
 * The `node -e` program that runs the file named after it as a classic
 * script in the global scope (`vm.runInThisContext`). It declares nothing,
 * so the sample sees only Node's globals; the file's own name stays on its
 * stack frames and error excerpts, so their line numbers are the sample's.
 * Note: the frames of `vm` and of `-e` below the sample's are left out of
 * what is compared and shown, as Node's own frames are (`withoutNodeInternals`).
 * It keeps Node's `process` under a symbol first (`realProcess`).
 */
export const classicScriptLoader =
  "globalThis[Symbol.for('postdeck.process')] = process; require('node:vm').runInThisContext(require('node:fs').readFileSync(process.argv[1], 'utf8'), { filename: process.argv[1] })"
