import type { RootContent } from 'mdast'
import type { SampleOutput } from '../../code/sample-outputs.js'
import { imageSize, readableScale, scaleIn } from '../picture-metrics.js'
import { endsWithLeadIn, isSpeakerProse, keyPoints } from '../prose.js'
import { slideTextWidth } from '../slide-canvas.js'
import { blockHeight } from '../slide-metrics.js'
import { codeHead, isPictureLanguage, isWhole, smallerCode } from './code.js'
import { pictureSize } from './images.js'
import { captionPictures } from './key-captions.js'
import { introducesNext, isStepTitle } from './lead-ins.js'
import {
  introducesOutput,
  isOutput,
  outputHead,
  outputHeadHeight,
  smallerOutput,
  withOutput,
} from './outputs.js'
import { isForNotes, isKeyShown, type Page, type PageOptions } from './page.js'
import { splitBlock } from './split.js'
import { hasTallRows, smallerTable } from './tables.js'
import { absorbTinyPages, tinyPage } from './tiny-pages.js'

/** Share of a slide a lead-in and the output it introduces may take and still be kept under the last part of code cut above them. */
const shortTrailer = 0.6

export function layout(
  blocks: readonly RootContent[],
  budget: number,
  options: PageOptions,
): Page[] {
  const pages: Page[] = [{ nodes: [], notes: [], height: 0 }]
  const current = () => pages.at(-1) as Page
  const newPage = () => {
    if (current().nodes.length > 0) pages.push({ nodes: [], notes: [], height: 0 })
  }
  const room = () => budget - current().height
  const place = (node: RootContent, height: number) => {
    current().nodes.push(node)
    current().height += height
  }
  const heightOf = (node: RootContent) => blockHeight(node, options.imageSizes)
  // Under a program's code, a short lead-in and the output it introduces ("Output:", "运行结果：") stay with it,
  // as does an output right under it: the room they take, 0 when the code is not followed by them.
  const outputTrailer = (node: RootContent, rest: readonly RootContent[]) => {
    const [lead, block] = rest
    if (node.type !== 'code' || isPictureLanguage(node) || !lead) return 0
    // An output written right under its code, with no lead-in, goes with it the same way (the code smaller if need be).
    if (isOutput(lead))
      return heightOf(lead) + heightOf(smallerCode(node)) <= budget ? heightOf(lead) : 0
    // A fence in any language is output under a lead-in that is only an output label ("Output:", "输出：" above JSON).
    if (!introducesOutput(lead, block) || !block || !introducesNext(lead, block)) return 0
    const shown = heightOf(lead) + heightOf(block)
    // Kept when the code fits above them (at the smaller size if need be), or its last part would.
    const fits = heightOf(smallerCode(node)) + shown <= budget
    return fits || shown <= budget * shortTrailer ? shown : 0
  }
  // Room a picture needs to show fairly: most of its size on a slide of its own, and at least half its pixels.
  const pictureRoom = (node: RootContent, picture: { shown: number; known: boolean }) => {
    if (!picture.known) return budget * 0.4
    const size = imageSize(node, options.imageSizes)
    const half = size ? size.height * readableScale : 0
    return Math.min(picture.shown, Math.max(picture.shown * 0.8, half))
  }
  // What a block after a lead-in needs below it: an image, enough to show it fairly.
  const companionHeight = (node: RootContent) => {
    const picture = pictureSize(node, options.imageSizes)
    return picture ? pictureRoom(node, picture) : heightOf(node)
  }
  // A wide image (a screenshot) that would show below about half its size even on a fresh slide,
  // under `above`, gets a slide of its own. Note: a tall one would gain little there; it starts a slide.
  const ownsSlide = (node: RootContent, above: number) => {
    const size = imageSize(node, options.imageSizes)
    return (
      size !== undefined &&
      size.width > size.height &&
      scaleIn(size, slideTextWidth, budget - above) < readableScale
    )
  }
  const pictureSlide = (nodes: RootContent[]) => {
    newPage()
    Object.assign(current(), { height: budget, picture: true })
    current().nodes.push(...nodes)
    pages.push({ nodes: [], notes: [], height: 0 })
  }

  const queue = [...blocks]
  // Set after a lead-in: its block goes on the same slide, shrunk or cut if need be.
  let keep = false
  // The lead-ins last placed, one introducing the next, with their heights: they go where their block goes.
  let leadIns: { node: RootContent; height: number }[] = []
  // Start a slide for the block the lead-ins introduce, taking them along (unless they start this one).
  const newPageWithLeadIns = () => {
    const page = current()
    if (leadIns.length === 0) return newPage()
    if (leadIns.length >= page.nodes.length) return
    page.nodes.splice(page.nodes.length - leadIns.length)
    page.height -= leadIns.reduce((total, lead) => total + lead.height, 0)
    pages.push({ nodes: [], notes: [], height: 0 })
    for (const lead of leadIns) place(lead.node, lead.height)
  }
  while (queue.length > 0) {
    // A short paragraph before prose said aloud introduces the block after that prose: the prose goes to the notes first.
    const [short, said, block] = queue
    if (short && said && block && !isSpeakerProse(short) && isSpeakerProse(said)) {
      if (introducesNext(short, block)) {
        current().notes.push(said)
        queue.splice(1, 1)
      }
    }
    const node = queue.shift() as RootContent
    const kept: boolean = keep
    keep = false
    if (!kept) leadIns = []
    if (node.type === 'thematicBreak') {
      newPage()
      continue
    }
    if (isForNotes(node)) {
      // Words said around a picture (a list item's, cut by its screenshot) go with the picture's slide.
      const before = pages.at(-2)
      const empty = current().nodes.length === 0 && current().notes.length === 0
      ;(empty && before?.picture ? before : current()).notes.push(node)
      // Nor do they part a lead-in (a list whose shortened last item ends in a colon) from its block.
      keep = kept
      continue
    }
    if (isSpeakerProse(node)) {
      current().notes.push(node)
      continue
    }
    const height = heightOf(node)
    if (height === 0) continue
    // A step and its screenshot, too wide for a slide with a heading: a picture slide, the step its caption.
    const next = queue[0]
    if (!kept && next && introducesNext(node, next) && ownsSlide(next, height)) {
      pictureSlide([node, queue.shift() as RootContent])
      continue
    }
    const picture = pictureSize(node, options.imageSizes)
    if (picture) {
      if (!kept && ownsSlide(node, 0)) {
        pictureSlide([node])
        continue
      }
      // An image starts a slide when what is left would show it much smaller than a slide of its own.
      // Of an image of unknown size, what is left is enough when it is a fair part of a slide.
      if (!kept && current().nodes.length > 0 && room() < pictureRoom(node, picture)) newPage()
      place(node, Math.min(room(), picture.shown))
      continue
    }
    // What must stay on this slide with the block: the output of a sample, the block a lead-in introduces.
    // (Past the words of shortened list items, which go to the notes.)
    const ahead = queue.find((block) => !isForNotes(block))
    const introduces = ahead !== undefined && introducesNext(node, ahead)
    const companion =
      next && node.type === 'code' && next.type === 'sampleOutput'
        ? next
        : introduces
          ? ahead
          : undefined
    const takeCompanion = () =>
      queue.splice(queue.indexOf(companion as RootContent), 1)[0] as RootContent
    const trailer = companion ? 0 : outputTrailer(node, queue)
    // A step's title needs the room of the chain it opens ("示例代码如下：" and its code), or starts a slide;
    // of a last block taller than a slide, which is cut anyway, the room its first part needs.
    const chain = (index: number): number => {
      const [block, after] = [queue[index], queue[index + 1]]
      if (!block) return 0
      const own = companionHeight(block)
      if (after && introducesNext(block, after)) return own + chain(index + 1)
      return own > budget ? budget * 0.4 : own
    }
    // (One ending in a colon is a lead-in, kept with its block alone, as it always was.)
    const needed =
      companion && introduces && isStepTitle(node) && !endsWithLeadIn(node) ? chain(0) : undefined
    const together = height + (companion ? (needed ?? companionHeight(companion)) : trailer)
    // Off this slide, the lead-ins go along and take their room on the next.
    const carried = kept ? leadIns.reduce((total, lead) => total + lead.height, 0) : 0
    if (trailer > 0 && together > room()) {
      // Code, its lead-in and output on a slide of their own (the code's lead-ins along), at the smaller size if need be.
      const small = smallerCode(node)
      const shown = carried + together <= budget ? node : small
      if (carried + heightOf(shown) + trailer <= budget) {
        if (kept) newPageWithLeadIns()
        else newPage()
        place(shown, heightOf(shown))
        continue
      }
    }
    if (together <= room()) {
      keep = introduces
      place(node, height)
      if (introduces) leadIns.push({ node, height })
      if (companion && node.type === 'code') place(takeCompanion(), heightOf(companion))
      continue
    }
    if (companion && introduces) {
      // The lead-in goes with its block: together on a fresh slide, or above its first part.
      const shrinks =
        companion.type === 'code' && heightOf(smallerCode(companion)) <= budget - height
      const splits =
        !shrinks && heightOf(companion) > budget && splitBlock(companion, budget, budget, options)
      // Note: a block that is itself kept with the lead-in above it (a list ending on "…as below:")
      // stays on that slide, so the whole chain reads together.
      if (!kept && current().nodes.length > 0 && (!splits || room() - height < budget * 0.4))
        newPage()
      place(node, height)
      leadIns.push({ node, height })
      keep = true
      continue
    }
    if (companion && together <= budget) {
      newPage()
      place(node, height)
      place(takeCompanion(), heightOf(companion))
      continue
    }
    // Below a sample's code, room for the head of its output at least.
    let reserve = 0
    if (node.type === 'code' && companion?.type === 'sampleOutput') {
      // A sample and its output taller than a slide: both smaller, or the output's head under its code.
      const onThis = kept || current().nodes.length === 0
      const shown = withOutput(node, companion, onThis ? room() : budget, heightOf, options)
      if (shown) {
        queue.shift()
        if (!onThis) newPage()
        for (const block of shown.nodes) place(block, heightOf(block))
        current().notes.push(...shown.notes)
        continue
      }
      // Else the code is cut so that its last part leaves that room.
      reserve = Math.min(heightOf(smallerOutput(companion)), outputHeadHeight(companion))
    }
    if ((height + trailer <= budget && reserve === 0) || isWhole(node)) {
      if (!kept) newPage()
      place(node, Math.min(height, budget))
      continue
    }
    // Code a little taller than a slide is shown whole at the smaller size rather than cut.
    const small = smallerCode(node)
    if (
      node.type === 'code' &&
      reserve === 0 &&
      heightOf(small) + trailer <= (kept ? room() : budget)
    ) {
      if (!kept) newPage()
      place(small, heightOf(small))
      continue
    }
    // A table whose rows are so tall that a slide holds one or two: smaller, whole if it then fits.
    if (node.type === 'table' && hasTallRows(node, budget)) {
      queue.unshift(smallerTable(node))
      keep = kept
      continue
    }
    // Code with no place to cut, too long to read whole: its head, the rest left to the page.
    const onThis = kept && room() >= budget / 2
    const head =
      reserve === 0 && codeHead(node, (onThis ? room() : budget - carried) - trailer, options)
    if (head) {
      if (!onThis) {
        if (kept) newPageWithLeadIns()
        else newPage()
      }
      for (const block of head.nodes) place(block, heightOf(block))
      current().notes.push(...head.notes)
      continue
    }
    let parts = splitBlock(
      node,
      (kept ? Math.max(room(), budget * 0.4) : room()) - reserve,
      budget - reserve,
      options,
      trailer,
    )
    if (!parts) {
      if (kept) newPageWithLeadIns()
      else newPage()
      place(node, height)
      continue
    }
    // Nothing of the block fits under its lead-ins: they go with it, its first part under them.
    if (kept && parts[0] === undefined) {
      newPageWithLeadIns()
      // Its parts as even as those of a slide under lead-ins: cut where the block allows, not where the room ends.
      parts = splitBlock(node, room(), room(), options, trailer) ?? [node]
      if (parts[0] === undefined) parts = parts.slice(1)
    }
    const [first, ...rest] = parts
    if (first) place(first, heightOf(first))
    for (const part of rest) {
      newPage()
      if (part) place(part, heightOf(part))
    }
    if (companion) {
      const output = takeCompanion() as SampleOutput
      const head = heightOf(output) > room() && outputHead(output, room(), options)
      if (head) {
        for (const block of head.nodes) place(block, heightOf(block))
        current().notes.push(...head.notes)
      } else {
        if (heightOf(output) > room()) newPage()
        place(output, heightOf(output))
      }
    }
  }
  if (!options.slideBreaks) absorbTinyPages(pages, budget, heightOf, options.imageSizes)
  // A slide left empty or nearly so by prose gone to the notes shows the key sentence of each paragraph.
  for (const page of pages) {
    const empty = page.nodes.length === 0
    if (!empty && page.height >= budget * tinyPage) continue
    // The author's own speaker notes (`{{% note %}}`) are theirs to say, not to show.
    // Nor is a long list item's text, whose key sentence the slide shows already.
    const said = page.notes.filter(
      (note) => !(note.data && 'authorNote' in note.data) && !isKeyShown(note),
    )
    const points = keyPoints(empty ? said : said.filter(isSpeakerProse), budget - page.height)
    if (!points) continue
    page.nodes.push(points)
    page.height += heightOf(points)
  }
  if (!options.slideBreaks) captionPictures(pages, budget, heightOf, options.imageSizes)
  return pages.filter(
    (page, index) => page.nodes.length > 0 || page.notes.length > 0 || index === 0,
  )
}
