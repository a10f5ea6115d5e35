/**
 * A comment line that only announces the output written in the comment lines
 * under it, with no value of its own: `// Will print`, `// This prints:`,
 * `# outputs:`, `## Output`, `// Expected output`, `// 将会输出`, `// 输出如下`, `// 预期输出`. (`// Output: 3`, a marker with a
 * value, is `outputMarker`'s.) The words alone, so a remark that goes on
 * (`// prints the sum of the list`) is no heading.
 */
const heading =
  /^(?:the\s+)?(?:expected\s+)?(?:output|result)s?\s*[:：]?$|^(?:(?:this|it|that|which|the code|the above)\s+)?(?:(?:will|should|would)\s+(?:print|output|log|display|show)|(?:prints|outputs|logs|displays|shows))(?:\s+(?:out|the following|this|as follows|below))?\s*[:：]?$|^(?:这里|这|它|上面的代码|代码)?(?:将会?|会|应该?|就会)?(?:预期|期望)?(?:输出|打印|显示)(?:结果)?(?:为|是|如下)?\s*[:：]?$/iu

/** Whether a comment's text (its prefix removed) is such a heading. */
export function isOutputHeading(text: string): boolean {
  return heading.test(text.trim())
}
