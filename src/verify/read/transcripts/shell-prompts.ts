/**
 * A prompt that names the user and the host, as bash's default prompts of
 * Red Hat (`[root@CentOS ~]# `, `[ann@box src]$ `), Debian (`ann@box:~$ `,
 * `root@box:/etc# `) and macOS (`mbp:types ann$ `, the host, the folder, then
 * the user, `$` alone) show them: `#` ends root's prompt, `$` any other user's. The
 * name of an active Python virtualenv or conda environment may stand before
 * it, `(venv) ann@box:~$ `, or before a bare `$`, `(base) $ `. The command
 * follows after a space; a prompt alone is the shell waiting, with no command.
 */
const hostPrompt =
  /^(?:\([A-Za-z][\w.-]*\) ?)?(?:\[[\w.-]+@[\w.-]+(?: [^\]\n]*)?\]|[\w.-]+@[\w.-]+:[^\s$#]*) ?[$#](?: (.*)|$)|^(?:\([A-Za-z][\w.-]*\) ?)?[\w.-]+:[^\s$#]+ [\w.-]+ ?\$(?: (.*)|$)/u
/** A bare `$` prompt after an environment's name: `(venv) $ pip install x`. */
const environmentPrompt = /^\([A-Za-z][\w.-]*\) \$(?: (.*)|$)/u

/**
 * The command typed after a prompt naming the user and host (`[root@CentOS
 * ~]# echo $a` gives `echo $a`), `''` for a prompt with no command, and
 * `undefined` for a line with no such prompt.
 */
export function hostPromptCommand(line: string): string | undefined {
  const match = hostPrompt.exec(line) ?? environmentPrompt.exec(line)
  return match ? (match[1] ?? match[2] ?? '') : undefined
}
