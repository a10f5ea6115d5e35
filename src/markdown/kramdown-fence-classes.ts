import { outputLanguages, runnerFor } from '../verify/runners.js'

/**
 * The language a kramdown attribute list gives the fence right above it, as
 * Jekyll sites write it and Carpentries lessons do throughout:
 * `~~~` … `~~~` then `{: .language-python}` (Rouge's class), or the bare
 * `{: .python}`, `{: .bash}`, `{: .output}`, `{: .error}` of older lessons.
 * Only a class naming a language postdeck runs, or an output block's, counts
 * (`{: .source}` or `{: .challenge}` style the block and say nothing of it).
 */
export function kramdownFenceLanguage(attributeList: string): string | undefined {
  for (const match of attributeList.matchAll(/(?:^|\s|\{:)\s*\.(?:language-)?([\w+#-]+)/g)) {
    const name = (match[1] ?? '').toLowerCase()
    if (runnerFor(name) || (name !== '' && outputLanguages.has(name))) return name
  }
  return undefined
}

/**
 * The language of a fence whose info string is a pandoc attribute list
 * (`~~~ {.bash}`, `~~~ {.python .numberLines}`), as Carpentries lessons of the
 * pandoc era write it: its first class, when it names a language postdeck runs.
 */
export function pandocFenceLanguage(info: string): string | undefined {
  const match = /^\{\s*\.([\w+#-]+)[^}]*\}$/.exec(info.trim())
  const name = match?.[1]?.toLowerCase()
  return name && runnerFor(name) ? name : undefined
}
