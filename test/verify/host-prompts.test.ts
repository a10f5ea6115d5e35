import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { remarkCodeLanguage } from '../../src/markdown/remark-code-language.js'
import { compareOutput } from '../../src/verify/compare/compare-output.js'
import { topLevelStatements } from '../../src/verify/read/code/statements.js'
import { remarkExtractSamples } from '../../src/verify/read/remark-extract-samples.js'
import { hostPromptCommand } from '../../src/verify/read/transcripts/shell-prompts.js'
import {
  isShellTranscript,
  readShellTranscript,
} from '../../src/verify/read/transcripts/shell-transcript.js'
import { runnerFor } from '../../src/verify/runners.js'
import { updateOutputs } from '../../src/verify/update/update-outputs.js'
import { verifySamples } from '../../src/verify/verify-samples.js'

describe('prompts naming the user and host', () => {
  it('reads the command after Red Hat’s and Debian’s prompts, for root and other users', () => {
    expect(hostPromptCommand('[root@CentOS ~]# echo $a')).toBe('echo $a')
    expect(hostPromptCommand('[ann@web01 my-notes]$ ls -l')).toBe('ls -l')
    expect(hostPromptCommand('ann@web01:~/demo$ seq 3')).toBe('seq 3')
    expect(hostPromptCommand('root@web01:/etc# cat hosts')).toBe('cat hosts')
    expect(hostPromptCommand('[root@CentOS ~]# ')).toBe('')
    expect(hostPromptCommand('[root@CentOS ~]#')).toBe('')
  })

  it("reads an environment's name before a prompt", () => {
    expect(hostPromptCommand('(venv) ann@web01:~/demo$ pip list')).toBe('pip list')
    expect(hostPromptCommand('(kanye) [ann@mbp types]$ mypy a.py')).toBe('mypy a.py')
    expect(hostPromptCommand('(base) $ conda list')).toBe('conda list')
    // Two spaces, as some themes print it.
    expect(hostPromptCommand('(byted)  $ ./args.sh 1 2')).toBe('./args.sh 1 2')
    expect(hostPromptCommand('(byted)  $')).toBe('')
  })

  it('reads a prompt set with PS1 to a path and `>`, not the continuation prompt or a redirection', () => {
    expect(hostPromptCommand('/etc/profile> grep PS1 ~/.bashrc')).toBe('grep PS1 ~/.bashrc')
    expect(hostPromptCommand('~/.bash_profile>')).toBe('')
    expect(hostPromptCommand('> C')).toBeUndefined()
    expect(hostPromptCommand('echo hi > ~/out.txt')).toBeUndefined()
    expect(hostPromptCommand('/usr/bin/env python3 > out.txt')).toBeUndefined()
  })

  it('leaves numbered lines and a key and value before a `$` alone', () => {
    expect(hostPromptCommand('(1) # first step')).toBeUndefined()
    expect(hostPromptCommand('(1) $ 5')).toBeUndefined()
    expect(hostPromptCommand('total: $5')).toBeUndefined()
    expect(hostPromptCommand('name: web # the host')).toBeUndefined()
  })

  it('leaves lines that only contain an address or a `#` alone', () => {
    expect(hostPromptCommand('git clone git@github.com:ann/notes.git')).toBeUndefined()
    expect(hostPromptCommand('ann@web01:~#comment')).toBeUndefined()
    expect(hostPromptCommand('echo ann@web01')).toBeUndefined()
    expect(hostPromptCommand('[ann@web01]text')).toBeUndefined()
  })

  it('makes a fence of them a transcript: each command run, the lines up to the next prompt its output', () => {
    const fence =
      '[root@CentOS ~]# a=1\n[root@CentOS ~]# echo $a   # 显示\n1\n\n[root@CentOS ~]# echo $b\n\n'
    expect(isShellTranscript(fence)).toBe(true)
    expect(isShellTranscript('[root@CentOS ~]# \nonly a prompt')).toBe(false)
    const { code, expected } = readShellTranscript(fence, 20)
    expect(code).toBe('a=1\necho $a   # 显示\n\n\necho $b\n\n')
    expect(expected?.parts?.map((part) => [part.from, part.lines, part.lineNumbers])).toEqual([
      [2, ['1'], [23]],
    ])
  })
})

