import { describe, expect, it } from 'vitest'
import { fileDescriptorPath } from '../../src/verify/compare/varying/file-descriptors.js'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'
import { networkNeed } from '../../src/verify/read/not-checkable/needs/network.js'
import {
  emptyBodyLine,
  shellFragmentAt,
  unclosedCompounds,
} from '../../src/verify/read/not-checkable/shown/shell-fragments.js'
import { isProseAmongOutput } from '../../src/verify/read/outputs/fences/prose-among-output.js'
import { shellPastedOutput } from '../../src/verify/read/outputs/pasted/pasted-output.js'
import { readShellTranscript } from '../../src/verify/read/transcripts/shell-transcript.js'
import { awkProblem, awkPrograms } from '../../src/verify/run/awk-check.js'
import { sampleOf } from './sample-of.js'

const sample = (language: string, code: string, documented = '') =>
  sampleOf(language, code, documented, 10)

const endOfFile = 'x.bash: line 4: syntax error: unexpected end of file'

describe('shellFragmentAt', () => {
  it("notes a program's help text pasted whole, and fails a script with its usage in a comment", () => {
    const syntax = "x.bash: line 3: syntax error near unexpected token `('"
    const help = sample(
      'shell',
      'Usage: sed [OPTION]... {script} [input-file]...\n\n  -b, --binary\n                 open files in binary mode (CR+LFs are not processed)\n',
    )
    expect(shellFragmentAt(help, syntax, 4)).toBe(
      "a program's usage text (`Usage: sed [OPTION]... {script} [input-file]...`), as its `--help` prints it, not a script",
    )
    const zh = sample('shell', '用法：grep [选项]... 模式 [文件]...\n  -i  忽略大小写 (POSIX)\n')
    expect(shellFragmentAt(zh, syntax, 2)).toContain("a program's usage text")
    const script = sample('bash', '# Usage: ./run.sh <dir>\nls "$1" | (wc -l\n')
    expect(shellFragmentAt(script, syntax, 2)).toBeUndefined()
  })

  it('notes conditions shown without their body, and fails a script that only lost its `fi`', () => {
    const fragments = sample('bash', '# and\nif [ "$a" = x ]\nif [ "$a" ] && [ "$b" ]\n')
    expect(shellFragmentAt(fragments, endOfFile, 4)).toBe(
      'a condition shown without its body (`if [ "$a" = x ]`) at line 12',
    )
    const script = sample('bash', 'if [ -d /tmp ]\nthen\n  echo yes\n')
    expect(shellFragmentAt(script, endOfFile, 4)).toBeUndefined()
    const loop = sample('bash', 'for x in a b; do\n  echo "$x"\n')
    expect(shellFragmentAt(loop, endOfFile, 3)).toBeUndefined()
  })

  it('notes a template whose `then`, `do` or `else` has no body, and fails other errors', () => {
    const unexpected = "x.bash: line 3: syntax error near unexpected token `fi'"
    const template = sample('bash', '# 目录是否存在\nif [ -d "$dir" ];then\nfi\n')
    expect(shellFragmentAt(template, unexpected, 3)).toBe(
      'a template with an empty body (`if [ -d "$dir" ];then`) at line 12',
    )
    // The first error bash meets may be elsewhere: the empty body still makes it a template.
    const pipe = "x.bash: line 1: syntax error near unexpected token `|'"
    const snippets = sample('bash', 'x=(echo a | wc)\nfor f in *.md; do\n  # ...\ndone\n')
    expect(shellFragmentAt(snippets, pipe, 1)).toBe(
      'a template with an empty body (`for f in *.md; do`) at line 12',
    )
    const real = sample('bash', 'if [ -d /tmp ]; then\n  echo "yes\nfi\n')
    expect(shellFragmentAt(real, unexpected, 3)).toBeUndefined()
  })

  it('reads an empty body from keywords in command position only', () => {
    expect(emptyBodyLine(['echo then', 'echo fi'])).toBeUndefined()
    expect(emptyBodyLine(['if x; then echo "then"; else', '  :', 'fi'])).toBeUndefined()
    expect(emptyBodyLine(['while read l; do', '', 'done'])).toBe(1)
    expect(emptyBodyLine(['if a; then b; else fi'])).toBe(1)
  })

  it('notes the environment as `env` lists it, and fails assignments a script makes', () => {
    const atParenthesis = "x.bash: line 3: syntax error near unexpected token `('"
    const listing = sample('bash', 'SHELL=/bin/bash\nUSER=ann\nrvm_version=1.27.0 (latest)\n')
    expect(shellFragmentAt(listing, atParenthesis, 3)).toBe(
      'a listing of environment variables, as `env` prints them, not a script (`rvm_version=1.27.0 (latest)`) at line 13',
    )
    const script = sample('bash', 'name=ann\ngreet() { echo "$name"; }\nlist=(a b) (c)\n')
    expect(shellFragmentAt(script, atParenthesis, 3)).toBeUndefined()
    const quoted = sample('bash', 'A=1\nB="two words"\nC=3 (x)\n')
    expect(shellFragmentAt(quoted, atParenthesis, 3)).toBeUndefined()
  })

  it('reads compound commands from keywords in command position only', () => {
    const open = unclosedCompounds([
      'echo "if then"  # if',
      'f() { if [ x ]; then :; fi; }',
      'if x',
    ])
    expect(open).toEqual([{ line: 3, kind: 'if', body: false }])
  })

  it('notes placeholders, operator tables in words and calls of another language at the error', () => {
    const error = (line: number) => `x.bash: line ${line}: syntax error near unexpected token \`('`
    expect(shellFragmentAt(sample('bash', 'scp <file> <user>@<ip>:/tmp'), error(1), 1)).toBe(
      'placeholder `<file>` at line 11',
    )
    expect(shellFragmentAt(sample('bash', '=  等于\n== 等于(同 =)'), error(2), 2)).toMatch(
      /^a table of operators described in words/,
    )
    expect(shellFragmentAt(sample('bash', 'console.log(process.env.PATH)'), error(1), 1)).toMatch(
      /^a call in another language's notation/,
    )
    // A bare call is another language's only beside lines of words (`help()` text).
    expect(shellFragmentAt(sample('bash', 'greet(name)\n  echo hi'), error(1), 1)).toBeUndefined()
    expect(shellFragmentAt(sample('bash', 'echo "$(date"\n'), error(1), 1)).toBeUndefined()
  })

  it('notes a command that a comment above it marks as wrong, and only then', () => {
    const quote = "x.bash: line 2: unexpected EOF while looking for matching `''"
    const marked = sample('bash', "# 不正确\necho it's\n\n# 正确\necho $'it\\'s'")
    expect(shellFragmentAt(marked, quote, 6)).toBe(
      'the post marks the command at line 12 as wrong (`# 不正确`), and it is',
    )
    expect(shellFragmentAt(sample('bash', "# greet\necho it's"), quote, 3)).toBeUndefined()
  })
})

