import type { Parent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { errorStatedAfter } from '../../src/verify/read/error-claims/prose-error.js'

const fence = '```'

/** The error the prose after the post's one fence says it raises. */
function stated(code: string, prose: string) {
  const tree = unified()
    .use(remarkParse)
    .parse(`${fence}js\n${code}\n${fence}\n\n${prose}\n`) as Parent
  return errorStatedAfter(tree, 0)
}

const redeclared = 'function func(a) {\n  let a = 1;\n}\nfunc();'

describe('an error the prose after a sample claims', () => {
  it.each([
    ['调用函数 func 时，会出现啥结果呢？仍然是报错，显示 a 已经声明过了。'],
    ['会报错。'],
    ['这里会抛出 TypeError。'],
    ['浏览器直呼离谱，于是直接向我们报错：a 已经声明过了。'],
    ['The console then reports an error: func has already been declared.'],
    ['This throws a SyntaxError.'],
  ])('is read from "%s"', (prose) => {
    expect(stated(redeclared, prose)).toBeDefined()
  })

  it('reads an item of the list after the fence saying a call of the sample throws', () => {
    const code = 'console.log(declared());\nconsole.log(expressed());\nvar expressed = 1;'
    const list = [
      "- `declared()` returns `'function declaration'`.",
      '- `expressed()` throws `TypeError: expressed is not a function`.',
    ].join('\n')
    expect(stated(code, list)?.name).toBe('TypeError')
    expect(
      stated(code, '- `declared()` 返回字符串。\n- `expressed()` 会抛出 `TypeError`。')?.name,
    ).toBe('TypeError')
    expect(stated(code, '- `other()` throws `TypeError: other is not a function`.')).toBeUndefined()
    expect(stated(code, '- `expressed()` never throws a `TypeError` here.')).toBeUndefined()
  })

  it('takes the error name the sentence gives', () => {
    expect(stated('null.foo;', '这里会抛出 TypeError。')?.name).toBe('TypeError')
  })

  it.each([
    // The words after the claim name nothing of the code.
    ['于是浏览器报错：变量未初始化。'],
    ['The console then reports an error: the variable has already been declared.'],
    // Words taking the claim back, a condition, other code.
    ['仍然不会报错。'],
    ['会报错吗？不会，它打印 1。'],
    ['如果去掉 let，会报错。'],
    ['这里用到了 let。'],
  ])('is none in "%s"', (prose) => {
    expect(stated(redeclared, prose)).toBeUndefined()
  })
})
