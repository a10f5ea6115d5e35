import type { Sample } from './remark-extract-samples.js'

/**
 * Why a sample's class is only part of the class the post builds up, as a
 * reader adding the listing to the one before reads it, not as the whole
 * class the interpreter then holds:
 * - a line of the class body that only stands for code left out: `// ...`,
 *   `# ...`, a comment keeping a member from the listing before (`# wheels
 *   @property as before`, `// 构造函数同上`), in Python a comment naming the
 *   methods it leaves out (`# __getitem__, is_valid`, `# __init__, etc`), and `[...]`, `…`, or `...` followed by more members
 *   (Python parses `[...]` as a list, so the class loses every method the
 *   elision stands for);
 * - a class listed again without the constructor (`__init__`,
 *   `constructor`) an earlier listing of that class has (or stood for, being
 *   partial itself), showing only the methods it adds, which use members it
 *   does not define (`class Deferred { static all(promises) {...
 *   Deferred.reject(...) } }`, `this.status`); a new class of the same name
 *   that uses none is another example, shown whole.
 * `undefined` for a class shown whole, or redefined with its constructor.
 */
export function partialListing(sample: Sample, earlier: Sample | undefined): string | undefined {
  const python = sample.runner.id === 'python'
  const javascript = sample.runner.id === 'javascript' || sample.runner.id === 'typescript'
  if (!python && !javascript) return undefined
  const lines = sample.code.split('\n')
  for (const found of classesOf(lines, python)) {
    const body = lines.slice(found.line, found.end)
    const elided = elisionLine(body, python)
    if (elided !== undefined) {
      const text = (body[elided] ?? '').trim()
      return `a listing of \`${found.name}\` with code left out (\`${text}\`) at line ${sample.line + found.line + elided + 1}`
    }
    if (!earlier || earlier === sample) continue
    const before = classesOf(earlier.code.split('\n'), python).find(
      (other) => other.name === found.name,
    )
    if (!before) continue
    const constructs = python ? /^\s+def\s+__init__\s*\(/m : /^\s*constructor\s*\(/m
    const had = constructs.test(
      earlier.code
        .split('\n')
        .slice(before.line - 1, before.end)
        .join('\n'),
    )
    // An earlier listing that was itself partial stood for the class with its constructor.
    const text = body.join('\n')
    if (
      (had || earlier.partial !== undefined) &&
      !constructs.test(text) &&
      usesMembersElsewhere(text, found.name, python)
    ) {
      return `a listing of \`${found.name}\` with only the methods it adds, not its constructor`
    }
  }
  return undefined
}

/**
 * Whether a class body reads a member of its own (`this.status`,
 * `self.value`, `Deferred.reject`) that it neither defines as a method nor
 * assigns: one the listing leaves to the earlier listings of the class.
 */
function usesMembersElsewhere(text: string, name: string, python: boolean): boolean {
  const own = python ? 'self' : 'this'
  const escaped = name.replace(/[$]/g, '\\$&')
  const used = new Set(
    [...text.matchAll(new RegExp(`\\b(?:${own}|${escaped})\\.(#?[\\w$]+)`, 'g'))].map(
      (match) => match[1] ?? '',
    ),
  )
  const defined = new Set([
    ...[
      ...text.matchAll(
        python
          ? /^\s*(?:async\s+)?def\s+(\w+)/gm
          : /^\s*(?:(?:static|async|get|set)\s+|\*\s*)*(#?[\w$]+)\s*\([^)]*\)\s*\{/gm,
      ),
    ].map((match) => match[1] ?? ''),
    ...[...text.matchAll(new RegExp(`\\b${own}\\.(#?[\\w$]+)\\s*=(?!=)`, 'g'))].map(
      (match) => match[1] ?? '',
    ),
  ])
  return [...used].some((member) => !defined.has(member))
}

interface ClassListing {
  name: string
  /** 1-based line of the `class` header in the sample. */
  line: number
  /** Index (exclusive) of the line after the class's last line. */
  end: number
}

/** The top-level classes of a sample: Python's by indentation, JavaScript's by braces. */
function classesOf(lines: readonly string[], python: boolean): ClassListing[] {
  const found: ClassListing[] = []
  lines.forEach((text, index) => {
    const name = (
      python
        ? /^class\s+([\p{L}_][\p{L}\p{N}_]*)/u
        : /^\s*(?:export\s+)?class\s+([\p{L}_$][\p{L}\p{N}_$]*)/u
    ).exec(text)?.[1]
    if (name === undefined) return
    let end = index + 1
    if (python) {
      while (end < lines.length && !/^\S/.test(lines[end] ?? '')) end++
    } else {
      let depth = 0
      let opened = false
      for (end = index; end < lines.length; end++) {
        for (const char of (lines[end] ?? '').replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '')) {
          if (char === '{') {
            depth++
            opened = true
          } else if (char === '}') depth--
        }
        if (opened && depth <= 0) break
      }
      end = Math.min(end + 1, lines.length)
    }
    found.push({ name, line: index + 1, end })
  })
  return found
}

/**
 * The index in a class body of a line standing for code left out: a comment
 * of only `...` (`// ...`, `# …`); in Python also `[...]`, `[…]`, `…`, or a
 * bare `...` with more members after it at its indentation.
 */
/** A comment listing names alone, `# __getitem__, is_valid, _check_unique`, `# __init__, etc`. */
const namedMethods =
  /^#\s*[A-Za-z_]\w*(?:\(\))?(?:\s*,\s*[A-Za-z_]\w*(?:\(\))?)*(?:\s*,?\s*(?:etc\.?|\.\.\.|…))?\s*$/u

function elisionLine(body: readonly string[], python: boolean): number | undefined {
  const index = body.findIndex((text, at) => {
    const trimmed = text.trim()
    if (/^(?:\/\/|#)\s*(?:\.\.\.|…)$/u.test(trimmed)) return true
    // A member kept from the listing before: `# wheels @property as before`, `// 构造函数同上`.
    if (/^(?:\/\/|#).*(?:\b(?:as|same as) (?:before|above)\b|同上|同前|不变)/u.test(trimmed))
      return true
    if (!python) return false
    // Methods named in a comment, standing for their code: `# __getitem__, is_valid`, `# __init__, etc`.
    if (namedMethods.test(trimmed) && /__\w+__|\betc\b|\.\.\.|…/u.test(trimmed)) return true
    if (/^\[\s*(?:\.\.\.|…)\s*\]$|^…$/u.test(trimmed)) return true
    if (trimmed !== '...') return false
    const indent = text.length - text.trimStart().length
    const next = body.slice(at + 1).find((other) => other.trim() !== '')
    return next !== undefined && next.length - next.trimStart().length === indent
  })
  return index === -1 ? undefined : index
}
