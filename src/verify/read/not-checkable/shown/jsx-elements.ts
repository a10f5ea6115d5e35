import { syntaxTree } from '../../code/syntax-trees.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A JSX element opening an expression: `return <div>`, `(<li key={id}>`, `=> <Item />`. */
const elementStart = /(?:^|[=(?:,&|]|\breturn|=>)\s*<([A-Za-z][\w.]*)(?=[\s/>])/u

/**
 * Where a JavaScript sample shows React code in a `js` fence, as tutorials
 * on React do: its syntax error is at a line opening a JSX element
 * (`return <div>{contact.name}</div>`) and the whole sample parses as JSX.
 * Node runs no JSX without a compiler, as a reader knows, so the sample is
 * not checkable here: its message, `undefined` otherwise. A `<` that is no
 * element (`a <b`, a missing operand) leaves the sample failing.
 */
export function jsxAt(sample: Sample, line: number | undefined): string | undefined {
  if (sample.runner.id !== 'javascript' || line === undefined) return undefined
  const text = sample.code.split('\n')[line - 1] ?? ''
  const tag = elementStart.exec(text)?.[1]
  if (tag === undefined) return undefined
  let parses = true
  syntaxTree('jsx', sample.code).iterate({
    enter: (node) => {
      if (node.type.isError) parses = false
      return parses
    },
  })
  if (!parses) return undefined
  return `JSX (\`<${tag}>\`) at line ${sample.line + line}, which Node runs only once compiled`
}
