import path from 'node:path'
import { expect, it } from 'vitest'
import { verifyPosts } from '../src/vitest.js'

// The helper registers one test per sample of the seed: six tests below.
const count = await verifyPosts([path.join(import.meta.dirname, 'fixtures', 'seed', 'input.md')])

it('registered a test for every sample', () => {
  expect(count).toBe(6)
})
