import { createRequire } from 'node:module'
import escapeStringRegexp from 'escape-string-regexp'
import { mimeLabelLanguage } from './mime-labels.js'
import { hasTopLevelAwait } from './read/code/statements.js'
import { classicScriptLoader, runsAsClassicScript } from './run/classic-script.js'
import { firstSyntaxError } from './run/first-syntax-error.js'
import { importTypoCheck } from './run/import-typos.js'
import type { RunnerId } from './runner-id.js'

/** How to run and check the code of one language. */
export interface Runner {
  /** Stable id, part of the cache key. */
  id: RunnerId
  /** The command that must be installed, named in messages. */
  interpreter: string
  /** Line comment prefixes, for output written as comments. */
  commentPrefixes: readonly string[]
  /** File name to write a sample to; `code` decides between module kinds. */
  fileName(code: string): string
  /** Command that runs a file. */
  run(file: string): Command
  /** Command that only checks a file's syntax, running nothing of it. */
  check(file: string): Command
  /** The line (within the sample) and message of a syntax error, from the check's output. */
  syntaxError(output: string, file: string): SyntaxProblem
  /**
   * Command that prints the interpreter's version: its command is the one
   * identified by file (`interpreterStamp`), and it runs only when that cannot tell.
   */
  version: Command
  /** Files besides the interpreter that decide what samples print (the packages of tsx). */
  stampFiles?: readonly string[]
  /** Command that prints the path of the interpreter's executable, when its command may be a launcher. */
  executable?: Command
  /** A statement that prints `marker` on a line of its own, on stdout, flushed. */
  printMarker(marker: string): string
}

/** Where a sample fails to parse, and why. */
export interface SyntaxProblem {
  line: number | undefined
  message: string
}

/** Read a check's output printed as `LINE:MESSAGE`. */
function lineAndMessage(output: string): SyntaxProblem {
  const match = /^(\d+):(.*)$/m.exec(output)
  if (!match) return { line: undefined, message: lastLine(output) }
  return { line: Number(match[1]), message: match[2]?.trim() ?? '' }
}

function lastLine(output: string): string {
  return output.trim().split('\n').at(-1)?.trim() ?? ''
}

/** A process to start. */
export interface Command {
  command: string
  args: string[]
}

const require = createRequire(import.meta.url)
const tsxCli = require.resolve('tsx/cli')
// esbuild is tsx's own compiler: resolve it from tsx, not from postdeck.
const esbuild = createRequire(tsxCli).resolve('esbuild')
const tsxPackages = [
  require.resolve('tsx/package.json'),
  createRequire(tsxCli).resolve('esbuild/package.json'),
]
const node = process.execPath
const python = process.platform === 'win32' ? 'python' : 'python3'

const pythonRunner: Runner = {
  id: 'python',
  interpreter: python,
  commentPrefixes: ['#'],
  fileName: () => 'sample.py',
  run: (file) => ({ command: python, args: ['-X', 'utf8', '-u', file] }),
  // Note: `-S` skips importing `site` (site-packages and their `.pth` files), which compiling
  // does not need and which is most of Python's start-up.
  check: (file) => ({
    command: python,
    args: [
      '-S',
      '-X',
      'utf8',
      '-c',
      [
        'import ast, sys',
        firstSyntaxError,
        'source = open(sys.argv[1], encoding="utf-8").read()',
        'error = first_syntax_error(source, sys.argv[1])',
        'if error is not None:',
        '    print(f"{error.lineno}:{type(error).__name__}: {error.msg}")',
        '    sys.exit(1)',
        'tree = ast.parse(source)',
        importTypoCheck,
      ].join('\n'),
      file,
    ],
  }),
  syntaxError: lineAndMessage,
  version: { command: python, args: ['--version'] },
  // Note: a launcher such as pyenv's shim (a bash script) takes a few hundred ms to start
  // the interpreter; samples run the interpreter it names directly. `-S`, as above.
  executable: { command: python, args: ['-S', '-c', 'import sys; print(sys.executable)'] },
  printMarker: (marker) => `print(${JSON.stringify(marker)}, flush=True)`,
}

