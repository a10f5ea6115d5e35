/**
 * VitePress and VuePress write a fence's highlighted lines and line numbers
 * onto its language with no space between: ```` ```js{1,3-5} ````,
 * ```` ```ts:line-numbers{2} ````, ```` ```js:no-line-numbers ````,
 * ```` ```js:line-numbers=5 ````. The language is the part before them; the
 * suffix is display options, moved in front of the fence's meta. `undefined`
 * when the info string has no such suffix.
 */
export function splitLanguageSuffix(lang: string): { lang: string; suffix: string } | undefined {
  const match = suffixed.exec(lang)
  if (!match?.[1] || !match[2]) return undefined
  return { lang: match[1], suffix: match[2] }
}

/** A language name, then `:line-numbers` / `:no-line-numbers` (with `=N`) and/or `{lines}`. */
const suffixed = /^([a-z][\w+#.-]*?)((?::(?:no-)?line-numbers(?:=\d+)?)?(?:\{[\d\s,-]*\})?)$/iu
