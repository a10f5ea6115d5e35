import { describe, expect, it } from 'vitest'
import { catListing } from '../../src/verify/read/listed-files.js'

describe('catListing', () => {
  it('reads the file a `cat name` transcript lists', () => {
    expect(catListing('[root@localhost ~]# cat shop.sh\n#!/bin/bash\necho hi\n')).toEqual({
      name: 'shop.sh',
      content: '#!/bin/bash\necho hi\n',
    })
    expect(catListing('$ cat ./notes.txt\nbuy milk')?.name).toBe('notes.txt')
  })

  it("reads none from other commands, paths outside the folder, more prompts, or cat's own error", () => {
    expect(catListing('$ cat /etc/profile\nexport A=1')).toBeUndefined()
    expect(catListing('$ cat a.sh | wc -l\n3')).toBeUndefined()
    expect(catListing('$ cat a.sh\necho hi\n$ bash a.sh\nhi')).toBeUndefined()
    expect(catListing('$ cat a.sh')).toBeUndefined()
    expect(catListing('$ cat tmp.txt\ncat: tmp.txt: Permission denied')).toBeUndefined()
    expect(
      catListing('[root@localhost ~]# cat 笔记.txt\ncat: 笔记.txt: 没有那个文件或目录'),
    ).toBeUndefined()
  })
})
