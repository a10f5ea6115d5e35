import type { FootnoteDefinition, Root, RootContent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { SlideModel } from './split-into-slides.js'

/**
 * Footnotes on slides: a reference is taken off the slide (a superscript
 * would lead nowhere) and its note is said instead, in the speaker notes of
 * the slide that refers to it. The definitions themselves show on no slide.
 */
export function footnotesToNotes(model: SlideModel, tree: Root): SlideModel {
  const definitions = new Map<string, FootnoteDefinition>()
  visit(tree, 'footnoteDefinition', (node) => {
    definitions.set(node.identifier, node)
  })
  if (definitions.size === 0) return model
  return {
    columns: model.columns.map((column) =>
      column.map((slide) => {
        const said: RootContent[] = []
        const shown = (blocks: RootContent[]) =>
          blocks
            .filter((node) => node.type !== 'footnoteDefinition')
            .map((node) => structuredClone(node))
        const nodes = shown(slide.nodes)
        const notes = shown(slide.notes)
        for (const node of [...nodes, ...notes]) {
          visit(node, 'footnoteReference', (reference, index, parent) => {
            if (!parent || index === undefined) return undefined
            parent.children.splice(index, 1)
            const definition = definitions.get(reference.identifier)
            if (definition)
              said.push({
                type: 'paragraph',
                children: [
                  {
                    type: 'text',
                    value: `[${reference.label ?? reference.identifier}] ${plainText(definition)}`,
                  },
                ],
              })
            return [SKIP, index]
          })
        }
        return { ...slide, nodes, notes: [...notes, ...said] }
      }),
    ),
  }
}