describe('bash’s errors as a terminal shows them', () => {
  const documented = (lines: string[]) => ({
    kind: 'statements' as const,
    lines,
    lineNumbers: lines.map((_, index) => index + 1),
    reason: '',
  })
  const options = { samplePath: '/tmp/x/sample.bash' }

  it('match the same error of the script, whatever its line', () => {
    const actual = '/tmp/x/sample.bash: line 6: echo1: command not found\n'
    expect(compareOutput(documented(['-bash: echo1: command not found']), actual, options).ok).toBe(
      true,
    )
    expect(
      compareOutput(documented(['bash: line 1: echo1: command not found']), actual, options).ok,
    ).toBe(true)
    expect(compareOutput(documented(['-bash: echo2: command not found']), actual, options).ok).toBe(
      false,
    )
  })

  it('leave a script’s own line numbers exact when the post shows the script’s form', () => {
    const actual = '/tmp/x/sample.bash: line 6: echo1: command not found\n'
    const post = ['/home/ann/demo.bash: line 5: echo1: command not found']
    expect(compareOutput(documented(post), actual, options).ok).toBe(false)
  })
})

describe('shell statements', () => {
  const bash = runnerFor('bash')
  if (!bash) throw new Error('no bash runner')
  const commands = (code: string) =>
    topLevelStatements(bash, code)?.map((statement) => [statement.from, statement.to])

  it('read `<<` in arithmetic as a shift and `<<<` as a here-string, not as a here-document', () => {
    expect(
      commands('echo $[8 << 1]\necho $((8 << 2))\n((x = 1 << 3))\ncat <<< "$x"\necho end'),
    ).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ])
    expect(commands('cat <<EOF\n$[1 << 2]\nEOF\necho end')).toEqual([
      [1, 3],
      [4, 4],
    ])
  })
})

async function verifyText(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkCodeLanguage).use(remarkExtractSamples)
  const file = new VFile({ path: '/posts/post.md', value: markdown })
  await processor.run(processor.parse(file), file)
  return verifySamples(file.data.samples ?? [])
}

describe('a root prompt transcript', () => {
  it('passes when its last command fails as the post shows, and fails when a command does not', async () => {
    const post = [
      '```sh',
      '[root@CentOS ~]# cat 不存在.txt',
      'cat: 不存在.txt: No such file or directory',
      '```',
      '',
      '```sh',
      '[root@CentOS ~]# echo ok',
      'ok',
      '[root@CentOS ~]# test -d 不存在',
      '```',
    ].join('\n')
    const results = await verifyText(post)
    expect(results.map((result) => [result.status, result.check])).toEqual([
      ['passed', 'compared'],
      ['failed', undefined],
    ])
    expect(results[1]?.summary).toBe('exited with code 1, expected 0')
  })

  it('is rewritten under its prompts by `--update`, and a second update changes nothing', async () => {
    const post = [
      '```sh',
      '[root@CentOS ~]# a=0',
      '[root@CentOS ~]# echo $a$a',
      '11',
      'ann@web01:~$ echo "$a"b',
      '1b',
      '```',
    ].join('\n')
    const updated = updateOutputs(post, await verifyText(post))
    expect(updated.text).toBe(post.replace('\n11\n', '\n00\n').replace('\n1b\n', '\n0b\n'))
    const after = await verifyText(updated.text)
    expect(after.map((result) => result.status)).toEqual(['passed'])
    expect(updateOutputs(updated.text, after).text).toBe(updated.text)
  })
})
