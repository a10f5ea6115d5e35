import { describe, expect, it } from 'vitest'
import { varyingDifferences } from '../../src/verify/compare/varying/varying-values.js'
import { machineReads } from '../../src/verify/read/varying/machine-reads.js'

const now = new Date('2026-11-30T08:00:00Z')
const differ = (code: string) =>
  varyingDifferences({ now, hashOrders: false, machineReads: machineReads(code) })

describe('machine values a program prints', () => {
  const kinds = (code: string) => [...(machineReads(code)?.lines.keys() ?? [])]

  it('reads what the code prints of the machine', () => {
    expect(kinds('printf "The $$ is %s\\n" "$$"')).toEqual(['process id'])
    expect(kinds('ps -o pid,comm')).toEqual(['process id'])
    expect(kinds('print(os.getpid())')).toEqual(['process id'])
    expect(kinds('date -d @1602342382')).toEqual(['time zone'])
    expect(kinds('print(datetime.fromtimestamp(0))')).toEqual(['time zone'])
    expect(kinds('echo "flags: $-"')).toEqual(['shell flags'])
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell code
    expect(kinds('echo "${name:-x}"')).toEqual([])
    expect(kinds('whoami')).toEqual(['user name'])
    expect(kinds('echo "I am $USER"')).toEqual(['user name'])
    expect(kinds('hostname')).toEqual(['host name'])
    expect(kinds('print(socket.gethostname())')).toEqual(['host name'])
    expect(kinds('echo "Script Name: $0"')).toEqual(['script name'])
    expect(kinds('print(sys.argv[0])')).toEqual(['script name'])
    expect(kinds('console.log(__filename)')).toEqual(['script name'])
    expect(kinds('echo "$10"')).toEqual([])
    expect(kinds('echo hello; date +%s')).toEqual([])
    expect(kinds('print(sum([1, 2]))')).toEqual([])
  })

  it('reads a path built on Windows, where the code builds one, its separators alone differing', () => {
    expect(kinds("os.path.join('usr', 'bin')")).toEqual(['path separator'])
    expect(kinds("print(Path('a') / 'b')")).toEqual(['path separator'])
    const joined = differ("print(os.path.join('usr', 'bin', 'spam'))")
    expect(joined('usr\\bin\\spam', 'usr/bin/spam')).toEqual(['path separator'])
    expect(joined("'usr\\\\bin\\\\spam'", "'usr/bin/spam'")).toEqual(['path separator'])
    expect(joined('usr\\sbin\\spam', 'usr/bin/spam')).toBeUndefined()
    expect(differ("print('usr/bin')")('usr\\bin', 'usr/bin')).toBeUndefined()
  })

  it('reads a line differing only in a process id as varying, where the code prints one', () => {
    expect(differ('echo "The \\$\\$ is $$"')('The $$ is 14841', 'The $$ is 4')).toEqual([
      'process id',
    ])
    expect(differ('ps')(' 4242 pts/0    00:00:00 bash', '  17 pts/0    00:00:00 bash')).toEqual([
      'process id',
    ])
    expect(differ('echo "The \\$\\$ is $$"')('The $$ is 14841', 'The $# is 4')).toBeUndefined()
    expect(differ('echo $(( 6 * 7 ))')('The answer is 41', 'The answer is 42')).toBeUndefined()
    // A line other code prints stays exact, though the program prints a process id too.
    const both = differ('echo "pid: $$"\necho "sum: $(( 6 * 7 ))"')
    expect(both('pid: 4242', 'pid: 17')).toEqual(['process id'])
    expect(both('sum: 41', 'sum: 42')).toBeUndefined()
    expect(differ('echo $$')('4242', '17')).toEqual(['process id'])
    expect(differ('echo $$\necho $(( 6 * 7 ))')('41', '42')).toEqual(['process id'])
    expect(differ('echo "pid: $$"\necho $(( 6 * 7 ))')('41', '42')).toBeUndefined()
  })

  it('reads one moment shown in the author’s time zone as varying, where the code converts one', () => {
    const zone = differ('date -d @1602342382')
    expect(zone('Sat Oct 10 23:06:22 CST 2020', 'Sat Oct 10 15:06:22 UTC 2020')).toEqual([
      'time zone',
    ])
    expect(
      zone('2020年 10月 10日 星期六 23:06:22 CST', '2020年 10月 10日 星期六 15:06:22 UTC'),
    ).toEqual(['time zone'])
    expect(zone('Sat Oct 10 23:06:22 EST 2020', 'Sat Oct 10 15:06:22 UTC 2020')).toBeUndefined()
    expect(zone('Sat Oct 10 23:06:23 CST 2020', 'Sat Oct 10 15:06:22 UTC 2020')).toBeUndefined()
    const python = differ('print(datetime.fromtimestamp(1602342382))')
    expect(python('2020-10-10 23:06:22', '2020-10-10 15:06:22')).toEqual(['time zone'])
    expect(python('2020-10-10 23:06:22', '2020-10-10 15:06:21')).toBeUndefined()
    expect(
      differ('echo hi')('Sat Oct 10 23:06:22 CST 2020', 'Sat Oct 10 15:06:22 UTC 2020'),
    ).toBeUndefined()
  })

  it('reads the shell’s flags, the user’s and the host’s names as varying, where the code prints them', () => {
    expect(differ('echo "The $- is $-"')('The $- is hB', 'The $- is')).toEqual(['shell flags'])
    expect(differ('echo "The $- is $-"')('The $- is hB', 'The $- is x y')).toBeUndefined()
    expect(differ('whoami')('ann', 'runner')).toEqual(['user name'])
    expect(differ('echo "status: ok"\nwhoami')('status: ok', 'status: fail')).toBeUndefined()
    expect(differ('echo "$(whoami) on $(hostname)"')('ann on laptop', 'root on vm')).toEqual([
      'user name',
    ])
    expect(differ('echo "Hello, $USER!"')('Hello, ann!', 'Hello, root!')).toEqual(['user name'])
    expect(differ('echo "Hello, $USER!"')('Hello, ann!', 'Goodbye, root!')).toBeUndefined()
    expect(differ('hostname')('ann-laptop.local', 'sandbox')).toEqual(['host name'])
    expect(differ('echo Hello')('Hello, ann!', 'Hello, root!')).toBeUndefined()
  })

  it('reads the name the author ran the program by as varying, where the code prints it', () => {
    const named = differ('echo "Script Name: $0"\necho "args: $#"')
    expect(named('Script Name: script.sh', 'Script Name: <sample>')).toEqual(['script name'])
    expect(named('Script Name: ./demo/run.sh', 'Script Name: <sample>')).toEqual(['script name'])
    expect(differ('echo $0')('-bash', '<sample>')).toEqual(['script name'])
    expect(differ('print(sys.argv[0])')('test.py', '<sample>')).toEqual(['script name'])
    expect(
      differ('print("脚本名：", sys.argv[0])')('脚本名： test.py', '脚本名： <sample>'),
    ).toEqual(['script name'])
    // Only the name varies: other words, or a line other code prints, stay exact.
    expect(named('Script Name: script.sh', 'Script name: <sample>')).toBeUndefined()
    expect(named('Program: script.sh', 'Program: <sample>')).toBeUndefined()
    expect(named('args: 3', 'args: 2')).toBeUndefined()
    expect(differ('echo "$1"')('script.sh', '<sample>')).toBeUndefined()
    expect(differ('echo $0')('-bash', 'bash')).toBeUndefined()
  })
})
