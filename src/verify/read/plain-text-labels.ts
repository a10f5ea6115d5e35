import type { Code } from 'mdast'

/** The labels a fence takes to say it holds plain text, in no language a highlighter colours. */
const plainText = new Set(['text', 'txt', 'plain', 'plaintext'])

/**
 * Whether a fence names no language: it has no label, or a plain-text one
 * (```` ```plain ````, ```` ```text ````), as sites write a `>>>` session they
 * do not want coloured. doctest and Sybil find `>>>` examples in a Markdown
 * file whatever its fences say; such a fence is read by what is at its
 * first lines, as an unlabelled one is.
 */
export function namesNoLanguage(fence: Code): boolean {
  return !fence.lang || plainText.has(fence.lang.toLowerCase())
}
