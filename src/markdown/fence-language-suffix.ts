/**
 * VitePress and VuePress write a fence's highlighted lines and line numbers
 * onto its language with no space between: ```` ```js{1,3-5} ````,
 * ```` ```ts:line-numbers{2} ````, ```` ```js:no-line-numbers ````,
 * ```` ```js:line-numbers=5 ````. HackMD writes its line numbers and line
 * wrapping so too: ```` ```javascript= ```` (numbered), ```` ```js=101 ````
 * (from 101), ```` ```js=+ ```` (numbered on from the fence above),
 * ```` ```js! ```` (long lines wrapped). The language is the part before
 * them; the suffix is display options, given as written and as the
 * expressive-code options that say the same (`meta`: `{1,3-5}`,
 * `showLineNumbers`, `startLineNumber=5`, `wrap`). `undefined` when the
 * info string has no such suffix.
 *
 * Note: HackMD's `=+` is numbered from 1, as the count of the fences above
 * is not followed.
 */
export function splitLanguageSuffix(
  lang: string,
): { lang: string; suffix: string; meta: string } | undefined {
  const match = suffixed.exec(lang)
  const groups = match?.groups
  if (!match?.[1] || !match[2] || !groups) return undefined
  const { vitepress, start, ranges, hackmd, from, wrap } = groups
  const meta: string[] = []
  if (vitepress !== undefined) meta.push(`showLineNumbers${vitepress === 'no-' ? '=false' : ''}`)
  if (hackmd !== undefined) meta.push('showLineNumbers')
  const first = start ?? (from === '+' ? undefined : from)
  if (first) meta.push(`startLineNumber=${first}`)
  if (ranges !== undefined) meta.push(`{${ranges}}`)
  if (wrap !== undefined) meta.push('wrap')
  return { lang: match[1], suffix: match[2], meta: meta.join(' ') }
}

/**
 * A language name, then `:line-numbers` / `:no-line-numbers` (with `=N`) and/or `{lines}`,
 * or HackMD's `=` / `=N` / `=+` and/or `!`.
 */
const suffixed =
  /^([a-z][\w+#.-]*?)((?::(?<vitepress>no-|)line-numbers(?:=(?<start>\d+))?)?(?:\{(?<ranges>[\d\s,-]*)\})?|(?<hackmd>=(?<from>\d+|\+)?)?(?<wrap>!)?)$/iu
