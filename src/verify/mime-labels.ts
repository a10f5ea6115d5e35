/**
 * The language a fence label names in a media type's words, as some sites
 * label code they run in the page (liaoxuefeng.com's ```` ```x-javascript ````,
 * from `application/x-javascript`) or as an HTML `type` writes it
 * (`text/javascript`, `text/x-python`): the subtype, without its `x-`
 * prefix. `undefined` for any other label.
 */
export function mimeLabelLanguage(label: string): string | undefined {
  const match =
    /^(?:(?:text|application)\/)?x-([a-z][\w+.-]*)$|^(?:text|application)\/([a-z][\w+.-]*)$/.exec(
      label,
    )
  return match?.[1] ?? match?.[2]
}
