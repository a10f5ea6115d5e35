import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sandboxSupport } from '../../src/verify/run/sandbox.js'
import { folderFingerprint } from '../../src/write/folder-fingerprint.js'
import { runCli } from './run-cli.js'

let folder: string
let out: string
let victim: string
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'postdeck-tamper-'))
  out = path.join(folder, 'dist')
  victim = path.join(folder, 'content', 'posts', 'victim.md')
  await mkdir(path.dirname(victim), { recursive: true })
  await writeFile(victim, '---\ntitle: Victim\npublished: 2026-02-07\n---\n\n无辜的文章。\n')
  expect((await runCli(['build', 'content'], folder)).code).toBe(0)
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** A post whose sample plants a file in the output, appends to another post, then fails. */
async function addTamperingPost() {
  const script = [
    `echo planted > ${out}/planted.html`,
    `echo '<script>alert(1)</script>' >> ${out}/index.html`,
    `echo 'appended' >> ${victim}`,
    'false',
  ].join('\n')
  await writeFile(
    path.join(folder, 'content', 'posts', 'tamper.md'),
    `---\ntitle: Tamper\npublished: 2026-02-08\n---\n\n<!-- verify: run -->\n\`\`\`bash\n${script}\n\`\`\`\n`,
  )
}

describe('a failing sample that writes outside its folder', () => {
  it.runIf(sandboxSupport().available)(
    'changes nothing of the output or the posts in the sandbox, and the build says so truly',
    async () => {
      const before = await folderFingerprint(out)
      const post = await readFile(victim, 'utf8')
      await addTamperingPost()
      const { code, stderr } = await runCli(['build', 'content'], folder)
      expect(code).toBe(1)
      expect(stderr).toMatch(/Build failed: 1 error; dist was left as it was$/m)
      expect(await folderFingerprint(out)).toBe(before)
      expect(existsSync(path.join(out, 'planted.html'))).toBe(false)
      expect(await readFile(victim, 'utf8')).toBe(post)
    },
  )

  it('is not covered by "left as it was" when it did change the output (no sandbox)', async () => {
    await addTamperingPost()
    const { code, stderr } = await runCli(['build', 'content', '--sandbox=off'], folder)
    expect(code).toBe(1)
    expect(stderr).not.toContain('left as it was')
    expect(stderr).toMatch(
      /Build failed: 1 error; dist was changed during the build, not by postdeck: do not publish it$/m,
    )
  })
})
