import type { Root } from 'mdast'
import { EXIT, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** What a post uses that needs assets of its own on its page and deck. */
export interface PageFeatures {
  /** KaTeX's style sheet and fonts. */
  math: boolean
  /** Mermaid's script. */
  mermaid: boolean
}

declare module 'vfile' {
  interface DataMap {
    /** Set by `remarkPageFeatures`. */
    features: PageFeatures
  }
}

/** Note which optional assets the post needs, so pages without math or diagrams load neither. */
export function remarkPageFeatures() {
  return (tree: Root, file: VFile): undefined => {
    const features: PageFeatures = { math: false, mermaid: false }
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') features.math = true
      if (node.type === 'mermaid') features.mermaid = true
      return features.math && features.mermaid ? EXIT : undefined
    })
    file.data.features = features
  }
}
