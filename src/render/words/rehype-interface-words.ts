import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { InterfaceWords } from './word-list.js'

const calloutKinds = ['note', 'tip', 'important', 'warning', 'caution'] as const

/**
 * Write the words of the Markdown's own furniture in the post's language
 * (`file.data.words`): the titles of callouts that have none of their own,
 * the footnotes' heading and back links, the "Verified" notes of
 * checked samples, the summaries of folded code lines, and what a diagram
 * is called (for its drawing's `aria-roledescription`); so it runs after
 * the highlighter.
 */
export function rehypeInterfaceWords() {
  return (tree: Root, file: VFile): undefined => {
    const words = file.data.words
    if (!words) return
    const verified: Record<string, string> = {
      '✓ Verified: the real output matches': `✓ ${words.verifiedOutput}`,
      '✓ Verified: it runs': `✓ ${words.verifiedRuns}`,
    }
    visit(tree, 'element', (node: Element) => {
      const classes = classesOf(node)
      if (classes.includes('callout')) fillCalloutTitle(node, classes, words)
      else if (classes.includes('mermaid')) node.properties.dataRoleDescription = words.diagram
      else if (classes.includes('code-collapsed-summary')) {
        const lines = String(node.properties['data-lines'] ?? node.properties.dataLines ?? '')
        setText(
          node,
          lines === '1' ? words.collapsedLine : words.collapsedLines.replace('{n}', lines),
        )
      } else if (node.properties.id === 'footnote-label') setText(node, words.footnotes)
      else if (classes.includes('data-footnote-backref')) {
        node.properties.ariaLabel = words.backToContent
      } else if (node.tagName === 'summary') {
        const text = node.children[0]
        if (text?.type === 'text' && verified[text.value]) text.value = verified[text.value] ?? ''
      }
    })
  }
}

function fillCalloutTitle(node: Element, classes: string[], words: InterfaceWords): void {
  const kind = calloutKinds.find((name) => classes.includes(`callout-${name}`))
  const title = node.children.find(
    (child): child is Element =>
      child.type === 'element' && classesOf(child).includes('callout-title'),
  )
  if (kind && title && title.children.length === 0) setText(title, words[kind])
}

function classesOf(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

function setText(node: Element, value: string): void {
  node.children = [{ type: 'text', value }]
}
