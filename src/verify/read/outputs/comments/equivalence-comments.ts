/**
 * A comment that is only a connective between two forms of the same code
 * (`// 等同于`, `// 等价于`, `// 相当于`, `// 可以简写为`, `// 可以简单理解为`, `// equivalent to`,
 * `// same as`, `// could be shortened to:`, `// can be read as`, `// Same result as above`,
 * `// 效果同上`, `// 结果和上面一样`):
 * the line under it is the equivalent code, never what the line above prints.
 */
const connective =
  /^(?:(?:这|这里|上面的代码|上面代码|以上)?(?:等同于|等价于|相当于|同于|可以?简写[为成]|简写[为成]|(?:可以)?(?:简单地?)?(?:理解为|看作|看成))(?:下面的代码|以下代码|下面)?|(?:which\s+)?(?:is\s+)?(?:(?:equivalent|equal)\s+to|(?:the\s+)?same\s+as|(?:can\s+be\s+)?(?:simply\s+)?(?:understood|thought\s+of|read)\s+as)(?:\s+(?:this|the following))?|(?:(?:this|it)\s+)?(?:could|can)\s+be\s+(?:shortened|simplified|rewritten|written)\s+(?:to|as)|(?:(?:this\s+)?(?:gives|has)\s+)?(?:the\s+)?same\s+(?:result|output|effect)\s+as\s+(?:above|before|the\s+(?:code\s+)?above)|(?:效果|结果)?同上|(?:效果|结果)?(?:和|与|跟)上面(?:的代码)?(?:一样|相同))\s*[:：。.]?$/iu

/** Whether a comment's text (without its `//` or `#`) is only a connective such as `等同于`. */
export function isEquivalenceConnective(text: string): boolean {
  return connective.test(text.trim())
}
