import { expect, it } from 'vitest'

it('exposes the public API and nothing else', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'build',
    'cacheFolder',
    'defineConfig',
    'renderSite',
    'ruleIds',
    'verify',
  ])
})

it('exposes the Astro integration and the unified plugins', async () => {
  const astro = await import('../src/astro/index.js')
  expect(Object.keys(astro).sort()).toEqual([
    'PostdeckBuildError',
    'astroSlug',
    'deckFiles',
    'default',
    'postdeck',
    'rehypeSampleVerdicts',
    'remarkSampleVerdicts',
  ])
  expect(astro.default().name).toBe('postdeck')
  expect(Object.keys(await import('../src/unified/index.js')).sort()).toEqual([
    'rehypeSampleVerdicts',
    'remarkSampleVerdicts',
  ])
})
