/** The word error then a mark, opening a comment: `# error: out of range`, `// Error!`, `# 报错：越界`. */
const errorWord = /^\W*(?:error|错误|报错)\s*[:：!！]/iu
/** A string literal holding the word error, which a print could show. */
const errorInString = /(['"`])(?:(?!\1)[^\n\\]|\\.)*?(?:error|错误|报错)/iu

/**
 * Whether a print call's comment says in words that the call fails, naming
 * no error (`print(arr[-4])  # error: out of range`): the word error and a
 * colon or an exclamation open the comment, and no string of the sample
 * holds the word, so no print of it could show such text. The line is read
 * as raising (any error), as a reader of the post reads it.
 */
export function printSaysErrorInWords(comment: string, code: string): boolean {
  return errorWord.test(comment) && !errorInString.test(code)
}
