import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { saysUndefined } from '../../src/verify/read/code/fresh-names.js'
import { sampleNames } from '../../src/verify/read/code/sample-names.js'
import { consolePromptReading } from '../../src/verify/read/console-prompts.js'
import { errorOfBareMessage } from '../../src/verify/read/error-claims/bare-error-messages.js'
import {
  documentedError,
  statementError,
} from '../../src/verify/read/error-claims/error-comments.js'
import { errorStatedBefore } from '../../src/verify/read/error-claims/lead-in-error.js'
import { saysFailsInProse } from '../../src/verify/read/error-claims/prose-error-claims.js'
import { shellFragmentAt } from '../../src/verify/read/not-checkable/shown/shell-fragments.js'
import { valueThenRemark } from '../../src/verify/read/outputs/comments/repl-values.js'
import { replReading } from '../../src/verify/read/repl-lines.js'
import { runnerFor } from '../../src/verify/runners.js'
import { sampleOf } from './sample-of.js'

const js = runnerFor('js')
const python = runnerFor('python')
if (!js || !python) throw new Error('runners missing')

describe('consolePromptReading', () => {
  it('reads `$ ` inputs with `=> ` results as inputs and marked value comments, on the same lines', () => {
    const transcript = '$ wes\n=> Symbol(Wes)\n$ wes === person\n=> false'
    expect(consolePromptReading(transcript, js)).toBe(
      'wes\n// => Symbol(Wes)\nwes === person\n// => false',
    )
  })

  it('leaves the `undefined` shown after a declaration or a loop blank, and joins a value over lines', () => {
    const transcript = [
      '$ const syms = list.map(String);',
      '=> undefined',
      '$ for (const s of syms) {',
      '    s;',
      '  }',
      '=> undefined',
      '$ syms',
      "=> [ 'a',",
      "     'b' ]",
    ].join('\n')
    expect(consolePromptReading(transcript, js).split('\n')).toEqual([
      'const syms = list.map(String);',
      '',
      'for (const s of syms) {',
      '    s;',
      '  }',
      '',
      'syms',
      "// => [ 'a', 'b' ]",
      '',
    ])
  })

  it('reads code typed before the first `> ` prompt as code, and the prompts as inputs', () => {
    const transcript =
      "let map = new Map();\n> map.set('name', 'david');\n> map.get('name'); // david"
    expect(consolePromptReading(transcript, js)).toBe(
      "let map = new Map();\nmap.set('name', 'david');\nmap.get('name'); // david",
    )
  })

  it('leaves code that runs as written, another language, or no transcript alone', () => {
    for (const code of [
      'const a = 1\n> 0',
      "$('div').hide()",
      'console.log(1)',
      '$ npm install left-pad\n$ node index.js',
    ]) {
      expect(consolePromptReading(code, js)).toBe(code)
    }
    expect(consolePromptReading('$ x\n=> 1', python)).toBe('$ x\n=> 1')
  })

  it('comes before Node REPL transcripts, which it leaves to nodeReplReading', () => {
    expect(replReading('> [1, 2].length\n2', js)).toBe('[1, 2].length\n// 2')
    expect(replReading('$ [1, 2].length\n=> 2', js)).toBe('[1, 2].length\n// => 2')
  })

  it('leaves out the `undefined` a Node REPL shows for a call after the lines it logged', () => {
    expect(replReading("> console.count('a')\na: 1\nundefined\n>", js)).toBe(
      "console.count('a')\n// a: 1\n\n",
    )
    // A logged `undefined` is printed text, kept.
    expect(replReading('> console.log(undefined)\nundefined\nundefined', js)).toBe(
      'console.log(undefined)\n// undefined\n',
    )
    expect(replReading('> void 0\nundefined', js)).toBe('void 0\n// undefined')
  })
})

describe('errors claimed in prose comments', () => {
  it('reads a clause that says the line errors as a claim, wherever it stands in the comment', () => {
    for (const comment of [
      '修改this，运行后会报错',
      '提示错误，因为用 const 声明的变量不能被重新指派',
      '获取不存在的属性，报错',
      '因为 person 不能被重新赋值，所以会报错',
      '提示错误 ReferenceError !',
      'rebinding a constant, so this throws an error',
      '从生成器中抛出错误',
      '这里会抛出一个异常',
    ]) {
      expect(saysFailsInProse(comment), comment).toBe(true)
      expect(statementError(comment), comment).toBeDefined()
    }
    expect(statementError('提示错误 ReferenceError !')?.name).toBe('ReferenceError')
  })

  it('takes no negation, condition, plural claim or value with a remark for a claim', () => {
    for (const comment of [
      'undefined -- 没有提示错误',
      '12，如果传入汉字会得到 NaN，不会报错',
      '都会报错',
      '3，否则报错',
      'this never throws',
      '不会抛出错误',
      'it throws only when the list is empty',
      'In strict mode it will throw an error',
      '严格模式下会报错',
      '这会生效的！对象本身可以改',
      'exist_ok=True 避免目录已存在时报错',
      '加上判断，以免报错',
      '先判断，防止出错',
      'checked first to avoid that it throws',
    ]) {
      expect(saysFailsInProse(comment), comment).toBe(false)
    }
    expect(saysFailsInProse('目录已存在时，再次创建会报错')).toBe(true)
  })
})

describe('a value then a remark', () => {
  it('takes the value before a full-width comma, with no space after it, as Chinese is written', () => {
    expect(valueThenRemark('false，不相等，因为数据类型不同')).toBe('false')
    expect(valueThenRemark('true，相等')).toBe('true')
    expect(valueThenRemark('false, not equal')).toBe('false')
    expect(valueThenRemark('false,not')).toBeUndefined()
  })

  it("takes the value before a remark in brackets that holds a call's brackets", () => {
    expect(valueThenRemark('{} (这是 Object.prototype.toString() 的结果)')).toBe('{}')
    expect(valueThenRemark("72 (the code of ord('H'))")).toBe('72')
    expect(valueThenRemark('{} (f())')).toBeUndefined()
  })
})

