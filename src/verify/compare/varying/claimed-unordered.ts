/**
 * A comment on the example's input saying a dict's keys come in no set
 * order (`>>> d # dict的Key是无序的`, `# keys are unordered`, `# 顺序不定`):
 * the post was written for a Python before 3.7, whose dicts printed their
 * keys in hash order, and says so.
 */
const saysUnordered =
  /#.*(?:无序|顺序(?:不定|不确定|随机|是随机的)|没有顺序|\bunordered\b|\b(?:no|arbitrary|random|any)\s+(?:particular\s+|guaranteed\s+)?order\b|\border\s+(?:is\s+not|isn't|may\s+vary|varies|is\s+arbitrary))/iu

/**
 * Whether an example's documented dict and the real one hold the same items
 * in another order, where its input line's comment says the keys are
 * unordered (see `saysUnordered`): the order varies, as Python's did before
 * 3.7. `false` for any other difference, and without such a comment, since
 * a dict keeps its keys' order today.
 */
export function dictOrderClaimedUnordered(
  input: string | undefined,
  want: string,
  got: string,
): boolean {
  if (input === undefined || !saysUnordered.test(input)) return false
  const written = items(want.trim())
  const real = items(got.trim())
  if (!written || !real || written.length !== real.length || written.length < 2) return false
  if (written.join('\u0000') === real.join('\u0000')) return false
  return [...written].sort().join('\u0000') === [...real].sort().join('\u0000')
}

/** The items of a one-line dict display (`{'a': 1, 'b': 2}`), split at its top-level commas. */
function items(display: string): string[] | undefined {
  if (!/^\{.*\}$/su.test(display) || display.includes('\n')) return undefined
  const found: string[] = []
  let depth = 0
  let quote: string | undefined
  let current = ''
  for (const char of display.slice(1, -1)) {
    if (quote) {
      if (char === quote) quote = undefined
    } else if (char === "'" || char === '"') quote = char
    else if ('([{'.includes(char)) depth++
    else if (')]}'.includes(char)) depth--
    else if (char === ',' && depth === 0) {
      found.push(current.trim())
      current = ''
      continue
    }
    current += char
  }
  found.push(current.trim())
  return found.every((item) => item.includes(':')) ? found : undefined
}