/** `import` of a name (any identifier, `import 工具 from`), of names or a file; `export`. */
const esModuleSyntax = /^\s*(?:import(?:\s+[\p{ID_Start}$_]|\s*[*{'"])|export\s)/mu

/**
 * Samples are scripts, as a browser console or a classic `<script>` runs
 * them (sloppy mode: a function may be declared twice), unless they use
 * module syntax (`import`, `export`) or `await` outside a function, which
 * make them ES modules.
 */
function moduleFileName(extension: 'js' | 'ts'): (code: string) => string {
  return (code) =>
    esModuleSyntax.test(code) || hasTopLevelAwait(code)
      ? `sample.m${extension}`
      : extension === 'js' && runsAsClassicScript(code)
        ? 'sample.js'
        : `sample.c${extension}`
}

/**
 * `alert(value)` as tutorials written for the browser use it to show a
 * value (javascript.info): Node prints what the dialog would show.
 */
const alertDefinition =
  'globalThis.alert ??= (...values) => console.log(values.length > 0 ? String(values[0]) : "")'

/** The same, loaded before an ES module sample (`--import`), so its lines keep their numbers. */
const browserAlert = `data:text/javascript,${encodeURIComponent(alertDefinition)}`

/**
 * A script or CommonJS sample runs from a `-e` program that defines
 * `alert` first. Not `--import`: a preloaded ES module makes Node start the
 * main script inside a promise job, so a sample's promise callbacks would run
 * before its `process.nextTick` callbacks, the reverse of `node file.js`.
 * `runMain` runs the file as `node file.cjs` does (`require.main === module`).
 */
const commonJsLoader = `${alertDefinition};require('node:module').runMain(require('node:path').resolve(process.argv[1]))`

const javascriptRunner: Runner = {
  id: 'javascript',
  interpreter: 'node',
  commentPrefixes: ['//'],
  fileName: moduleFileName('js'),
  // A `sample.js` is a classic script (`runsAsClassicScript`), run in the global scope.
  run: (file) => ({
    command: node,
    args: file.endsWith('.mjs')
      ? ['--import', browserAlert, file]
      : [
          '-e',
          file.endsWith('.js') ? `${alertDefinition};${classicScriptLoader}` : commonJsLoader,
          file,
        ],
  }),
  check: (file) => ({ command: node, args: ['--check', file] }),
  syntaxError: (output, file) => {
    const line = new RegExp(`${escapeStringRegexp(file)}:(\\d+)`).exec(output)?.[1]
    const message = /^\w*Error: .*$/m.exec(output)?.[0] ?? lastLine(output)
    return { line: line === undefined ? undefined : Number(line), message }
  },
  version: { command: node, args: ['--version'] },
  printMarker: (marker) => `;console.log(${JSON.stringify(marker)});`,
}

const typescriptRunner: Runner = {
  id: 'typescript',
  interpreter: 'tsx',
  commentPrefixes: ['//'],
  fileName: moduleFileName('ts'),
  run: (file) => ({ command: node, args: [tsxCli, file] }),
  // Note: esbuild (tsx's compiler) parses the file in a child process and runs none of it.
  check: (file) => ({
    command: node,
    args: [
      '-e',
      [
        'try {',
        `  require(${JSON.stringify(esbuild)}).transformSync(require('node:fs').readFileSync(process.argv[1], 'utf8'), { loader: 'ts' })`,
        '} catch (error) {',
        '  const [first] = error.errors ?? []',
        "  console.log((first?.location?.line ?? '') + ':SyntaxError: ' + (first?.text ?? error.message))",
        '  process.exit(1)',
        '}',
      ].join('\n'),
      file,
    ],
  }),
  syntaxError: lineAndMessage,
  version: { command: node, args: [tsxCli, '--version'] },
  stampFiles: tsxPackages,
  printMarker: (marker) => `;console.log(${JSON.stringify(marker)});`,
}

/**
 * The shell of a fence language. Note: `sh` runs in `bash --posix`, the `sh`
 * of macOS, where readers paste `sh` fences: bash's extensions (arrays,
 * `local arr=("$@")`, `[[ ]]`) work, and where bash and POSIX differ the
 * POSIX behaviour wins. A `#!/bin/dash` line still runs in dash.
 */
function shellRunner(id: 'bash' | 'sh' | 'zsh' | 'dash'): Runner {
  const [command, ...options] = id === 'sh' ? ['bash', '--posix'] : [id]
  const shell = command ?? id
  return {
    id,
    interpreter: shell,
    commentPrefixes: ['#'],
    // A hidden name: a glob (`expr \( 1 + 2 \) * 3`, `ls *`) in the sample's folder matches
    // nothing, as in the empty folder a reader tries it in, and `ls` does not list the script.
    fileName: () => `.sample.${id}`,
    run: (file) => ({ command: shell, args: [...options, file] }),
    check: (file) => ({ command: shell, args: [...options, '-n', file] }),
    syntaxError: (output) => {
      // bash and zsh: `file: line 3: message`; dash: `file: 3: message`.
      const match = /(?:line |^[^:\n]+: )(\d+): (.*)$/m.exec(output)
      return match
        ? { line: Number(match[1]), message: match[2]?.trim() ?? '' }
        : { line: undefined, message: lastLine(output) }
    },
    version: {
      command: shell,
      args: ['-c', id === 'dash' ? 'echo dash' : `echo "$${shell.toUpperCase()}_VERSION"`],
    },
    printMarker: (marker) => `printf '%s\\n' '${marker}'`,
  }
}

const runners: Record<string, Runner> = {
  python: pythonRunner,
  py: pythonRunner,
  python3: pythonRunner,
  pycon: pythonRunner,
  js: javascriptRunner,
  javascript: javascriptRunner,
  node: javascriptRunner,
  // A Node REPL transcript, as Markcheck and other checkers label one (read/node-repl.ts).
  'node-repl': javascriptRunner,
  mjs: javascriptRunner,
  cjs: javascriptRunner,
  ts: typescriptRunner,
  typescript: typescriptRunner,
  bash: shellRunner('bash'),
  shell: shellRunner('bash'),
  sh: shellRunner('sh'),
  zsh: shellRunner('zsh'),
  dash: shellRunner('dash'),
}

/** The runner of a fence language (already lower-cased), or `undefined` for languages that are only shown. */
export function runnerFor(language: string | null | undefined): Runner | undefined {
  if (!language) return undefined
  // A media type's name of the language (`x-javascript`, `text/x-python`): mime-labels.ts.
  return runners[language] ?? runners[mimeLabelLanguage(language) ?? '']
}

/** Fence languages of blocks that hold a sample's output rather than code. */
export const outputLanguages: ReadonlySet<string> = new Set([
  '',
  'text',
  'txt',
  'output',
  'plaintext',
  'console',
  // A terminal's output under the code that prints it, as DigitalOcean-style tutorials label it;
  // one showing prompts is a session, as a `console` fence is.
  'terminal',
  // What a sample raised, as a lesson shows it apart from what it printed (```` ```error ````).
  'error',
])
