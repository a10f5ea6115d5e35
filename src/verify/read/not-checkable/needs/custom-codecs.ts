import type { Root } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { Sample } from '../../remark-extract-samples.js'

/** A `pip install` command and the packages it names: `pip install cursed-for`, `pip3 install -U x y`. */
const pipInstall = /\bpip3?\s+install\s+((?:(?:-\S+|[\w.[\]=<>~-]+)\s*)+)/gu

/** Python's encoding declaration on the first or second line: `# coding: x`, `# -*- coding: x -*-`. */
const codingCookie = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/u

/** A codec named in a call: `b.decode('cursed_for')`, `s.encode("x")`, `open(f, encoding='x')`, `codecs.lookup('x')`. */
const codecNamed =
  /(?:\.(?:decode|encode)\(\s*|\bencoding\s*=\s*|\bcodecs\.lookup\(\s*)(['"])([-\w.]+)\1/u

/** Codecs Python has, as posts name them (normalised): `utf-8`, `latin-1`, `gbk`, `cp1252`, ... */
const standardCodec =
  /^(?:utf(?:8|16|32|7)?(?:sig|be|le)?|u8|latin\d*|l\d|ascii|usascii|gbk|gb2312|gb18030|hz|big5\w*|cp\d+|iso8859\d*|iso2022\w*|euc\w*|shiftjis\w*|sjis|koi8\w*|windows\d+|mac\w+|idna|punycode)$/u

/** A name as pip and Python's codec registry compare names: lower case, `-`, `_` and `.` alike. */
const normalised = (name: string) => name.toLowerCase().replace(/[-_.]+/gu, '')

/**
 * The packages a post installs with pip, in its code and its inline code:
 * `pip install cursed-for` gives `cursed-for`.
 */
export function pipInstalledPackages(tree: Root): string[] {
  const found = new Set<string>()
  const read = (text: string) => {
    for (const match of text.matchAll(pipInstall)) {
      for (const word of (match[1] ?? '').split(/\s+/u)) {
        const name = /^[A-Za-z][\w.-]*/u.exec(word)?.[0]
        if (name && !word.startsWith('-')) found.add(name)
      }
    }
  }
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') read(textOf(node))
  })
  return [...found]
}

/**
 * The codec a Python sample's encoding declaration names (`# coding:
 * cursed-for`), or a call of it decodes with (`code.decode('cursed_for')`), and the package of the post that registers it, when the post
 * installs a package of that name with pip (`pip install cursed-for`; a
 * name one starts the other with, `pyxl` for `pyxl3`): Python knows no such
 * codec until the package is installed, so the sample needs it.
 */
export function customCodec(
  code: string,
  packages: readonly string[],
): { codec: string; package: string; declared: boolean } | undefined {
  const [first = '', second = ''] = code.split('\n')
  const declared = codingCookie.exec(first)?.[1] ?? codingCookie.exec(second)?.[1]
  const codec = declared ?? codecNamed.exec(code)?.[2]
  if (codec === undefined) return undefined
  const wanted = normalised(codec)
  if (standardCodec.test(wanted)) return undefined
  const installed = packages.find((name) => {
    const candidate = normalised(name)
    return candidate.length >= 3 && (candidate.startsWith(wanted) || wanted.startsWith(candidate))
  })
  return installed === undefined
    ? undefined
    : { codec, package: installed, declared: declared !== undefined }
}

/** Why a Python sample declaring a codec a package of the post registers is not checkable here. */
export function customCodecNeed(sample: Sample): string | undefined {
  const found = sample.customCodec
  if (found === undefined) return undefined
  const use = found.declared ? 'its `# coding:` line names' : 'its code uses'
  return `needs the package \`${found.package}\` the post installs with pip: it registers the codec \`${found.codec}\` ${use}`
}
