import type { Runner } from '../runners.js'
import {
  commentText,
  type DocumentedError,
  errorClaim,
  linesBelowFail,
  statementError,
} from './error-claims/error-comments.js'
import { commentStart } from './outputs/comments/trailing-comments.js'

/**
 * One of several versions of some code that a fence shows side by side,
 * each to be run on its own: under comment headings (`// 报错` then
 * `// 不报错`, `// Bad` then `// Good`), a claim on each paragraph
 * (`func() // 报错`, then `func() // 不报错`), or one line each under
 * `// 以下两行都会报错` ("both lines below throw").
 */
export interface Variant {
  /** Its lines within the sample (1-based, inclusive); it runs with the lines before the first variant. */
  from: number
  to: number
  /**
   * What the post says of it: it throws, it runs, or it is `bad`, which may
   * mean bad style as well as an error, so it is not run.
   */
  claim: 'error' | 'ok' | 'bad'
  /** For `error`: where the error must come from, and its name when given. */
  error?: DocumentedError
  /** Line in the post of its first line of code, where its failure is reported. */
  postLine: number
  /** The comment that makes the claim, for messages. */
  comment: string
}

/** A comment that says the code under it, or on its line, runs: `不报错`, `OK`, `Good`, `works`. */
const okVerdict =
  /^(?:不(?:会)?报错|不会出错|没有(?:报)?错|正确(?:写法|的写法)?|可以|没问题|ok|okay|good|fine|correct|right|valid|works?|no errors?|(?:does not|doesn't|won't) (?:throw|fail|raise))$/iu
/** A comment that says the code under it fails without naming the error: `报错`, `error`, `throws`. */
const errorVerdict = /^(?:(?:会)?报错|出错|error|errors|throws?|fails?|raises?)$/iu
/** A comment that calls the code under it bad, which may be bad style as well as an error: `Bad`, `错误写法`. */
const badVerdict =
  /^(?:bad|wrong|incorrect|avoid|don't|do not|错误(?:写法|的写法)?|不推荐(?:的)?(?:写法)?)$/iu

/** The claim of a comment's text, judged clause by clause (`第一种写法，报错`): `undefined` when it makes none. */
function verdictOf(text: string): Variant['claim'] | undefined {
  const clauses = text
    .split(/[,，;；:：。.!！()（）]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean)
  if (clauses.some((clause) => okVerdict.test(clause))) return 'ok'
  if (clauses.some((clause) => errorVerdict.test(clause))) return 'error'
  if (clauses.some((clause) => badVerdict.test(clause))) return 'bad'
  return statementError(text) ? 'error' : undefined
}

/**
 * The versions a fence shows side by side, each to be checked alone, or
 * `undefined` when it shows one program. Lines before the first version run
 * with each (a shared setup, `var message = ...` above the lines that
 * redeclare it).
 */
export function sampleVariants(
  code: string,
  fenceLine: number,
  runner: Runner,
): Variant[] | undefined {
  const lines = code.split('\n')
  const found =
    underHeadings(lines, runner) ?? eachLineBelow(lines, runner) ?? byParagraph(lines, runner)
  // Versions all called bad make no claim to check.
  if (!found || found.every((variant) => variant.claim === 'bad')) return undefined
  return found.map((variant) => {
    const first = firstCode(lines, variant.from, variant.to, runner) ?? variant.from
    const postLine = fenceLine + first
    // The name of the error: the claim's, else one a comment in the version gives; a bad
    // version that names the error it raises (`// ReferenceError: v is not defined`) claims it.
    const named = variant.name ?? namedWithin(lines, variant.from, variant.to, runner)
    const claim = variant.claim === 'bad' && named ? 'error' : variant.claim
    if (claim !== 'error') return { ...variant, postLine }
    const error: DocumentedError = {
      line: first,
      through: variant.to,
      postLine,
      name: named,
      comment: variant.comment,
    }
    return { from: variant.from, to: variant.to, claim, error, postLine, comment: variant.comment }
  })
}

/** The code a version runs: the sample with every other version's lines left blank, so lines keep their numbers. */
export function variantCode(code: string, variants: readonly Variant[], variant: Variant): string {
  return code
    .split('\n')
    .map((line, index) => {
      const number = index + 1
      const elsewhere = variants.some(
        (other) => other !== variant && number >= other.from && number <= other.to,
      )
      return elsewhere ? '' : line
    })
    .join('\n')
}

interface Found {
  from: number
  to: number
  claim: Variant['claim']
  name: string | undefined
  comment: string
}

/** Two or more comment lines that open a paragraph at the left margin and judge the code under them. */
function underHeadings(lines: readonly string[], runner: Runner): Found[] | undefined {
  const headings: Array<{ index: number; claim: Variant['claim']; text: string }> = []
  lines.forEach((line, index) => {
    const text = commentText(line, runner)
    if (text === undefined || /^\s/.test(line)) return
    if (index > 0 && (lines[index - 1] ?? '').trim() !== '') return
    const claim = verdictOf(text)
    if (claim) headings.push({ index, claim, text })
  })
  if (headings.length < 2) return undefined
  const found = headings.map((heading, k) => {
    const end = (headings[k + 1]?.index ?? lines.length) - 1
    return {
      from: heading.index + 1,
      to: lastCode(lines, heading.index, end) + 1,
      claim: heading.claim,
      name: errorClaim(heading.text)?.name,
      comment: heading.text,
    }
  })
  // Each heading must stand over code of its own.
  return found.every((variant) => firstCode(lines, variant.from, variant.to, runner) !== undefined)
    ? found
    : undefined
}

/** The lines under `// 以下两行都会报错`, up to a blank line (or as many as it says), each throwing alone. */
function eachLineBelow(lines: readonly string[], runner: Runner): Found[] | undefined {
  for (const [index, line] of lines.entries()) {
    const text = commentText(line, runner)
    const claim = text === undefined ? undefined : linesBelowFail.exec(text)
    if (!text || !claim) continue
    const count = countOf(claim[1] || claim[2] || '')
    const found: Found[] = []
    for (let next = index + 1; next < lines.length; next++) {
      const below = lines[next] ?? ''
      if (below.trim() === '' || (count !== undefined && found.length === count)) break
      if (commentText(below, runner) !== undefined) continue
      found.push({ from: next + 1, to: next + 1, claim: 'error', name: undefined, comment: text })
    }
    return found.length >= 2 ? found : undefined
  }
  return undefined
}

/**
 * Paragraphs (code between blank lines) that each carry a trailing claim,
 * when the fence claims both that some code throws and that some runs
 * (`func() // 报错` ... `func() // 不报错`): run as one program, the first
 * would stop the second.
 */
function byParagraph(lines: readonly string[], runner: Runner): Found[] | undefined {
  const paragraphs: Array<{ from: number; to: number }> = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const last = paragraphs.at(-1)
    if (last && last.to === index) last.to = index + 1
    else paragraphs.push({ from: index + 1, to: index + 1 })
  })
  const found: Found[] = []
  for (const paragraph of paragraphs) {
    const claims = lines.slice(paragraph.from - 1, paragraph.to).flatMap((line) => {
      // Code commented out (`// f(1n + 2)  // TypeError`) never runs: its claim is no version's.
      if (commentText(line, runner) !== undefined) return []
      const text = trailingComment(line, runner)
      const claim = text === undefined ? undefined : verdictOf(text)
      return claim && text !== undefined ? [{ claim, text }] : []
    })
    const [first] = claims
    if (!first) {
      // Lines with no claim after a version belong to it; before any, they are the setup.
      const last = found.at(-1)
      if (last) last.to = paragraph.to
      continue
    }
    if (claims.some((claim) => claim.claim !== first.claim)) return undefined
    found.push({
      ...paragraph,
      claim: first.claim,
      name: errorClaim(first.text)?.name,
      comment: first.text,
    })
  }
  const kinds = new Set(found.map((variant) => variant.claim))
  return found.length >= 2 && kinds.size === 2 ? found : undefined
}

