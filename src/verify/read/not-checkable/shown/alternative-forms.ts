import escapeStringRegexp from 'escape-string-regexp'
import { commentText } from '../../error-claims/error-comments.js'
import { isEquivalenceConnective } from '../../outputs/comments/equivalence-comments.js'
import type { Sample } from '../../remark-extract-samples.js'

/**
 * A comment heading that names one of several ways to write the same thing:
 * `// 第一种写法`, `// 写法二`, `// 方法一`, `// 或者`, `// or`, `// first way`,
 * `// another way`, `// Option 2`.
 */
const alternativeHeading =
  /^(?:第[一二三四五六七八九十\d]+种(?:写法|方法|方式|用法)|(?:写法|方法|方式|用法)[一二三四五六七八九十\d]+|或者?(?=$|[,，:：\s])|另一种(?:写法|方法|方式)|(?:or|alternatively|(?:the\s+)?(?:first|second|third|fourth|other|another|alternative)\s+(?:way|form|option|version|approach)|(?:option|way|version|approach|form) (?:\d+|one|two|three))\b)/iu

/**
 * Why a fence of alternatives, each under its own heading (`// 第一种写法`
 * ... `// 第二种写法`) and each declaring the same `let`/`const` name, or two
 * forms joined by a connective comment between them (`let { stat } =
 * require('fs')` / `// 等同于` / `let stat = _fs.stat`, `export * as ns from
 * 'mod'` / `// equivalent to` / `import * as ns ...; export { ns }`), cannot
 * be run as one program: the second declaration (or export) is a
 * `SyntaxError` Node reports before anything runs, while the post means each
 * form on its own. Decided from the run: the redeclaration's earlier
 * declaration sits under an earlier heading than the one it repeats under,
 * or a connective stands between the two. `undefined` for a redeclaration
 * with no such comment between, which is a real error.
 */
export function alternativeFormsAt(
  sample: Sample,
  output: string,
  samplePath: string,
): string | undefined {
  if (sample.runner.id !== 'javascript' || !samplePath) return undefined
  const error =
    /^SyntaxError: (?:Identifier '([^']+)' has already been declared|Duplicate export of '([^']+)')$/m.exec(
      output,
    )
  const name = error?.[1] ?? error?.[2]
  const at = new RegExp(`^${escapeStringRegexp(samplePath)}:(\\d+)$`, 'm').exec(output)?.[1]
  if (name === undefined || at === undefined) return undefined
  const again = Number(at)
  const lines = sample.code.split('\n')
  // A declaration or export naming it, destructured (`let { stat } = ...`) or listed (`export { ns }`).
  const declares = new RegExp(
    `^\\s*(?:(?:let|const|var|class|function\\*?)\\s+|export\\b[^\\n]*?(?<![\\w$.])|(?:let|const|var)\\s*[{[][^\\n]*?(?<![\\w$.]))${escapeStringRegexp(name)}(?![\\w$])`,
  )
  const first = lines.findIndex((line) => declares.test(line)) + 1
  if (first === 0 || first >= again) return undefined
  const headings = lines.flatMap((line, index) => {
    const text = /^\s/.test(line) ? undefined : commentText(line, sample.runner)
    if (text === undefined) return []
    const connective = isEquivalenceConnective(text)
    return connective || alternativeHeading.test(text)
      ? [{ line: index + 1, text, connective }]
      : []
  })
  const before = headings.some((heading) => heading.line < first)
  const between = headings.find((heading) => heading.line > first && heading.line < again)
  // Headings name every form, the first one too; a connective stands between two forms.
  if (!between || !(before || between.connective)) return undefined
  return `alternative forms (\`${between.text}\`, at line ${sample.line + between.line}) each declare \`${name}\`: one program of them is a \`SyntaxError\`, each is meant on its own`
}
