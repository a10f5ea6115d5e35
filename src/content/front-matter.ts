import matter from 'gray-matter'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { type Document, LineCounter, parseDocument, YAMLParseError } from 'yaml'
import type * as z from 'zod'
import { reportError, reportWarning, ruleIds } from '../messages.js'
import { type FrontMatter, frontMatterSchema } from './front-matter-schema.js'
import { inputLimits } from './input-limits.js'
import { isOtherGeneratorsField } from './other-generators-fields.js'

/** Front matter too large to read, or YAML that would expand without bound. */
class FrontMatterLimitError extends Error {}

/** Thrown by the engines that gray-matter would otherwise evaluate as code. */
class RefusedLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front matter language \`${language}\` is not read`)
  }
}

function refuse(language: string) {
  return {
    parse(): never {
      throw new RefusedLanguageError(language)
    },
  }
}

/**
 * Read and validate the front matter of `file`, reporting every problem on
 * `file` with its place in the author's file.
 *
 * Note: gray-matter evaluates `---js` and `---coffee` blocks by default, and
 * caches parsed results per input when called without options; every engine
 * but YAML is refused here, and options are always passed so the cache is
 * never used.
 */
export function readFrontMatter(
  file: VFile,
  { samplesOnly = false }: { samplesOnly?: boolean } = {},
): FrontMatter | undefined {
  const lineCounter = new LineCounter()
  let document: Document | undefined
  const parseYaml = (source: string): object => {
    const lines = source.split('\n').length - 1
    // Note: checking keys for duplicates is quadratic; a huge front matter is refused first.
    if (lines > inputLimits.frontMatterLines) {
      throw new FrontMatterLimitError(
        `Front matter is too long: ${lines} lines, at most ${inputLimits.frontMatterLines}`,
      )
    }
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true })
    const [error] = document.errors
    if (error) throw error
    try {
      return document.toJS({ maxAliasCount: 100 }) ?? {}
    } catch (error) {
      // yaml throws a ReferenceError for an alias bomb (aliases of aliases, expanding without bound).
      if (error instanceof ReferenceError) {
        throw new FrontMatterLimitError(
          'Front matter uses too many YAML aliases (`*name`): write the values out',
        )
      }
      throw error
    }
  }

  const text = String(file.value)
  if (/^---[^\n]*\n/.test(text) && !/\n---[ \t]*(?:\r?\n|$)/.test(text)) {
    reportError(
      file,
      'Front matter is never closed: end it with a `---` line',
      { line: 1, column: 1 },
      ruleIds.frontMatterSyntax,
    )
    return undefined
  }

  let data: unknown
  try {
    data = matter(text, {
      language: 'yaml',
      engines: {
        yaml: parseYaml,
        yml: parseYaml,
        json: refuse('json'),
        javascript: refuse('javascript'),
        js: refuse('js'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
        cson: refuse('cson'),
      },
    }).data
  } catch (error) {
    reportUnreadable(file, error, lineCounter)
    return undefined
  }

  const result = frontMatterSchema.safeParse(data, { reportInput: true })
  if (result.success) return result.data
  // Read for its samples, a post of another theme (no `title` or `published`, or Jekyll's
  // `published: true`) is still read.
  const written = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  const lenient =
    samplesOnly &&
    result.error.issues.every(
      (issue) =>
        isMissingField(issue) ||
        isOtherGeneratorsField(issue.path[0], written[String(issue.path[0])]),
    )
  const report = lenient ? reportWarning : reportError
  for (const issue of result.error.issues) {
    const place = document ? placeOfPath(document, issue.path, lineCounter) : undefined
    report(file, describeIssue(issue), place ?? { line: 1, column: 1 }, ruleIds.frontMatterSchema)
  }
  return lenient ? withMissingFields(data, result.error.issues, file) : undefined
}

/** Whether an issue is a required field left out, rather than a value written wrong. */
function isMissingField(issue: z.core.$ZodIssue): boolean {
  return (
    (issue.code === 'invalid_type' && issue.input === undefined) || issue.message === 'is required'
  )
}

/**
 * The front matter of a post read only for its code samples, when fields the
 * page needs are missing (a post of another theme, with Jekyll's `nav_order`
 * instead of `published`): stand-ins take their place, so its samples are
 * still verified.
 */
