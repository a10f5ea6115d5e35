import type { Root } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { isStandardModule } from '../../../judge/standard-modules.js'
import type { Sample } from '../../remark-extract-samples.js'

/** A link to the reference page of a standard module: `docs.python.org/zh-cn/3/library/sys.html`. */
const referenceLink = /docs\.python\.org\/(?:[\w-]+\/)*library\/([a-z_][\w.]*?)\.html/

/**
 * The standard module a page documents, as its reader takes it: the first
 * word of its title (`title: "sys 系统特定参数和函数"`, `# logging 日志系统`)
 * or the module of the Python reference page it links to
 * (`https://docs.python.org/3/library/traceback.html`), when that is a
 * module of the standard library. `undefined` for any other page.
 */
export function documentedModule(tree: Root): string | undefined {
  let title: string | undefined
  let linked: string | undefined
  visit(tree, (node) => {
    if (title === undefined && node.type === 'yaml') {
      title = /^title:\s*["']?([^"'\n]*)/m.exec(node.value)?.[1]
    }
    if (title === undefined && node.type === 'heading' && node.depth === 1) title = plainText(node)
    if (linked === undefined && (node.type === 'link' || node.type === 'text')) {
      const text = node.type === 'link' ? node.url : node.value
      linked = referenceLink.exec(text)?.[1]?.split('.')[0]
    }
  })
  const first = /^\s*([a-z_][\w]*)\b/.exec(title ?? '')?.[1]
  if (first !== undefined && isStandardModule(first)) return first
  return linked !== undefined && isStandardModule(linked) ? linked : undefined
}

/**
 * Why a Python sample that stops because the module its page documents is
 * not imported (`sys.byteorder` on a page about `sys`, `NameError: name 'sys'
 * is not defined`) cannot be checked here: its entries are excerpts of the
 * module's reference, as in Python's own documentation, which leaves the
 * `import` to the reader. A sample that imports anything at all is a program
 * of its own, whose missing import is its slip (`undefined`).
 */
export function pageModuleNeed(sample: Sample, output: string): string | undefined {
  const module = sample.pageModule
  if (sample.runner.id !== 'python' || module === undefined) return undefined
  const missing = /^NameError: name '(\w+)' is not defined$/m.exec(output)?.[1]
  if (missing !== module || /^\s*(?:import|from)\s/m.test(sample.code)) return undefined
  return `needs \`import ${module}\`, which the page, a reference of that module, leaves to the reader`
}
