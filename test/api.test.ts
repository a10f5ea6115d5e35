import { expect, it } from 'vitest'

it('exposes the public API and nothing else', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'build',
    'renderSite',
    'ruleIds',
    'verify',
  ])
})
