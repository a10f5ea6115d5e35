/**
 * A clause saying its statement fails, the error word closing it or the claim
 * opening it: `运行后会报错`, `所以会报错`, `报错`, `提示错误`, `提示语法错误`,
 * `从生成器中抛出错误`;
 * in English, `so it throws`, `this throws an error`.
 */
const failsClause =
  /(?:报错|出错|抛出(?:一个)?(?:错误|异常))[!！.。]*$|^提示\p{Script=Han}{0,4}错误|\b(?:throws|will throw|raises|will raise)(?:\s+an?\s+(?:\w+\s+)?(?:error|exception))?[!.]*$/iu
/**
 * A clause saying the statement does not fail (`不会报错`, `没有提示错误`, `never throws`), that
 * it is there to keep an error away (`避免目录已存在时报错`, `以免报错`, `to avoid an error`),
 * only when something holds (`如果`, `if`, `In strict mode it will throw`, `严格模式下会报错`), or
 * that several lines fail (`都会报错`, `all throw`).
 */
const notOrIf =
  /不|没|无|未|否则|如果|若|要是|除非|都|均|全|严格模式|避免|防止|以免|以防|免得|\b(?:all|both|each)\b|\b(?:no|not|never|if|unless|when|otherwise|only|avoids?|avoiding|prevents?|preventing)\b|\bin (?:strict|sloppy|non-strict) mode\b|n't\b/iu
/** A comment that opens with a value (`// 3，否则报错`), which the clauses after it remark on. */
const opensWithValue = /^(?:["'`\d[{(-]|(?:true|false|null|undefined|None|True|False|NaN)\b)/

/**
 * Whether a comment says in its words that its statement fails, the error
 * word inside the sentence rather than opening it: `// 修改this，运行后会报错`,
 * `// 提示错误，因为用 const 声明的变量不能被重新指派`, `# 获取不存在的属性，报错`,
 * `// 因为 person 不能被重新赋值，所以会报错`, `// 提示错误 ReferenceError !`.
 * The comment is split into clauses at its commas and stops; one of them must
 * be such a claim about this statement alone, with no negation or condition
 * (`// undefined -- 没有提示错误`, `// 如果传入字符串会报错`, `// 都会报错`
 * claim nothing), and the comment must not open with a value (`// 3，否则报错`
 * documents the value 3). It claims the statement raises an error (the one it
 * names, if any); it is not text the statement prints.
 */
export function saysFailsInProse(comment: string | undefined): boolean {
  if (comment === undefined) return false
  const text = comment.trim()
  if (opensWithValue.test(text)) return false
  return text
    .split(/[,，;；。、]|\s+-{1,2}\s+/u)
    .map((clause) => clause.trim())
    .some((clause) => failsClause.test(clause) && !notOrIf.test(clause))
}
