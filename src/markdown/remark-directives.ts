import type { Root, Text } from 'mdast'
import type { LeafDirective, TextDirective } from 'mdast-util-directive'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { reportWarning, ruleIds } from '../messages.js'

const repoName = /^[\w.-]+\/[\w.-]+$/

/**
 * Render fuwari's directives: `::github{repo="owner/name"}` as a static card
 * linking to the repository (nothing is requested, at build or page load),
 * and `:spoiler[text]` as text hidden until clicked on the page (the deck
 * shows it plainly). Callouts are `remarkCallouts`' job.
 *
 * Anything else that parses as a directive is put back as the text the
 * author wrote: `:D` or `a:b` in prose is prose. An unknown `::leaf` or
 * `:::container` is reported, its content kept.
 */
export function remarkDirectives() {
  return (tree: Root, file: VFile): undefined => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'textDirective') {
        if (node.name === 'spoiler') {
          node.data = {
            ...node.data,
            hName: 'span',
            hProperties: { className: ['spoiler'], tabIndex: 0 },
          }
          return
        }
        if (parent && index !== undefined) parent.children[index] = asWritten(node, file)
        return SKIP
      }
      if (node.type === 'leafDirective') {
        const repo = node.attributes?.repo ?? ''
        if (node.name === 'github' && repoName.test(repo)) {
          node.data = { ...node.data, ...githubCard(repo) }
          return SKIP
        }
        reportWarning(
          file,
          node.name === 'github'
            ? '`::github` needs `repo="owner/name"` (ASCII letters, digits, `.`, `-`, `_`): it is shown as written'
            : `Directive \`::${node.name}\` is not supported: it is shown as written`,
          node.position,
          ruleIds.unknownDirective,
        )
        node.data = {
          ...node.data,
          hName: 'p',
          hChildren: [{ type: 'text', value: source(node, file) }],
        }
        return SKIP
      }
      if (node.type === 'containerDirective' && !node.data?.hName) {
        reportWarning(
          file,
          `Directive \`:::${node.name}\` is not supported: its content is shown as is`,
          node.position,
          ruleIds.unknownDirective,
        )
        node.data = { ...node.data, hName: 'div' }
      }
      return undefined
    })
  }
}

/** The directive as the author wrote it, as text. */
function asWritten(node: TextDirective, file: VFile): Text {
  return {
    type: 'text',
    value: source(node, file),
    ...(node.position ? { position: node.position } : {}),
  }
}

function source(node: TextDirective | LeafDirective, file: VFile): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return `:${node.name}`
  return String(file.value).slice(start, end)
}

/** A repository card, made from the name alone. */
function githubCard(repo: string) {
  const [owner, name] = repo.split('/')
  return {
    hName: 'p',
    hProperties: { className: ['github-card'] },
    hChildren: [
      {
        type: 'element' as const,
        tagName: 'a',
        properties: { href: `https://github.com/${repo}` },
        children: [
          {
            type: 'element' as const,
            tagName: 'span',
            properties: { className: ['github-card-owner'] },
            children: [{ type: 'text' as const, value: `${owner}/` }],
          },
          {
            type: 'element' as const,
            tagName: 'strong',
            properties: { className: ['github-card-name'] },
            children: [{ type: 'text' as const, value: name ?? '' }],
          },
          {
            type: 'element' as const,
            tagName: 'span',
            properties: { className: ['github-card-host'] },
            children: [{ type: 'text' as const, value: 'GitHub' }],
          },
        ],
      },
    ],
  }
}