/** The text of a comment after code on a line. */
function trailingComment(line: string, runner: Runner): string | undefined {
  for (const prefix of runner.commentPrefixes) {
    const start = commentStart(line, prefix)
    if (start !== undefined) return line.slice(start + prefix.length).trim()
  }
  return undefined
}

/** An error named by a comment within lines `from`..`to` (`// ReferenceError: x is not defined`). */
function namedWithin(
  lines: readonly string[],
  from: number,
  to: number,
  runner: Runner,
): string | undefined {
  for (const line of lines.slice(from - 1, to)) {
    const text = commentText(line, runner) ?? trailingComment(line, runner)
    const name = text === undefined ? undefined : statementError(text)?.name
    if (name) return name
  }
  return undefined
}

/** The first line of code (1-based) within `from`..`to`, not a comment or blank. */
function firstCode(
  lines: readonly string[],
  from: number,
  to: number,
  runner: Runner,
): number | undefined {
  for (let number = from; number <= to; number++) {
    const line = lines[number - 1] ?? ''
    if (line.trim() !== '' && commentText(line, runner) === undefined) return number
  }
  return undefined
}

/** The last non-blank line (0-based) from `start` to `end`. */
function lastCode(lines: readonly string[], start: number, end: number): number {
  let last = start
  for (let index = start; index <= end; index++)
    if ((lines[index] ?? '').trim() !== '') last = index
  return last
}

const numerals: Record<string, number> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
}

/** The number of lines a claim names (`两`, `three`, `3`); `undefined` for none (`几`, `all`). */
function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word)
  return numerals[word.toLowerCase()]
}
