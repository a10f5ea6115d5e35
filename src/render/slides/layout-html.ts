import type { RootContent } from 'mdast'

/** Elements that only lay out what is around or inside them: centring, a box, a line break. */
const layoutTag = /<\/?(?:center|div|p|span|font|br)\b(?:[^<>"']|"[^"]*"|'[^']*')*\/?>/gi

/**
 * Whether a block is HTML that shows nothing of its own: tags that centre or
 * box what comes between them (`<center><br>`, `</center><br>`,
 * `<div align="center">`, `</div>`), with no words. Blogs rendered by pandoc
 * or kramdown wrap a picture so; a slide lays its blocks out itself, so the
 * deck leaves such tags out, and a lead-in before them stays with the
 * picture after them.
 *
 * Note: the page keeps them, as its author wrote them.
 */
export function isLayoutHtml(node: RootContent): boolean {
  return (
    node.type === 'html' &&
    node.value.trim() !== '' &&
    node.value.replace(layoutTag, '').trim() === ''
  )
}
