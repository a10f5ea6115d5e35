import { readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { PageFeatures } from '../markdown/remark-page-features.js'
import type { OutputFile } from '../write/output-file.js'

/**
 * The deck's styles for what posts hold beyond plain Markdown (callouts,
 * cards, marked code lines, diagrams), and the files only pages and decks
 * with math or diagrams load, when some post of the site has them (`used`):
 * KaTeX's style sheet and fonts, and Mermaid's script, copied from the
 * installed packages so they work offline, with postdeck's script that
 * starts Mermaid.
 */
export function featureAssets(templatesFolder: string, used: PageFeatures): OutputFile[] {
  const require = createRequire(import.meta.url)
  const files: OutputFile[] = [
    { path: 'assets/deck-content.css', copyFrom: `${templatesFolder}assets/deck-content.css` },
  ]
  if (used.math) {
    const katex = path.dirname(require.resolve('katex/package.json'))
    const fonts = readdirSync(path.join(katex, 'dist', 'fonts'))
    files.push(
      { path: 'assets/katex/katex.min.css', copyFrom: path.join(katex, 'dist', 'katex.min.css') },
      ...fonts.map((font) => ({
        path: `assets/katex/fonts/${font}`,
        copyFrom: path.join(katex, 'dist', 'fonts', font),
      })),
    )
  }
  if (used.mermaid) {
    const mermaid = path.dirname(require.resolve('mermaid/package.json'))
    files.push(
      {
        path: 'assets/mermaid/mermaid.min.js',
        copyFrom: path.join(mermaid, 'dist', 'mermaid.min.js'),
      },
      { path: 'assets/mermaid-start.js', copyFrom: `${templatesFolder}assets/mermaid-start.js` },
    )
  }
  return files
}
