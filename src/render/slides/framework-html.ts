import type { RootContent } from 'mdast'
import { asNotes } from './paginate/page.js'

/** A component's tag: a name with a capital letter or a dash (`<QRCodeCompare`, `<my-widget`). */
const componentTag = /<(?:[a-z][\w.]*-[\w.-]*|[A-Za-z]*[A-Z][\w.-]*)(?=[\s/>])/
/** An element that is not void closed by `/>` (`<div h-full/>`), which only a template engine reads so. */
const selfClosed =
  /<(?!(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)\b)[a-z][\w-]*\b(?:[^<>"']|"[^"]*"|'[^']*')*\/>/i
/** What a slide can show of such HTML: pictures (`<image>` is read as `<img>`), media, drawings and tables, which it keeps. */
const shown = /<(?:img|image|picture|video|audio|iframe|svg|math|canvas|table)\b/i

/**
 * HTML written for a template engine (a Vue, MDX or web component, or a
 * `<div/>` closed as a template closes it) shows on a slide only as the loose
 * words its components and styles placed (a diagram's labels, a credit line
 * floated right): the slide leaves them to the speaker notes. A block that
 * also holds a picture, media or a table stays, as the slide lays those out.
 *
 * Note: the page shows such HTML's words as the sanitiser leaves them.
 */
export function frameworkHtmlToNotes(node: RootContent): RootContent {
  // Note: a paragraph only when it opens with such HTML; a placeholder in a sentence (`<your-name>`) is no component.
  const html =
    node.type === 'html'
      ? node.value
      : node.type === 'paragraph' && node.children[0]?.type === 'html'
        ? node.children.map((child) => (child.type === 'html' ? child.value : '')).join('')
        : ''
  if (!(componentTag.test(html) || selfClosed.test(html)) || shown.test(html)) return node
  return asNotes(node)
}
