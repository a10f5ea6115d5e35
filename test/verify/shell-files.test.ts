import { describe, expect, it } from 'vitest'
import { shellFilesWritten, shellFileWords } from '../../src/verify/read/shell-files.js'
import { braceWords } from '../../src/verify/read/transcripts/brace-expansions.js'

describe('the files a shell line names through brace expansion', () => {
  it('expands lists and sequences as bash does', () => {
    expect(braceWords('file{,1,2}.txt')).toEqual(['file.txt', 'file1.txt', 'file2.txt'])
    expect(braceWords('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef'])
    expect(braceWords('{a..c}.md')).toEqual(['a.md', 'b.md', 'c.md'])
    expect(braceWords('day{1..10..4}')).toEqual(['day1', 'day5', 'day9'])
    expect(braceWords('笔记{1..2}.txt')).toEqual(['笔记1.txt', '笔记2.txt'])
  })

  it('leaves words without an expansion alone', () => {
    expect(braceWords('$' + '{HOME}')).toEqual(['$' + '{HOME}'])
    expect(braceWords('file{1}.txt')).toEqual(['file{1}.txt'])
    expect(braceWords("'{a,b}'")).toEqual(["'{a,b}'"])
  })

  it('reads the files a line makes and names (English, Chinese names)', () => {
    expect(shellFilesWritten('touch file{,1,2}.txt')).toEqual([
      'file.txt',
      'file1.txt',
      'file2.txt',
    ])
    expect(shellFilesWritten('mkdir -p 项目/{src,doc}')).toEqual(['项目/src', '项目/doc'])
    expect(shellFileWords('cp file{,0}.txt')).toEqual(['cp', 'file.txt', 'file0.txt'])
  })

  it('reads a quoted name with spaces as one file (English, Chinese names)', () => {
    expect(shellFilesWritten('touch "my notes.txt" plan.md')).toEqual(['my notes.txt', 'plan.md'])
    expect(shellFilesWritten('echo "草稿" > "我的 笔记.txt"')).toEqual(['我的 笔记.txt'])
    expect(shellFilesWritten('mkdir -p ~/lab && cd ~/lab')).toEqual(['lab'])
    expect(shellFileWords('cd ~/lab')).toEqual(['cd', 'lab'])
    expect(shellFileWords('file="my document.txt"')).toEqual(['file', 'my document.txt'])
    expect(shellFileWords("cat '我的 笔记.txt' | wc -l")).toEqual(['cat', '我的 笔记.txt', 'wc'])
  })
})
