import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { renderSite } from '../../../src/index.js'

it("keeps counting a fence's lines where a slide shows part of it", async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-code-parts-'))
  const lines = Array.from({ length: 80 }, (_, index) => `x${index + 1} = ${index + 1}`)
  const post = path.join(folder, 'long.md')
  await writeFile(
    post,
    `---\ntitle: Long\npublished: 2026-03-01\n---\n\n## Code\n\n- A list item holds it:\n\n  \`\`\`python {75} collapse={70-72} showLineNumbers\n${lines.map((line) => `  ${line}`).join('\n')}\n  \`\`\`\n`,
  )
  const result = await renderSite({ paths: [post], verify: false })
  const output = (file: string) => {
    const found = result.outputs.find((candidate) => candidate.path === file)
    return found && 'contents' in found ? String(found.contents) : ''
  }
  for (const html of [output('posts/long/index.html'), output('posts/long/slides/index.html')]) {
    expect(html.match(/class="line highlighted" data-line="(\d+)"/)?.[1]).toBe('75')
    expect(html).toMatch(
      /data-lines="3">3 collapsed lines<\/summary><span class="line" data-line="70">/,
    )
    expect(html).toContain('data-line="80"')
    expect(html).not.toContain('lineOffset')
  }
  // The deck shows the fence in parts: none numbered from 1 again.
  const deck = output('posts/long/slides/index.html')
  expect(deck.match(/<pre/g)?.length).toBeGreaterThan(1)
  expect(deck.match(/data-line="1"/g)).toHaveLength(1)
})
