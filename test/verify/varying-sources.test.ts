import { describe, expect, it } from 'vitest'
import { varyingSource } from '../../src/verify/read/outputs/comments/varying-sources.js'

describe("a shell's date reading the clock", () => {
  it('varies for `date` alone, with a format, or a date relative to now', () => {
    expect(varyingSource('date')).toEqual({ clock: true })
    expect(varyingSource('date +"%A,%B %d %Y"')).toEqual({ clock: true })
    expect(varyingSource(`date --date='3 seconds ago'`)).toEqual({ clock: true })
    expect(varyingSource('echo "today: $(date +%F)"')).toEqual({ clock: true })
  })
  it('does not for a date it is given, nor for a name `date`', () => {
    expect(varyingSource('date -d @1500000000')).toBeUndefined()
    expect(varyingSource(`date --date='1970-01-01 00:00:01 UTC +5 hours' +%s`)).toBeUndefined()
    expect(varyingSource('date = "2020-01-01"\nprint(date)')).toBeUndefined()
  })
})