describe('networkNeed', () => {
  it('reads the network errors of every language, and silent curl and wget by exit code', () => {
    const python = sample('python', 'urlopen(u)', 'x')
    expect(
      networkNeed(
        python,
        'urllib.error.URLError: <urlopen error [Errno -2] Name or service not known>',
      ),
    ).toBe('needs the network: no host name resolves here')
    const node = sample('js', 'fetch(u)', 'x')
    expect(networkNeed(node, 'Error: getaddrinfo ENOTFOUND example.com')).toMatch(/network/)
    const curl = sample('bash', 'set -e\ncurl -OJLs "$url"', 'x')
    expect(networkNeed(curl, '', 6)).toBe(
      'needs the network: `curl` ended with its network error code 6',
    )
    expect(networkNeed(curl, '', 22)).toBeUndefined()
    expect(networkNeed(sample('bash', 'wget -q "$url"', 'x'), '', 4)).toMatch(/`wget`/)
  })

  it("reads Go's lower-case unreachable network and a Docker daemon that is not running", () => {
    const docker = sample('bash', '$ docker manifest inspect alpine', '{')
    const dial =
      'error pinging v2 registry: dial tcp: lookup registry-1.docker.io: connect: network is unreachable'
    expect(networkNeed(docker, dial)).toBe('needs the network: it is unreachable here')
    expect(
      networkNeed(docker, 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.'),
    ).toBe('needs a server that is not running here: the Docker daemon')
    const shown = sample('bash', '$ docker ps', 'Cannot connect to the Docker daemon at x.')
    expect(networkNeed(shown, 'Cannot connect to the Docker daemon at x.')).toBeUndefined()
  })

  it('leaves an error the post itself shows to be compared', () => {
    const shown = sample(
      'bash',
      'curl https://nowhere.invalid',
      'curl: (6) Could not resolve host: nowhere.invalid',
    )
    expect(
      networkNeed(shown, 'curl: (6) Could not resolve host: nowhere.invalid', 6),
    ).toBeUndefined()
  })
})

describe('file descriptor paths', () => {
  it('lets the number of a process substitution vary, and nothing else of the line', () => {
    expect(fileDescriptorPath.find('/dev/fd/63 /dev/fd/62')).toEqual([
      [8, 10],
      [19, 21],
    ])
    const differ = varyingDifferences({ now: new Date(), hashOrders: false })
    expect(differ('/dev/fd/13 /dev/fd/11', '/dev/fd/63 /dev/fd/62')).toEqual(['file descriptor'])
    expect(differ('/dev/sd/13', '/dev/sd/63')).toBeUndefined()
  })
})

describe('shellPastedOutput', () => {
  it('reads the lines under an output marker as output, and blanks them in the code', () => {
    const read = shellPastedOutput('a=1\necho $a\n#执行结果\n# ./test.sh\n1\n说明的文字。', 4)
    expect(read?.code).toBe('a=1\necho $a\n\n\n\n')
    expect(read?.expected.lines).toEqual(['1'])
    expect(read?.expected.lineNumbers).toEqual([9])
  })

  it('reads a series of commands each with its output pasted under a marker', () => {
    const read = shellPastedOutput(
      'type -t for\n# 输出（关键字）\nkeyword\n\ntype -t cd\n# 输出为空\n\ntype -t echo\n# Output\nbuiltin',
      1,
    )
    expect(read?.code).toBe(
      'type -t for\n# 输出（关键字）\n\n\ntype -t cd\n# 输出为空\n\ntype -t echo\n# Output\n',
    )
    expect(read?.expected.parts?.map((part) => [part.from, part.lines])).toEqual([
      [1, ['keyword']],
      [8, ['builtin']],
    ])
    // Comments heading code are no series of markers.
    expect(shellPastedOutput('a=1\n# Output\necho "$a"\n# Output\necho "$a $a"', 1)).toBeUndefined()
  })

  it('leaves comment blocks and code without a marker to the other readers', () => {
    expect(shellPastedOutput('echo hi\n# Output:\n# hi', 1)).toBeUndefined()
    expect(shellPastedOutput('echo hi\nhi', 1)).toBeUndefined()
    expect(shellPastedOutput('# Output:\necho hi', 1)).toBeUndefined()
    expect(shellPastedOutput('a=1\n# result\nsum=$((a + 1))\necho "$sum"', 1)).toBeUndefined()
    expect(shellPastedOutput('cat <<EOF > a.yml\noutput:\n  path: /tmp\nEOF', 1)).toBeUndefined()
  })
})

describe('shell transcripts', () => {
  it('reads oh-my-zsh prompts, with the folder and branch of its default theme', () => {
    const { code, expected } = readShellTranscript(
      '➜  blog git:(main) ✗ echo a\na\n➜ echo b\nb\n➜  blog echo c\nc',
      1,
    )
    expect(code).toBe('echo a\n\necho b\n\necho c\n')
    expect(expected?.parts?.map((part) => part.lines)).toEqual([['a'], ['b'], ['c']])
  })

  it('tells the author’s words from output by whether the code holds them', () => {
    expect(isProseAmongOutput('还有一种方法是利用 sed 来实现', 'echo $a')).toBe(true)
    expect(isProseAmongOutput('你好世界', 'echo 你好世界')).toBe(false)
    expect(isProseAmongOutput('/data/日志', 'echo $a')).toBe(false)
    expect(isProseAmongOutput('Another way', 'echo $a')).toBe(false)
  })
})

describe('awk programs', () => {
  it('finds single-quoted programs standing alone, with the line they start on', () => {
    const code =
      "x=1\nawk -F: '{ print $1 }' /etc/passwd\nawk '\n  { return 1 }\n'\nawk '{print \"'\"$x\"'\"}'"
    expect(awkPrograms(code)).toEqual([
      { text: '{ print $1 }', line: 2 },
      { text: '\n  { return 1 }\n', line: 3 },
    ])
    expect(awkPrograms('awk \'{ print gensub(/a/, "b", "g") }\'')).toEqual([])
  })

  it('reads where mawk and gawk say a program does not compile', () => {
    const programs = [
      { text: '{', line: 2 },
      { text: '\n{ return 1 }', line: 5 },
    ]
    expect(
      awkProblem(
        'program-2.awk\nmawk: program-2.awk: line 2: return outside function body\n',
        programs,
      ),
    ).toEqual({ line: 6, message: 'return outside function body' })
    expect(
      awkProblem(
        'program-1.awk\ngawk: program-1.awk:1: {\ngawk: program-1.awk:1:  ^ unexpected newline\n',
        programs,
      )?.line,
    ).toBe(2)
  })
})
