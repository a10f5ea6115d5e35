import { describe, expect, it } from 'vitest'
import { astroSlug, deckFiles } from '../../src/astro/deck-files.js'

describe('astroSlug', () => {
  it('slugs each segment as Astro does, CJK kept, index dropped', () => {
    expect(astroSlug('Hello World.md')).toBe('hello-world')
    expect(astroSlug('asyncio-异步编程/index.md')).toBe('asyncio-异步编程')
    expect(astroSlug('guide/Part 1.md')).toBe('guide/part-1')
  })

  it('takes the front matter slug first', () => {
    expect(astroSlug('Hello World.md', 'hi')).toBe('hi')
    expect(astroSlug('Hello World.md', '')).toBe('hello-world')
  })
})

describe('deckFiles', () => {
  const outputs = [
    { path: 'index.html', contents: 'home' },
    { path: 'tags/python/index.html', contents: 'tag' },
    { path: 'atom.xml', contents: 'feed' },
    { path: 'assets/site.css', contents: 'page css' },
    { path: 'assets/deck.css', contents: 'deck css' },
    { path: 'assets/reveal/reveal.js', copyFrom: '/x/reveal.js' },
    { path: 'posts/Hello World/index.html', contents: 'page' },
    { path: 'posts/Hello World/slides/index.html', contents: 'deck' },
    { path: 'posts/Hello World/Resource/a.webp', copyFrom: '/x/a.webp' },
  ]
  const slugs = new Map([['Hello World', 'hello-world']])

  it('keeps the decks, their posts’ files and the deck assets, at Astro’s slugs', () => {
    expect(deckFiles(outputs, slugs, '/posts/').map((file) => file.path)).toEqual([
      'assets/deck.css',
      'assets/reveal/reveal.js',
      'posts/hello-world/slides/index.html',
      'posts/hello-world/Resource/a.webp',
    ])
  })

  it('puts the assets where a deck under a deeper route finds them', () => {
    expect(deckFiles(outputs, slugs, 'blog/posts').map((file) => file.path)).toEqual([
      'blog/assets/deck.css',
      'blog/assets/reveal/reveal.js',
      'blog/posts/hello-world/slides/index.html',
      'blog/posts/hello-world/Resource/a.webp',
    ])
  })

  it('places the decks of nested posts at their slug, a slug that is a prefix of another kept apart', () => {
    const nested = [
      { path: 'posts/2024/index.html', contents: 'page' },
      { path: 'posts/2024/slides/index.html', contents: 'deck of 2024' },
      { path: 'posts/2024/a/index.html', contents: 'page' },
      { path: 'posts/2024/a/slides/index.html', contents: 'deck of 2024/a' },
      { path: 'posts/2024/a/圖.png', copyFrom: '/x/圖.png' },
      { path: 'posts/python/异步/slides/index.html', contents: 'deck' },
    ]
    const nestedSlugs = new Map([
      ['2024', '2024'],
      ['2024/a', '2024/a'],
      ['python/异步', 'python/异步'],
    ])
    expect(deckFiles(nested, nestedSlugs, 'posts').map((file) => file.path)).toEqual([
      'posts/2024/slides/index.html',
      'posts/2024/a/slides/index.html',
      'posts/2024/a/圖.png',
      'posts/python/异步/slides/index.html',
    ])
  })
})
