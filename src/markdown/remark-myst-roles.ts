import type { InlineCode, PhrasingContent, Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { inline } from './remark-tex-delimiters.js'

/** The role's name written right before the backticks: `{ref}`, `{cite:p}`. */
const roleName = /\{([A-Za-z][\w:.-]*)\}$/
/** Content naming its target apart: `text <target>`. */
const withTarget = /^([\s\S]*?\S)\s*<([^<>]+)>$/
/** An abbreviation and its expansion: `MyST (Markedly Structured Text)`. */
const withExpansion = /^([\s\S]*?\S)\s*\(([^()]+)\)$/

/**
 * Read MyST's roles (`` {name}`content` ``) as Sphinx renders them:
 * `{math}` inline math, `{code}`/`{kbd}`/`{samp}` code, `{sub}`/`{sup}`
 * sub- and superscript, `{abbr}` the abbreviation (its expansion its title),
 * `{cite}` the keys in brackets, `{eq}` the label in parentheses; a
 * cross-reference (`{ref}`, `{doc}`, `{numref}`, `{term}`, …) shows its text,
 * or its target when it has none. Note: the site has no numbers of figures or
 * equations, so `{numref}` and `{eq}` show their labels.
 */
export function remarkMystRoles() {
  return (tree: Root): undefined => {
    visit(tree, 'inlineCode', (node, index, parent) => {
      if (!parent || index === undefined || index === 0) return undefined
      const before = parent.children[index - 1]
      if (before?.type !== 'text') return undefined
      const name = roleName.exec(before.value)?.[1]
      if (!name) return undefined
      before.value = before.value.slice(0, -(name.length + 2))
      parent.children.splice(index, 1, roleNode(name.toLowerCase(), node))
      return undefined
    })
  }
}

function roleNode(name: string, node: InlineCode): PhrasingContent {
  const content = node.value
  const target = withTarget.exec(content)
  const text = (value: string, data?: Text['data']): Text => ({
    type: 'text',
    value,
    ...(data ? { data } : {}),
    ...(node.position ? { position: node.position } : {}),
  })
  if (name === 'math') return inline(content)
  if (name === 'code' || name === 'kbd' || name === 'samp' || name.startsWith('code'))
    return { ...node, value: content }
  if (name === 'sub' || name === 'sup') return text(content, { hName: name })
  if (name === 'abbr') {
    const abbreviation = withExpansion.exec(content)
    return abbreviation?.[1] && abbreviation[2]
      ? text(abbreviation[1], { hName: 'abbr', hProperties: { title: abbreviation[2] } })
      : text(content)
  }
  if (name === 'cite' || name.startsWith('cite:'))
    return text(
      `[${content
        .split(',')
        .map((key) => key.trim())
        .join(', ')}]`,
    )
  if (name === 'eq') return text(`(${target?.[1] ?? content})`)
  return text(target?.[1] ?? content)
}
