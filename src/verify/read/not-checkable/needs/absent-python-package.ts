import escapeStringRegexp from 'escape-string-regexp'
import type { Sample } from '../../remark-extract-samples.js'

/** Python's error for an import it cannot find: `ModuleNotFoundError: No module named 'x'`. */
const notFound = /^ModuleNotFoundError: No module named '([\w.]+)'$/mu

/**
 * Modules of Python 2's standard library that Python 3 renamed or removed:
 * a sample importing one is Python 2 code, not code that needs a package.
 */
const python2Modules = new Set([
  '__builtin__',
  'ConfigParser',
  'Queue',
  'SocketServer',
  'StringIO',
  'Tkinter',
  'cPickle',
  'cStringIO',
  'commands',
  'cookielib',
  'httplib',
  'HTMLParser',
  'thread',
  'urllib2',
  'urlparse',
])

/**
 * The Python package a sample imports that is not installed here, from the
 * error its run (or a `>>>` session's example) raised, as `needs the Python
 * package \`x\``: the package, not the code, is what is missing, so the
 * sample is not checkable, and neither are the examples of a session after
 * the import. Only a module the sample's own code imports counts, and not
 * when the post shows the error itself (a lesson on `ModuleNotFoundError`),
 * nor when every name it imports from it is one an earlier sample of the
 * page defines, on a page naming its modules' files, none of them this
 * module's (`from t import ThisClass` after the fence of `logic.py`
 * defining `ThisClass`): the page's own module under a wrong name.
 */
export function absentPythonPackageNeed(sample: Sample, output: string): string | undefined {
  if (sample.runner.id !== 'python') return undefined
  const module = notFound.exec(output)?.[1]
  if (module === undefined) return undefined
  const top = module.split('.')[0] ?? module
  if (python2Modules.has(top)) return undefined
  const documented = sample.expected?.lines.join('\n') ?? ''
  if (/No module named|ModuleNotFoundError|ImportError/u.test(documented)) return undefined
  if (!importsModule(sample.code, top)) return undefined
  if (importsNamesOfThePage(sample, top)) return undefined
  return `needs the Python package \`${top}\`, which is not installed here`
}

/** Whether code imports a module: `import x`, `import a, x.y`, `from x.y import z` (at a line's start or after `>>> `). */
function importsModule(code: string, name: string): boolean {
  const module = `${escapeStringRegexp(name)}(?:\\.[\\w.]+)?`
  return new RegExp(
    `^\\s*(?:>>>\\s*|In \\[\\d+\\]:\\s*)?(?:from\\s+${module}\\s+import\\b|import\\s+(?:[\\w.]+(?:\\s+as\\s+\\w+)?\\s*,\\s*)*${module}(?![\\w.]))`,
    'mu',
  ).test(code)
}

/**
 * Whether every name `from module import a, b` takes is one an earlier sample
 * of the page defines, on a page that names its modules' files, none of them
 * `module.py`: the page's own module under a wrong name.
 */
function importsNamesOfThePage(sample: Sample, module: string): boolean {
  const defined = new Set(sample.definedBefore ?? [])
  // Only where the page names the files of its modules, none of them this one: with no
  // file named, the post leaves the module's name to the reader (`from decorator07 import`).
  const modules = (sample.pageFiles ?? []).filter((file) => file.endsWith('.py'))
  if (defined.size === 0 || modules.length === 0 || modules.includes(`${module}.py`)) return false
  const line = new RegExp(
    `^\\s*(?:>>>\\s*|In \\[\\d+\\]:\\s*)?from\\s+${escapeStringRegexp(module)}\\s+import\\s+\\(?([\\w\\s,]+)\\)?\\s*$`,
    'mu',
  ).exec(sample.code)?.[1]
  const names = (line ?? '')
    .split(',')
    .map((name) => name.trim().split(/\s+as\s+/u)[0] ?? '')
    .filter((name) => name !== '')
  return names.length > 0 && names.every((name) => defined.has(name))
}
