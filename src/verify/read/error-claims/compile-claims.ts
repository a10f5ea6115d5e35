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
