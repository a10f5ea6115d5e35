import { describe, expect, it } from 'vitest'
import { authorListingOwner } from '../../src/verify/read/not-checkable/needs/listing-owners.js'

describe('authorListingOwner', () => {
  it('is the owner of a documented long listing the run shows no file of', () => {
    const shown = 'drwxrwsr-x 2 rich shared 4096 Sep 20 23:12 testdir/'
    expect(authorListingOwner(shown, 'drwxr-sr-x 2 1103013 1103013 40 Nov 30 19:36 testdir')).toBe(
      'rich',
    )
    // `ls -il`, its inode first, the mode's letters set apart by spaces.
    const inodes = '13059 -rwx - - - - - - 2 longcheng longcheng 57 8月 5 16:40 file2'
    expect(authorListingOwner(inodes, 'total 0')).toBe('longcheng')
  })

  it('is nothing when the run lists that owner too, or no long listing is shown', () => {
    const root = '-rw-r--r-- 1 root root 12 Jan 1 10:00 notes.txt'
    expect(authorListingOwner(root, '-rw-r--r-- 1 root root 12 Nov 30 19:00 notes.txt')).toBe(
      undefined,
    )
    expect(authorListingOwner('notes.txt  todo.txt', 'other.txt')).toBe(undefined)
    // A run that printed nothing tells nothing of whose files the listing shows.
    expect(authorListingOwner('-rwxr-xr-x 1 ann staff 58 1 22 16:20 demo1', '')).toBe(undefined)
  })
})
