import type { Runner } from '../../runners.js'
import type { DocumentedOutput } from '../outputs/documented-output.js'

/**
 * A comment saying its line does not compile, as a TypeScript tutorial
 * shows what the type checker refuses: `// 编译时报错`, `// 编译报错`,
 * `// compile error`, `// compile-time error`, `// does not compile`, or the
 * checker's own words, `// error TS2339: Property 'length' does not exist on
 * type 'number'.`, `// index.ts(5,30): error TS2339: ...`.
 */
const compileClaim =
  /^(?:[→=!✗×❌\s-]*)(?:编译(?:时|期)?(?:会)?(?:报错|错误|出错|失败|不通过)|(?:compile|compiler|compilation|compile-time)[- ]?(?:time\s+)?errors?\b|(?:does not|doesn't|won't|will not)\s+compile\b|(?:\S+\.tsx?\(\d+,\d+\):\s*)?error\s+TS\d+\b)/iu

/** Whether a comment's text (its `//` taken off) says its line does not compile. */
export function isCompileClaim(comment: string): boolean {
  return compileClaim.test(comment.trim())
}

/**
 * The lines (1-based, within the sample) of a TypeScript sample whose
 * trailing comment says they do not compile: a claim the type checker
 * decides, not the run. Empty for other languages.
 */
export function compileClaimLines(code: string, runner: Runner): number[] {
  if (runner.id !== 'typescript') return []
  return code.split('\n').flatMap((line, index) => {
    const comment = /\S.*?\/\/(.*)$/u.exec(line)?.[1]
    return comment !== undefined && isCompileClaim(comment) ? [index + 1] : []
  })
}

/**
 * A comment saying its line fails without naming a run error, as TypeScript
 * tutorials mark what the type checker refuses: `// 报错`, `// 无效`,
 * `// Invalid`, `// Error, no narrowing because ...`, `//<- Error!`. In a
 * TypeScript sample it holds when the checker reports an error at the line
 * or the run throws there; a named run error (`// TypeError: ...`) is not one.
 */
const bareErrorClaim =
  /^(?:<-\s*)?(?:(?:会)?报错|出错|无效|error|invalid)(?=$|[\s!！.。,，:：;；(（])/iu

/**
 * A comment saying its line compiles, as the same tutorials mark what the
 * checker lets through: `// 不报错`, `// 正确`, `// 有效`, `// Valid`,
 * `//<- OK`, `// no error`. Not a printed value; run, the line may still
 * throw, which is what the checker lets through.
 */
const compilesClaim =
  /^(?:<-\s*)?(?:不(?:会)?报错|没有(?:报)?错|正确|有效|valid|ok|no errors?)(?=$|[\s!！.。,，:：;；(（])/iu

/** A line that is a print call: its comment may be the value printed (`console.log(s) // ok`). */
const printCall = /^\s*console\.\w+\s*\(/u

/**
 * The lines (1-based, within a TypeScript sample) the checker's claims in
 * words are about: `errors`, where a comment says the line fails
 * (`a === b // 报错`, or a comment line heading the statement under it);
 * `compiles`, where one says it compiles (`x(1) // 不报错`). Empty for other
 * languages.
 */
export function checkerClaimLines(
  code: string,
  runner: Runner,
): { errors: number[]; compiles: number[] } {
  const errors: number[] = []
  const compiles: number[] = []
  if (runner.id !== 'typescript') return { errors, compiles }
  const lines = code.split('\n')
  lines.forEach((line, index) => {
    const own = /^\s*\/\/(.*)$/u.exec(line)?.[1]
    if (own !== undefined) {
      // A comment line heading the statement right under it (`// 报错` over `let y: unique symbol = ...`).
      const next = lines[index + 1] ?? ''
      if (bareErrorClaim.test(own.trim()) && next.trim() !== '' && !/^\s*\/\//u.test(next))
        errors.push(index + 2)
      return
    }
    const comment = /\S.*?\/\/(.*)$/u.exec(line)?.[1]?.trim()
    if (comment === undefined || isCompileClaim(comment)) return
    if (bareErrorClaim.test(comment)) errors.push(index + 1)
    else if (compilesClaim.test(comment) && !printCall.test(line)) compiles.push(index + 1)
  })
  return { errors, compiles }
}

/**
 * The documented output without the statements whose comment is a compile
 * claim (`console.log(x.length); // 编译时报错` documents no printed value);
 * `undefined` when nothing else is documented.
 */
export function withoutCompileClaims(
  documented: DocumentedOutput | undefined,
  claimed: readonly number[],
): DocumentedOutput | undefined {
  if (!documented?.parts || claimed.length === 0) return documented
  const parts = documented.parts.filter(
    (part) => !claimed.some((line) => line >= part.from && line <= part.to),
  )
  if (parts.length === documented.parts.length) return documented
  if (parts.length === 0) return undefined
  return {
    ...documented,
    parts,
    lines: parts.flatMap((part) => part.lines),
    lineNumbers: parts.flatMap((part) => part.lineNumbers),
  }
}
