import type { FootnoteDefinition, Root, RootContent } from 'mdast'
import { SKIP, visit } from 'unist-util-visit'
import type { SlideModel } from './split-into-slides.js'

/**
 * Footnotes on slides: a reference shows as a plain superscript number, the
 * page's (a link would lead nowhere), and its note is said in the speaker
 * notes of the slide that refers to it, under the same number, as written. The
 * definitions themselves show on no slide.
 */
export function footnotesToNotes(model: SlideModel, tree: Root): SlideModel {
  const definitions = new Map<string, FootnoteDefinition>()
  visit(tree, 'footnoteDefinition', (node) => {
    definitions.set(node.identifier, node)
  })
  if (definitions.size === 0) return model
  // Note: numbered as the page numbers them, in the order of first reference.
  const numbers = new Map<string, number>()
  visit(tree, 'footnoteReference', (node) => {
    if (definitions.has(node.identifier) && !numbers.has(node.identifier))
      numbers.set(node.identifier, numbers.size + 1)
  })
  const say = footnotesSaid(definitions, numbers)
  return {
    ...model,
    columns: model.columns.map((column) => column.map((slide) => ({ ...slide, ...say(slide) }))),
    // The opening on the title slide keeps its words and says its footnotes too.
    ...(model.lead ? { lead: say(model.lead) } : {}),
  }
}

/** A slide's blocks without footnote definitions, its references as numbers and their notes added to its notes. */
function footnotesSaid(
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  numbers: ReadonlyMap<string, number>,
): (slide: { nodes: RootContent[]; notes: RootContent[] }) => {
  nodes: RootContent[]
  notes: RootContent[]
} {
  return (slide) => {
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
        const definition = definitions.get(reference.identifier)
        const number = String(numbers.get(reference.identifier) ?? '')
        parent.children.splice(
          index,
          1,
          ...(definition
            ? [
                {
                  type: 'emphasis' as const,
                  data: { hName: 'sup' },
                  children: [{ type: 'text' as const, value: number }],
                },
              ]
            : []),
        )
        if (definition) said.push(...footnoteNotes(definition, number))
        return [SKIP, index + (definition ? 1 : 0)]
      })
    }
    return { nodes, notes: [...notes, ...said] }
  }
}

/**
 * A footnote as the notes say it: its blocks as written (hard breaks, inline
 * HTML, paragraphs and lists kept), the first opening with its number.
 */
function footnoteNotes(definition: FootnoteDefinition, number: string): RootContent[] {
  const blocks = structuredClone(definition.children) as RootContent[]
  const mark = `[${number}]`
  const [first] = blocks
  if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: `${mark} ` })
  else blocks.unshift({ type: 'paragraph', children: [{ type: 'text', value: mark }] })
  return blocks
}
