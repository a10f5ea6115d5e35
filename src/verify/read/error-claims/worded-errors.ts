/**
 * A comment that says in words that its line fails, naming no error type:
 * the word Error, then a mark or the author's prose about why
 * (`// Error! num2 is not visible here`, `// Error: the i variable is not
 * visible here`, `# Error due to incompatible types`, `// 错误：x 在这里不可见`).
 * It claims the line raises (any error); it is not text the line prints, and
 * the prose after it is no error message to compare. A short text after
 * `Error:` (`// Error: boom`) may be what a print shows (`String(error)`),
 * so it is not taken: prose is four words or more, or Chinese words.
 */
const wordedError =
  /^\W*(?:error|错误|报错)\s*(?:[!！]|(?:due to|because|since|as)\b|[:：,，-]\s*(?=\S+(?:\s+\S+){3}|.*\p{Script=Han}{2}))/iu

/** Whether a comment says in words that its line fails (`// Error! x is not visible here`). */
export function saysFailsInWords(comment: string | undefined): boolean {
  return comment !== undefined && wordedError.test(comment)
}
