import { describe, expect, it } from 'vitest'
import { gluedKeywordLine } from '../../src/verify/judge/glued-keywords.js'

const error = (token: string) => `syntax error near unexpected token \`${token}'`

describe('gluedKeywordLine', () => {
  it('is the header above whose `then` or `do` follows its condition with no `;`', () => {
    const code =
      'for f in *\ndo\nif [ -d "$f" ] then\n  echo dir\nelif [ -f "$f" ]\nthen\n  echo file\nfi\ndone'
    expect(gluedKeywordLine(code, error('elif'), 5)).toBe(3)
    expect(gluedKeywordLine('for i in 1 2 do\n  echo $i\ndone', error('done'), 3)).toBe(1)
    expect(gluedKeywordLine('elif ls -d /home/$u then  # note', error('else'), 1)).toBe(1)
  })

  it('is nothing for headers written right, or another error', () => {
    expect(gluedKeywordLine('if [ -d x ]; then\n  echo\nelse', error('else'), 3)).toBeUndefined()
    expect(
      gluedKeywordLine('if [ -d x ] then\n  echo', 'unexpected end of file', 2),
    ).toBeUndefined()
  })
})
