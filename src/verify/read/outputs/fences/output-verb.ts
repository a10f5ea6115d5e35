/**
 * Output as a verb with what it writes or where (`不输出stdout`, `将stderr通过stdout输出`,
 * `把结果输出到文件`, `to output only the errors`, `do not output stdout`): the action
 * the code under the lead-in performs, not a name for what it printed (`输出：`,
 * `输出结果如下`, `输出为`, `the output:`).
 */
const actionVerb =
  /(?:不|没有?|别|将[^，,。；;]*|把[^，,。；;]*|通过[^，,。；;]*)输出(?!结果|如下|为|是|效果|内容)|输出(?:到|至|给)|\b(?:to|not|never|n't)\s+output\b(?!\s*(?:is|was|looks|reads)\b)/giu

/**
 * Whether a lead-in's clause uses 输出 only as the verb of what the code does
 * (`更进一步地，将stderr通过stdout输出，不输出stdout：` over the command that does it),
 * naming no output: every 输出 in it is such a verb, and it has no other word
 * for output or result (`output`, `结果`).
 */
export function outputOnlyAsAction(clause: string): boolean {
  const rest = clause.replace(actionVerb, ' ')
  return rest !== clause && !/\boutputs?\b|\bresults?\b|输出|结果|效果/iu.test(rest)
}
