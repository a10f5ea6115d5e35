import escapeStringRegexp from 'escape-string-regexp'
import type { Code, Parent } from 'mdast'
import { toString as plainText } from 'mdast-util-to-string'

/** A file name a reader would save code under: `hello.py`, `test.sh`, `data.json`. */
const fileName =
  /(?<![\w/.-])([\w-]+(?:\.[\w-]+)*\.(?:sh|bash|zsh|py|js|mjs|cjs|ts|mts|json|txt|csv|ya?ml|toml|ini|cfg|conf|env|html|xml|md))(?![\w-])/u
const metaName = /(?:^|\s)(?:title|filename|file|name)=["']?([^"'\s]+)["']?/
const commentName =
  /^\s*(?:#|\/\/|<!--)\s*(?:file(?:name)?\s*[:：]\s*)?([\w./-]+\.\w+)\s*(?:-->)?\s*$/

/**
 * The name a post gives the code of a fence, so a later sample can run or
 * read it (`$ bash test.sh`, `open("data.json")`): a `title=`/`filename=`
 * in the meta, a first line that is only a comment naming a file, or the
 * paragraph just before naming one (`Save this as `test.sh`:`).
 */
export function fenceFileName(node: Code, parent: Parent, index: number): string | undefined {
  const fromMeta = metaName.exec(node.meta ?? '')?.[1]
  if (fromMeta && fileName.test(fromMeta)) return baseName(fromMeta)
  const firstLine = node.value.split('\n')[0] ?? ''
  const fromComment = commentName.exec(firstLine)?.[1]
  if (fromComment && fileName.test(fromComment)) return baseName(fromComment)
  const before = parent.children[index - 1]
  if (before?.type === 'paragraph') {
    const text = plainText(before)
    if (/[:：]\s*$/.test(text)) {
      const names = [...text.matchAll(new RegExp(fileName, 'gu'))].map((match) => match[1])
      const last = names.at(-1)
      if (last) return baseName(last)
    }
  }
  return undefined
}

/** The files of earlier fences a sample's code names, by file name, latest first. */
export function filesUsed(
  code: string,
  earlier: ReadonlyMap<string, string>,
): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, content] of earlier) {
    const pattern = new RegExp(`(?<![\\w.-])${escapeStringRegexp(name)}(?![\\w-])`)
    if (pattern.test(code)) files[name] = content
  }
  return files
}

function baseName(name: string): string {
  return name.split('/').at(-1) ?? name
}

/** Write the files a sample uses into its folder, scripts executable, before it runs. */
export async function writeNamedFiles(
  folder: string,
  files: Record<string, string>,
): Promise<void> {
  const { writeFile } = await import('node:fs/promises')
  const path = await import('node:path')
  await Promise.all(
    Object.entries(files).map(([name, content]) =>
      writeFile(path.join(folder, name), content.endsWith('\n') ? content : `${content}\n`, {
        mode: 0o755,
      }),
    ),
  )
}
