import { describe, expect, it } from 'vitest'
import {
  braceExpanded,
  showsExpansion,
} from '../../src/verify/read/transcripts/brace-expansions.js'

describe('brace expansion shown under a command', () => {
  it('expands lists and sequences as bash does', () => {
    expect(braceExpanded('mv file.data{,.bak}')).toBe('mv file.data file.data.bak')
    expect(braceExpanded('pre{1..4}fix')).toBe('pre1fix pre2fix pre3fix pre4fix')
    expect(braceExpanded('echo {a,b}{1,2}')).toBe('echo a1 a2 b1 b2')
    expect(braceExpanded('echo {c..a} {1..7..3}')).toBe('echo c b a 1 4 7')
    expect(braceExpanded('echo "{a,b}" {x}')).toBeUndefined()
  })

  it('reads the command expanded, or as a comment, as no output', () => {
    expect(showsExpansion('mv file.data{,.bak}', ['# mv file.data file.data.bak'])).toBe(true)
    expect(showsExpansion('pre{1..4}fix', ['pre1fix pre2fix pre3fix pre4fix'])).toBe(true)
    expect(showsExpansion('mkdir -p site/{css,js}', ['# site/css site/js'])).toBe(true)
  })

  it('keeps what a command prints, an echo of the words included', () => {
    expect(showsExpansion('echo draft{1..3}.md', ['draft1.md draft2.md draft3.md'])).toBe(false)
    expect(showsExpansion('mkdir -p site/{css,js}', ['site/css site/js'])).toBe(false)
    expect(showsExpansion('cp a{,.bak}', ['# cp a b'])).toBe(false)
  })
})
