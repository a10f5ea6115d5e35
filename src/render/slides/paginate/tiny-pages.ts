import type { RootContent } from 'mdast'
import { type ImageSizes, pictureFloor } from '../picture-metrics.js'
import { canvas } from '../slide-canvas.js'
import { smallerCode } from './code.js'
import { isPicture } from './images.js'
import { introducesNext } from './lead-ins.js'
import type { Page } from './page.js'

/** Pages lower than this share of a slide hold a line or two. */
export const tinyPage = 0.2

/** Two one-line paragraphs and the gaps under them: a page no taller shows a line or two. */
export const twoLines = 2 * (canvas.textSize * canvas.textLineHeight + canvas.blockGap)

/** Whether `page` holds no more than two lines of text though more than a small share of the slide. */
function isTwoLines(page: Page, budget: number): boolean {
  return page.height >= budget * tinyPage && page.height <= twoLines + 0.5
}

/** How far past the estimated room a slide may go: the deck's fitting absorbs a few per cent. */
export const fittingSlack = 1.04

/**
 * Put each page of a line or two on a neighbour: back on the page before (a
 * remark after a full slide of code) or ahead of the page after (a line
 * that introduces it), with that page's code at the smaller size if need be;
 * a step of a line or two beside steps given a screenshot each goes above
 * the next one's caption (or under the one before), its screenshot giving up
 * the height. Text that
 * fits neither (paragraphs, a quotation or a list of them: "> Java has a
 * PriorityQueue too.", a last step "Restart it.") goes to the notes of the
 * page before, which the speaker says. A part still of a line or two as a
 * reader counts them joins the part before, or else the two are balanced.
 * Works on `pages` in place.
 */
export function absorbTinyPages(
  pages: Page[],
  budget: number,
  heightOf: (node: RootContent) => number,
  sizes: ImageSizes,
): void {
  const smaller = (page: Page) => {
    const nodes = page.nodes.map(smallerCode)
    const saved = page.nodes.reduce(
      (total, node, index) => total + heightOf(node) - heightOf(nodes[index] as RootContent),
      0,
    )
    return { nodes, height: page.height - saved }
  }
  let index = 0
  while (index < pages.length && pages.length > 1) {
    const page = pages[index] as Page
    const before = pages[index - 1]
    const after = pages[index + 1]
    if (
      page.nodes.length === 0 ||
      (page.height >= budget * tinyPage && !isTwoLines(page, budget))
    ) {
      index++
      continue
    }
    // A page ending on a lead-in belongs with the page after; one after a page ending on a lead-in, with that.
    const last = page.nodes.at(-1) as RootContent
    const leadsOn = after?.nodes[0] !== undefined && introducesNext(last, after.nodes[0])
    // A step (a list item) of a line or two beside steps given a screenshot each goes with one: above the
    // next one's caption, or else under the one before, its screenshot giving up the height.
    const caption =
      page.nodes.every((node) => node.type === 'list' && isWords(node)) &&
      page.height <= twoLines + 0.5
    const candidates: { host: Page; append: boolean }[] = (
      leadsOn
        ? [{ host: after as Page, append: false }]
        : [
            ...(after?.picture && caption ? [{ host: after, append: false }] : []),
            ...(before ? [{ host: before, append: true }] : []),
            ...(after && !after.picture ? [{ host: after, append: false }] : []),
          ]
    ).filter(({ host }) =>
      host.picture
        ? caption
        : // Two lines do not make a picture beside them smaller: they go to the notes or stay.
          !(isTwoLines(page, budget) && host.nodes.some(isPicture)),
    )
    // A picture gives up some of its height, down to a fair part of the slide and a readable size.
    const rigid = (host: Page) =>
      host.nodes.some((node) => isPicture(node))
        ? host.nodes.reduce(
            (total, node) =>
              total + (!isPicture(node) ? heightOf(node) : pictureFloor(node, sizes, budget)),
            0,
          )
        : host.height
    const fitting = candidates.find(
      ({ host }) => host.picture || rigid(host) + page.height <= budget * fittingSlack,
    )
    const shrunk = fitting
      ? undefined
      : candidates.find(({ host }) => smaller(host).height + page.height <= budget * fittingSlack)
    const choice = fitting ?? shrunk
    if (choice) {
      const { host, append } = choice
      if (!fitting) Object.assign(host, smaller(host))
      host.nodes = append ? [...host.nodes, ...page.nodes] : [...page.nodes, ...host.nodes]
      host.notes = append ? [...host.notes, ...page.notes] : [...page.notes, ...host.notes]
      host.height += page.height
      pages.splice(index, 1)
      continue
    }
    const host = before ?? after
    if (host && !leadsOn && page.nodes.every(isWords)) {
      if (host === before) host.notes.push(...page.nodes, ...page.notes)
      else host.notes.unshift(...page.nodes, ...page.notes)
      pages.splice(index, 1)
      continue
    }
    index++
  }
  // A part still of a line or two (a line and a one-line command the estimate counts taller, two
  // list items) joins the part before when both fit one slide, its code smaller if need be; else
  // it takes that part's last blocks.
  for (let at = 1; at < pages.length; at++) {
    const page = pages[at] as Page
    const before = pages[at - 1] as Page
    if (page.nodes.length === 0 || !isShort(page.nodes, page.height, budget, heightOf)) continue
    const small = smaller(before)
    if (!before.picture && !page.picture && small.height + page.height <= budget) {
      if (before.height + page.height > budget) Object.assign(before, small)
      before.nodes.push(...page.nodes)
      before.notes.push(...page.notes)
      before.height += page.height
      pages.splice(at, 1)
      at--
      continue
    }
    balance(before, page, budget, heightOf)
  }
}

