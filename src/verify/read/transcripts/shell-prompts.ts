/**
 * A prompt that names the user and the host, as bash's default prompts of
 * Red Hat (`[root@CentOS ~]# `, `[ann@box src]$ `) and Debian
 * (`ann@box:~$ `, `root@box:/etc# `) show them: `#` ends root's prompt, `$`
 * any other user's. The command follows after a space; a prompt alone is
 * the shell waiting, with no command.
 */
const hostPrompt =
  /^(?:\[[\w.-]+@[\w.-]+(?: [^\]\n]*)?\]|[\w.-]+@[\w.-]+:[^\s$#]*) ?[$#](?: (.*)|$)/u

/**
 * The command typed after a prompt naming the user and host (`[root@CentOS
 * ~]# echo $a` gives `echo $a`), `''` for a prompt with no command, and
 * `undefined` for a line with no such prompt.
 */
export function hostPromptCommand(line: string): string | undefined {
  const match = hostPrompt.exec(line)
  return match ? (match[1] ?? '') : undefined
}
