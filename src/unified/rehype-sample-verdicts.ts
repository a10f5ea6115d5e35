import type { Element, ElementContent, Root } from 'hast'
import { visit } from 'unist-util-visit'

/** Options of `rehypeSampleVerdicts`. */
export interface RehypeSampleVerdictsOptions {
  /** Class of the mark; default `postdeck-sample`. */
  className?: string | undefined
  /** Words of the mark, by what was checked; defaults in English. */
  labels?: Partial<SampleLabels> | undefined
}

/** Words of the mark after a sample. */
export interface SampleLabels {
  /** A sample whose output was compared with the documented one. */
  compare: string
  /** A sample that was run and exited as expected. */
  run: string
  /** A failed sample (previews only). */
  failed: string
}

const defaultLabels: SampleLabels = {
  compare: 'Verified: the real output matches',
  run: 'Verified: it runs',
  failed: 'Sample failed',
}

/**
 * Turn the verdicts `remarkSampleVerdicts` placed (`<postdeck-sample>`) into
 * the mark readers see: for a passed sample, a "✓ Verified" note that opens
 * to what it printed; for a failed one, a line saying why. The code block
 * before it, whatever a highlighter made of it, gets `data-postdeck-sample`
 * with the verdict, for styling. Runs after any highlighter.
 */
export function rehypeSampleVerdicts(options: RehypeSampleVerdictsOptions = {}) {
  const className = options.className ?? 'postdeck-sample'
  const labels = { ...defaultLabels, ...options.labels }
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'postdeck-sample' || index === undefined || !parent) return
      const status = node.properties.dataStatus === 'failed' ? 'failed' : 'passed'
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')
      const mark =
        status === 'failed'
          ? element('p', { className: [className], dataStatus: status, role: 'note' }, [
              textNode(`✗ ${labels.failed}: ${text}`),
            ])
          : passedMark(
              className,
              node.properties.dataMode === 'compare' ? labels.compare : labels.run,
              text,
            )
      parent.children[index] = mark
      const block = parent.children
        .slice(0, index)
        .findLast((child): child is Element => child.type === 'element')
      if (block) block.properties.dataPostdeckSample = status
    })
  }
}

function passedMark(className: string, label: string, output: string): Element {
  const summary = textNode(`✓ ${label}`)
  if (!output) return element('p', { className: [className], dataStatus: 'passed' }, [summary])
  return element('details', { className: [className], dataStatus: 'passed' }, [
    element('summary', {}, [summary]),
    element('pre', {}, [element('code', {}, [textNode(output)])]),
  ])
}

function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children }
}

function textNode(value: string): ElementContent {
  return { type: 'text', value }
}
