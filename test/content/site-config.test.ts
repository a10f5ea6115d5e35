import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, loadSiteConfig } from '../../src/content/site-config.js'

async function folderWith(name: string, contents: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'postdeck-config-'))
  await writeFile(path.join(folder, name), contents)
  return folder
}

describe('loadSiteConfig', () => {
  it('works with no config file', async () => {
    const { config, file } = await loadSiteConfig(
      await mkdtemp(path.join(tmpdir(), 'postdeck-config-')),
    )
    expect(file).toBeUndefined()
    // No title: the pages call the site "Blog" in their own language.
    expect(config).toEqual({
      trustRawHtml: false,
      feedLimit: 20,
      sandbox: 'auto',
      limits: {},
      words: {},
    })
  })

  it('reads postdeck.config.ts, .js and .json', async () => {
    const ts = await folderWith(
      'postdeck.config.ts',
      "const lang: string = 'zh_CN'\nexport default { title: '我的博客', url: 'https://blog.example/', lang }\n",
    )
    expect((await loadSiteConfig(ts)).config).toMatchObject({
      title: '我的博客',
      url: 'https://blog.example/',
      lang: 'zh-CN',
    })
    const js = await folderWith('postdeck.config.mjs', "export default { author: 'Li' }\n")
    expect((await loadSiteConfig(js)).config.author).toBe('Li')
    const json = await folderWith('postdeck.config.json', '{ "description": "Notes" }')
    expect((await loadSiteConfig(json)).config.description).toBe('Notes')
  })

  it('names the file and the field of a bad value', async () => {
    const folder = await folderWith(
      'postdeck.config.json',
      '{ "url": "not a url", "colour": "red" }',
    )
    const failure = loadSiteConfig(folder)
    await expect(failure).rejects.toBeInstanceOf(ConfigError)
    await expect(failure).rejects.toThrow(`${path.join(folder, 'postdeck.config.json')}: \`url\`:`)
  })

  it('suggests the known key nearest to a mistyped one', async () => {
    const folder = await folderWith('postdeck.config.json', '{ "titel": "我的博客" }')
    await expect(loadSiteConfig(folder)).rejects.toThrow(
      /: unknown key `titel` \(did you mean `title`\?\); the keys are `title`, `url`/,
    )
  })
})