/** Lines a block shows, as a reader counts them: a paragraph's lines, a program's lines, a list's items. */
function linesOf(node: RootContent, heightOf: (node: RootContent) => number): number {
  if (node.type === 'paragraph') {
    const line = canvas.textSize * canvas.textLineHeight
    return Math.max(1, Math.round((heightOf(node) - canvas.blockGap) / line))
  }
  if (node.type === 'code') return node.value.trimEnd().split('\n').length
  if (node.type === 'list') return node.children.length
  return Number.POSITIVE_INFINITY
}

/** Whether blocks of `height` hold a line or two: a small share of the slide, or two lines or fewer. */
function isShort(
  nodes: RootContent[],
  height: number,
  budget: number,
  heightOf: (node: RootContent) => number,
): boolean {
  if (height < budget * tinyPage || height <= twoLines + 0.5) return true
  return nodes.reduce((total, node) => total + linesOf(node, heightOf), 0) <= 2
}

/**
 * Balance a page of a line or two with the full page before it: the last
 * blocks of that page (a lead-in kept with the block it introduces) move
 * down to it, the fewest that make it more than a line or two and still
 * fit, leaving the page before more than a line or two too. Whether it did.
 */
function balance(
  before: Page,
  page: Page,
  budget: number,
  heightOf: (node: RootContent) => number,
): boolean {
  if (before.picture || page.picture) return false
  for (let keep = before.nodes.length - 1; keep >= 1; keep--) {
    const first = before.nodes[keep] as RootContent
    const previous = before.nodes[keep - 1] as RootContent
    // A lead-in stays with the block it introduces: cut above it.
    if (introducesNext(previous, first)) continue
    const moved = before.nodes.slice(keep)
    if (moved.some(isPicture)) return false
    const movedHeight = moved.reduce((total, node) => total + heightOf(node), 0)
    const height = page.height + movedHeight
    if (height > budget * fittingSlack) return false
    const left = before.height - movedHeight
    if (isShort(before.nodes.slice(0, keep), left, budget, heightOf)) return false
    if (isShort([...moved, ...page.nodes], height, budget, heightOf)) continue
    before.nodes = before.nodes.slice(0, keep)
    before.height = left
    page.nodes = [...moved, ...page.nodes]
    page.height = height
    return true
  }
  return false
}

/**
 * Words only: a paragraph, or a quotation or list (a step of a walkthrough)
 * holding nothing but paragraphs.
 */
function isWords(node: RootContent): boolean {
  return (
    node.type === 'paragraph' ||
    (node.type === 'blockquote' && node.children.every((child) => child.type === 'paragraph')) ||
    (node.type === 'list' &&
      node.children.every((item) => item.children.every((child) => isWords(child))))
  )
}
