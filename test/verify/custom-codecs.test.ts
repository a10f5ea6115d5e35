import { fromMarkdown } from 'mdast-util-from-markdown'
import { describe, expect, it } from 'vitest'
import {
  customCodec,
  pipInstalledPackages,
} from '../../src/verify/read/not-checkable/needs/custom-codecs.js'

describe('a codec a package of the post registers', () => {
  it('reads the packages a post installs with pip, in fences and inline code', () => {
    const tree = fromMarkdown(
      'Run `pip install -U cursed-for`.\n\n```text\npip3 install future-fstrings requests\n```\n',
    )
    expect(pipInstalledPackages(tree)).toEqual(['cursed-for', 'future-fstrings', 'requests'])
  })

  it("reads the codec a sample's encoding declaration or a call names, when a package of the post has its name", () => {
    expect(customCodec('# coding: cursed-for\nx = 1', ['cursed-for'])).toEqual({
      codec: 'cursed-for',
      package: 'cursed-for',
      declared: true,
    })
    expect(
      customCodec('#!/usr/bin/env python\n# -*- coding: future_fstrings -*-', ['future-fstrings'])
        ?.package,
    ).toBe('future-fstrings')
    expect(customCodec('print(b"x".decode("cursed_for"))', ['cursed-for'])?.declared).toBe(false)
  })

  it('leaves codecs Python has, and codecs no package of the post names', () => {
    expect(customCodec('# coding: utf-8\nx = 1', ['utf8-tools'])).toBeUndefined()
    expect(customCodec('# coding: uft-8\nx = 1', ['requests'])).toBeUndefined()
    expect(customCodec('x = 1\ny = 2\n# coding: cursed-for', ['cursed-for'])).toBeUndefined()
  })
})