describe('error messages alone', () => {
  it("names the error of a V8 message written alone, as the console words it under the error's name", () => {
    expect(errorOfBareMessage("Cannot access 'b' before initialization")).toBe('ReferenceError')
    expect(errorOfBareMessage('Assignment to constant variable.')).toBe('TypeError')
    expect(errorOfBareMessage("Identifier 'a' has already been declared")).toBe('SyntaxError')
    expect(errorOfBareMessage('the value before initialization')).toBeUndefined()
  })

  it('reads such a message as a claim on a top-level line, not on a line inside a function', () => {
    const topLevel =
      "console.log(total) // Cannot access 'total' before initialization\nlet total = 3"
    expect(documentedError(topLevel, 10, js)).toMatchObject({ line: 1, name: 'ReferenceError' })
    const inside =
      "function f(arr) {\n  return arr.map(function (c) {\n    return this.name + c; // Cannot read property 'name' of undefined\n  });\n}"
    expect(documentedError(inside, 10, js)).toBeUndefined()
  })
})

describe('names a JavaScript sample declares itself', () => {
  it('are no use of an earlier sample’s names, wherever the declaration stands', () => {
    const hoisted = sampleNames(
      js,
      'console.log(a); // undefined\nvar a = 20;\nf();\nfunction f() {}',
    )
    expect([...hoisted.uses]).toEqual(['console'])
    const dead = sampleNames(js, "console.log(b); // Cannot access 'b'\nlet b = 10;")
    expect(dead.uses.has('b')).toBe(false)
    const looped = sampleNames(js, 'if (ok) {\n  var seen = 1;\n}\nconsole.log(seen);')
    expect(looped.uses.has('seen')).toBe(false)
    expect(looped.uses.has('ok')).toBe(true)
  })

  it('still uses a name declared only inside a function or a block’s `let`', () => {
    const local = sampleNames(
      js,
      'function f() {\n  var x = 1;\n}\n{\n  let y = 2;\n}\nconsole.log(x, y);',
    )
    expect(local.uses.has('x')).toBe(true)
    expect(local.uses.has('y')).toBe(true)
  })

  it('takes a name from no earlier sample when the line using it says it raises ReferenceError', () => {
    expect(
      saysUndefined('console.log(myVar); // 抛出错误 ReferenceError，在函数外部无法访问', 'myVar'),
    ).toBe(true)
    expect(saysUndefined('console.log(myVar); // 2', 'myVar')).toBe(false)
  })
})

describe('JavaScript method notation in a shell fence', () => {
  const unexpected = (token: string) =>
    `x.bash: line 1: syntax error near unexpected token \`${token}'`

  it('is a call in another language, assigned and commented as cheat sheets write it', () => {
    const assigned = sampleOf(
      'bash',
      're = list.splice(1)     // re = [b,c,d,e]  list == [a]',
      '',
      10,
    )
    expect(shellFragmentAt(assigned, unexpected('('), 1)).toBe(
      "a call in another language's notation (`re = list.splice(1)     // re = [b,c,d,e]  list == [a]`) at line 11",
    )
    const pushed = sampleOf('bash', 'list.push(X)            // list == [_,_,X]', '', 10)
    expect(shellFragmentAt(pushed, unexpected('X'), 1)).toContain("another language's notation")
  })

  it('leaves a bare `name()` and a shell syntax error to fail', () => {
    expect(shellFragmentAt(sampleOf('bash', 'foo()'), unexpected('newline'), 1)).toBeUndefined()
    const script = sampleOf('bash', 'for n in a b; do\n  echo "$n"\ndone)')
    expect(shellFragmentAt(script, unexpected(')'), 3)).toBeUndefined()
  })
})

describe('errorStatedBefore', () => {
  const stated = (markdown: string) => {
    const tree = unified().use(remarkParse).parse(markdown)
    return errorStatedBefore(
      tree,
      tree.children.findIndex((node) => node.type === 'code'),
    )
  }

  it('reads a lead-in ending in a colon that says the code under it fails', () => {
    expect(
      stated("If I leave it empty, we'll get a syntax error, like here:\n\n```js\nf(1, , 2)\n```"),
    ).toMatchObject({ name: undefined, postLine: 1 })
    expect(stated('This line throws a TypeError:\n\n```js\nnull.x\n```')?.name).toBe('TypeError')
    expect(
      stated('可是如果参数空着不写，下面这样写会报错：\n\n```js\nf(1, , 2)\n```'),
    ).toBeDefined()
  })

  it('takes no lead-in that denies it, fixes an error, points at no code or ends without a colon', () => {
    for (const markdown of [
      'This no longer throws a TypeError:\n\n```js\nx\n```',
      'The fix for the TypeError:\n\n```js\nx\n```',
      '这样写不会报错：\n\n```js\nx\n```',
      'This line throws a TypeError.\n\n```js\nx\n```',
      'You should get an error:\n\n```js\nx\n```',
    ]) {
      expect(stated(markdown), markdown).toBeUndefined()
    }
  })
})

describe('a fence labelled `node-repl`', () => {
  it('runs as JavaScript, read as the REPL transcript it is', () => {
    expect(runnerFor('node-repl')?.id).toBe('javascript')
    expect(replReading('> [1, 2].length\n2', runnerFor('node-repl') ?? js)).toBe(
      '[1, 2].length\n// 2',
    )
  })
})
