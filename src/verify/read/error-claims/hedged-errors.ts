/**
 * A comment saying its line throws in some engines and not in others
 * (`PI = 3; // 某些浏览器不报错，但是无效果！`, `// may throw in older browsers`,
 * `// 有的环境会报错`): the post leaves open whether it throws. Not one that
 * says it throws in a mode (`// In strict mode it will throw`), which the
 * sample's own mode decides (prose-error-claims.ts).
 */
const hedged =
  /^\W*(?:(?:某些|有些|有的|部分|一些)(?:浏览器|环境|引擎|版本|JS引擎|JavaScript引擎)(?:下|中|里|上)?(?:不|并不|会|不会|可能)?(?:报错|抛出|抛错)|(?:可能|也许)(?:会)?(?:报错|抛出|抛错|出错)|(?:it\s+)?(?:may|might|could)\s+(?:not\s+)?(?:throw|raise|fail|error)\b|(?:some|certain|older|other)\s+(?:browsers|engines|environments|versions|runtimes)\s+(?:do\s+not\s+|don't\s+|won't\s+|will\s+not\s+|may\s+)?(?:throw|raise|error|complain)\b)/iu

/** The claim of a comment hedging its line's error (see `hedged`); `undefined` for any other. */
export function hedgedError(
  comment: string,
): { name: undefined; comment: string; hedged: true } | undefined {
  return hedged.test(comment) ? { name: undefined, comment, hedged: true } : undefined
}
