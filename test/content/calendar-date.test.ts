import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { renderSite } from '../../src/index.js'

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'tz-date', 'input.md')
const originalZone = process.env.TZ

afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ
  else process.env.TZ = originalZone
})

// Node applies a TZ set at run time to every later Date operation.
describe.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Shanghai'])(
  'under TZ=%s',
  (zone) => {
    it('shows YAML dates as the calendar dates written', async () => {
      process.env.TZ = zone
      const offset = new Date(Date.UTC(2026, 1, 7)).getTimezoneOffset()
      expect(offset, 'the time zone took effect').not.toBe(0)

      const result = await renderSite({ paths: [fixture] })
      const page = result.outputs.find((output) => output.path === 'posts/input/index.html')
      const html = page && 'contents' in page ? String(page.contents) : ''
      expect(html).toContain('<time datetime="2026-02-07">February 7, 2026</time>')
      expect(html).toContain('<time datetime="2026-02-08">February 8, 2026</time>')
    })
  },
)
