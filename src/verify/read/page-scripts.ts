import { runnerFor } from '../runners.js'
import { sampleNames } from './code/sample-names.js'

/** A `<script>` element with its code; one with a `src` or a type other than JavaScript is not read. */
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu
const javascriptType = /\btype\s*=\s*["']?(?:module|(?:text|application)\/(?:java|ecma)script)\b/iu

/**
 * The names the scripts of an HTML fence define for the page (`const iframe
 * = document.querySelector('iframe')` in a `<script>`), each with the post
 * line of its fence: a later JavaScript sample using them runs in that page,
 * in a browser, not in Node.
 */
export function pageScriptNames(html: string, fenceLine: number): Map<string, number> {
  const names = new Map<string, number>()
  const javascript = runnerFor('javascript')
  if (!javascript) return names
  for (const [, attributes = '', code = ''] of html.matchAll(scriptElement)) {
    if (/\bsrc\s*=/iu.test(attributes)) continue
    if (/\btype\s*=/iu.test(attributes) && !javascriptType.test(attributes)) continue
    for (const name of sampleNames(javascript, code).defines) names.set(name, fenceLine)
  }
  return names
}

/** Fence languages of a web page's markup. */
export const pageLanguages = new Set(['html', 'htm', 'xhtml'])