function withMissingFields(
  data: unknown,
  issues: readonly z.core.$ZodIssue[],
  file: VFile,
): FrontMatter | undefined {
  // Note: a field written empty (`title: ""`) is missing too; the stand-in replaces it.
  const missing = new Set(issues.map((issue) => issue.path[0]))
  const kept = Object.entries(typeof data === 'object' && data !== null ? data : {}).filter(
    ([key]) => !missing.has(key),
  )
  const result = frontMatterSchema.safeParse({
    title: file.stem ?? 'untitled',
    published: '1970-01-01',
    ...Object.fromEntries(kept),
  })
  return result.success ? result.data : undefined
}

/**
 * Front matter for a post read only for its code samples whose own cannot be
 * read (invalid YAML, a list, fields of the wrong type): the error stays on
 * the file, and the samples are still verified.
 */
export function standInFrontMatter(file: VFile): FrontMatter {
  return frontMatterSchema.parse({ title: file.stem ?? 'untitled', published: '1970-01-01' })
}

function reportUnreadable(file: VFile, error: unknown, lineCounter: LineCounter): void {
  if (error instanceof RefusedLanguageError) {
    reportError(
      file,
      `Front matter in \`${error.language}\` is not read, as it would run code: write it in YAML`,
      { line: 1, column: 1 },
      ruleIds.frontMatterLanguage,
    )
    return
  }
  if (error instanceof FrontMatterLimitError) {
    reportError(file, error.message, { line: 1, column: 1 }, ruleIds.inputLimit)
    return
  }
  if (error instanceof YAMLParseError) {
    const firstLine = error.message.split('\n', 1)[0] ?? error.message
    reportError(
      file,
      `Front matter is not valid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
      toFilePoint(lineCounter.linePos(unclosedAt(error, String(file.value)) ?? error.pos[0])),
      ruleIds.frontMatterSyntax,
    )
    return
  }
  if (error instanceof Error && /engine ".+" is not registered/.test(error.message)) {
    const language = /"(.+)"/.exec(error.message)?.[1] ?? ''
    reportError(
      file,
      `Front matter in \`${language}\` is not read: write it in YAML`,
      { line: 1, column: 1 },
      ruleIds.frontMatterLanguage,
    )
    return
  }
  throw error
}

/** Openers that yaml reports as unclosed only where the text ends, and its words for them. */
const unclosed: Record<string, RegExp> = {
  '[': /end with a \]/,
  '{': /end with a \}/,
  '"': /Missing closing "quote/,
  "'": /Missing closing 'quote/,
}

/**
 * For a `[`, `{` or quote left open, the offset (in the front matter string)
 * of the opener, where the author has to look, rather than the end yaml
 * reports.
 */
function unclosedAt(error: YAMLParseError, text: string): number | undefined {
  const opener = Object.keys(unclosed).find((key) => unclosed[key]?.test(error.message))
  if (!opener) return undefined
  // The front matter string starts after the opening `---`.
  const offset = text.startsWith('---') ? 3 : 0
  const index = text.lastIndexOf(opener, error.pos[0] + offset)
  return index === -1 ? undefined : index - offset
}

/**
 * Turn a position in gray-matter's front matter string into one in the file.
 *
 * Note: that string starts right after the opening `---`, so its line N is
 * the file's line N, and only its first line is shifted by three columns.
 */
function toFilePoint(position: { line: number; col: number }): Point {
  return { line: position.line, column: position.line === 1 ? position.col + 3 : position.col }
}

function placeOfPath(
  document: Document,
  path: readonly PropertyKey[],
  lineCounter: LineCounter,
): Point | undefined {
  // Walk up the path until a node exists: a missing key points at its parent,
  // and a missing top-level key at the front matter's first line.
  for (let length = path.length; length >= 1; length--) {
    const node = document.getIn(path.slice(0, length), true)
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      const [start] = node.range as [number, number, number]
      return toFilePoint(lineCounter.linePos(start))
    }
  }
  return undefined
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = `\`${issue.path.map(String).join('.')}\``
  if (issue.code === 'invalid_type') {
    return issue.input === undefined
      ? `Front matter field ${field} is required`
      : `Front matter field ${field} must be ${withArticle(issue.expected)}, not \`${String(issue.input)}\``
  }
  if (issue.message === 'is required') return `Front matter field ${field} is required`
  return `Front matter field ${field} ${issue.code === 'custom' ? issue.message : `is invalid: ${issue.message}`}`
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`
}
