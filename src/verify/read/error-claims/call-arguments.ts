/**
 * A print call's arguments with the arguments of the calls inside them left
 * out (`s.index('shit')` → `s.index()`, `d.get("k", 0)` → `d.get()`): what such a call
 * returns is printed, not the strings it was given. Brackets that are no call
 * (`d['k']`, a tuple, a list) keep their contents.
 */
export function withoutCallArguments(args: string): string {
  // Note: an emptied call is marked by a private-use character, so the call around it matches next.
  let text = args
  for (;;) {
    const next = text.replace(
      /([\p{L}\p{N}_$)\]\uE000])\s*\((?:[^()'"`]|'[^'\n]*'|"[^"\n]*")*\)/gu,
      '$1\uE000',
    )
    if (next === text) return text.replaceAll('\uE000', '()')
    text = next
  }
}
